import type { Context } from 'hono'
import { NotFound } from '../../web/pages/NotFound'
import type { AppEnv } from '../env'
import { renderDocument } from './document'

const PAGES = {
  404: {
    title: 'There is nothing here',
    message: 'This link does not lead to a result or a page. It may have been mistyped, or the result was deleted.',
  },
  400: {
    title: 'That link is not quite right',
    message: 'Part of this address is not valid. Check the link, or start again from the quiz.',
  },
  403: {
    title: 'This link does not work',
    message: 'The private link is incomplete or wrong. Use the whole link you were given.',
  },
  409: { title: 'That is already done', message: 'Nothing changed: this was done before. Go back and carry on.' },
  413: { title: 'That was too much', message: 'The form sent more data than this page accepts.' },
  405: {
    title: 'This page cannot do that',
    message: 'This address does not take that kind of request. Open it as a link instead.',
  },
  415: { title: 'That form did not come from here', message: 'Send the form from this site’s own pages.' },
  429: {
    title: 'Slow down a little',
    message: 'Too many results came from your address in the last minute. Please wait a minute and try again.',
  },
  503: {
    title: 'Your result could not be saved just now',
    message: 'Please go back and try again in a few seconds; your answers are still there.',
  },
  500: { title: 'Something went wrong on our side', message: 'Please try again in a moment.' },
} as const

/** The friendly HTML error page, in the site's design; `page` replaces the status's own words. */
export function errorPage(
  c: Context<AppEnv>,
  status: keyof typeof PAGES,
  requestId?: string,
  detail?: string,
  page: { title: string; message: string } = PAGES[status],
) {
  const base = detail ?? page.message
  const message = requestId ? `${base} Request id: ${requestId}.` : base
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

/** A form another site sent: refused in the words of the 415 page, which fit it exactly. */
export const foreignForm = (c: Context<AppEnv>) => errorPage(c, 403, undefined, undefined, PAGES[415])
