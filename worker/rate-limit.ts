/** Seconds a client over the creation limit is told to wait (the limiter's period). */
export const RETRY_AFTER = 60

/**
 * Whether this client may create another result now, by the CREATE_LIMITER binding keyed
 * on the connecting IP (which is used only as the counter's key, never stored). If the
 * limiter itself fails, creation is allowed: losing a limit briefly beats losing a result.
 */
export async function mayCreate(limiter: RateLimit, ip: string | undefined): Promise<boolean> {
  try {
    const { success } = await limiter.limit({ key: `create:${ip ?? 'unknown'}` })
    return success
  } catch (err) {
    console.error('rate limiter failed; allowing the request', err)
    return true
  }
}
