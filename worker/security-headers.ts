import type { MiddlewareHandler } from 'hono'

const BASE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
]

/**
 * Security headers on every response the worker makes. No inline scripts anywhere (page
 * data travels in a JSON script that is never executed), so script-src needs no nonce; no
 * inline styles either (positions are classes, an embed's accent a stylesheet of this origin).
 * Pages under /embed/ may be framed by any site; every other page by none. HSTS: the site is
 * only ever served over HTTPS (browsers ignore the header on plain-HTTP local development).
 */
export const securityHeaders = (): MiddlewareHandler =>
  async function securityHeaders(c, next) {
    await next()
    const h = c.res.headers
    const embeddable = c.req.path.startsWith('/embed/')
    h.set('Content-Security-Policy', [...BASE_CSP, `frame-ancestors ${embeddable ? '*' : "'none'"}`].join('; '))
    if (!embeddable) h.set('X-Frame-Options', 'DENY')
    h.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
    h.set('X-Content-Type-Options', 'nosniff')
    if (!h.has('Referrer-Policy')) h.set('Referrer-Policy', 'strict-origin-when-cross-origin')
    h.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()')
    h.set('Cross-Origin-Opener-Policy', embeddable ? 'unsafe-none' : 'same-origin')
  }
