/** The table a request names: `TableName` may also be the table's ARN (API_UpdateTable). */
import type { Json } from '../fault-proxy.js';

export function tableOf(req: Json): string {
  const name = typeof req['TableName'] === 'string' ? req['TableName'] : '';
  const i = name.indexOf(':table/');
  return name.startsWith('arn:') && i >= 0 ? name.slice(i + ':table/'.length).split('/')[0] ?? name : name;
}
