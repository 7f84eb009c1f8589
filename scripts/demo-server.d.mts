export function serveDemo(options: {
  port: number
  host?: string
  appOrigin: string
}): Promise<{ url: string; close: () => void }>
