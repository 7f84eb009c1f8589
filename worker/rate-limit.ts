import type { Context } from 'hono'
import type { AppEnv } from './env'

/**
 * The part of an address that identifies one client: the whole IPv4 address, or the /64
 * network of an IPv6 address (a single host can use any address of its /64).
 */
export function clientKey(ip: string | undefined): string {
  if (!ip) return 'unknown'
  if (!ip.includes(':')) return ip
  const [head = '', tail = ''] = ip.toLowerCase().split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const groups = ip.includes('::') ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`
}

/** Seconds a client over the creation limit is told to wait (the limiter's period). */
export const RETRY_AFTER = 60

/**
 * Whether this client may create another result now, by the CREATE_LIMITER binding keyed
 * on the connecting IP (which is used only as the counter's key, never stored). If the
 * limiter itself fails, creation is allowed: losing a limit briefly beats losing a result.
 */
export async function mayCreate(limiter: RateLimit, ip: string | undefined): Promise<boolean> {
  try {
    const { success } = await limiter.limit({ key: `create:${clientKey(ip)}` })
    return success
  } catch (err) {
    console.error('rate limiter failed; allowing the request', err)
    return true
  }
}

/**
 * Whether this request's client is over the limiter's quota; if so, sets Retry-After, and the
 * caller answers 429 in its own format (JSON or page).
 */
export async function rateLimited(c: Context<AppEnv>, limiter: RateLimit): Promise<boolean> {
  if (await mayCreate(limiter, c.req.header('cf-connecting-ip'))) return false
  c.header('Retry-After', String(RETRY_AFTER))
  return true
}
