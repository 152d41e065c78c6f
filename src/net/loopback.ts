/**
 * Plain http is for a local stand-in only: a URL's parsed hostname (never its
 * text, which `http://localhost:1@example.com/` fools) must be loopback. A leaf.
 */

/** 127.0.0.0/8, ::1 or localhost, as WHATWG URL spells a hostname. */
export const isLoopbackHost = (hostname: string): boolean => /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\]|::1|localhost)$/i.test(hostname)

/**
 * Whether `text` is an https URL, or an http URL to loopback; neither may carry
 * a user name or password (where a credential could hide, or a host be faked).
 */
export function isSafeEndpoint(text: string): boolean {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return false
  }
  if (url.username || url.password) return false
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname))
}
