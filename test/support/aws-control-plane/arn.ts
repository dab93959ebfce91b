/**
 * ARNs: DynamoDB Local names its fixed region `ddblocal`, and ddb-migrate takes such ARNs to mean
 * "plain DynamoDB Local", which drops SSE (src/live/capabilities.ts). The emulated endpoint is not
 * plain DynamoDB Local for the features it emulates, so it answers with ARNs in region
 * `aws-emulated` (no AWS region has that name, so nothing can take it for AWS itself) and maps them
 * back in requests. This is the only thing it changes besides the emulated features.
 */
import type { Json } from '../fault-proxy.js';

export const EMULATED_REGION = 'aws-emulated';
const LOCAL = 'arn:aws:dynamodb:ddblocal:';
const EMULATED = `arn:aws:dynamodb:${EMULATED_REGION}:`;

const swap = (body: Json, from: string, to: string): Json => JSON.parse(JSON.stringify(body).split(from).join(to)) as Json;

/** A request as DynamoDB Local must see it. */
export const toEngine = (body: Json): Json => swap(body, EMULATED, LOCAL);
/** An answer as the client sees it. */
export const toClient = (body: Json): Json => swap(body, LOCAL, EMULATED);
