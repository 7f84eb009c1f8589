/** Whether a path belongs to the JSON API (errors answered as JSON) rather than to the pages. */
export const isApiPath = (path: string): boolean => path.startsWith('/api/') || path.startsWith('/oembed')
