/** Whether an endpoint URL is on this machine, and how to show one: no SDK needed, so any layer can ask. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]', '0.0.0.0']);

/**
 * True for an endpoint on this machine (DynamoDB Local, dynalite, LocalStack...). Only the names
 * every host resolves to itself count: 127.0.0.2 and other loopback aliases can be forwarded
 * elsewhere (an SSH tunnel, a container port), so they are treated as remote, the safe side.
 */
export function isLocalEndpoint(url: string): boolean {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return LOCAL_HOSTS.has(host) || host.endsWith('.localhost');
  } catch {
    return false;
  }
}

/**
 * The endpoint without user-info (`http://admin:pw@host:1` → `http://host:1`): the form every
 * endpoint takes once it is printed or stored (history, plan files, JSON, Markdown). Text that is
 * not a URL is returned with anything between `//` and an `@` removed, to be safe.
 */
export function redactEndpoint(url: string): string {
  try {
    const u = new URL(url);
    if (u.username === '' && u.password === '') return url;
    u.username = '';
    u.password = '';
    return u.toString().replace(/\/$/, url.endsWith('/') ? '/' : '');
  } catch {
    return url.replace(/\/\/[^/@\s]*@/g, '//');
  }
}
