// Serves demo/ — a page of another site that embeds the widget — on its own origin, with a
// strict CSP that allows scripts and frames only from itself and the app's origin.
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize } from 'node:path'

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' }

/** Starts the demo host server; resolves to its URL. */
export function serveDemo({ port, host = '127.0.0.1', appOrigin }) {
  const root = join(import.meta.dirname, '..', 'demo')
  const csp = [
    "default-src 'self'",
    `script-src 'self' ${appOrigin}`,
    `frame-src ${appOrigin}`,
    "style-src 'self'",
    `img-src 'self' ${appOrigin} data:`,
    "object-src 'none'",
    "base-uri 'none'",
  ].join('; ')
  const server = createServer(async (req, res) => {
    const path = normalize(new URL(req.url ?? '/', 'http://x').pathname).replace(/^(\.\.[/\\])+/, '')
    const file = join(root, path === '/' ? 'index.html' : path)
    if (!file.startsWith(root) || !TYPES[extname(file)]) {
      res.writeHead(404).end('not found')
      return
    }
    try {
      const body = (await readFile(file, 'utf8')).replaceAll('__APP_ORIGIN__', appOrigin)
      res.writeHead(200, { 'content-type': TYPES[extname(file)], 'content-security-policy': csp, 'cache-control': 'no-store' })
      res.end(body)
    } catch {
      res.writeHead(404).end('not found')
    }
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () =>
      resolve({ url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`, close: () => server.close() }),
    )
  })
}
