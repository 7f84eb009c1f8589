import type { Context } from 'hono'
import { NotFound } from '../../web/pages/NotFound'
import type { AppEnv } from '../env'
import { renderDocument } from './document'

const PAGES = {
  404: {
    title: 'There is nothing here',
    message: 'This link does not lead to a result or a page. It may have been mistyped, or the result was deleted.',
  },
  400: { title: 'That link is not quite right', message: 'Part of this address is not valid. Check the link, or start again from the quiz.' },
  500: { title: 'Something went wrong on our side', message: 'Please try again in a moment.' },
} as const

/** The friendly HTML error page, in the site's design. */
export function errorPage(c: Context<AppEnv>, status: keyof typeof PAGES, requestId?: string) {
  const page = PAGES[status]
  const message = requestId ? `${page.message} Request id: ${requestId}.` : page.message
  return c.html(
    renderDocument({
      title: `${page.title} · Role Spectrum`,
      description: page.message,
      noindex: true,
      body: <NotFound title={page.title} message={message} />,
    }),
    status,
  )
}
