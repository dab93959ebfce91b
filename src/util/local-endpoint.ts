/** Whether an endpoint URL is on this machine: no SDK needed, so the spec layer can ask too. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]', '0.0.0.0']);

/** True for an endpoint on this machine (DynamoDB Local, dynalite, LocalStack...). */
export function isLocalEndpoint(url: string): boolean {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return LOCAL_HOSTS.has(host) || host.endsWith('.localhost');
  } catch {
    return false;
  }
}
