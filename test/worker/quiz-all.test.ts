import { describe, expect, it } from 'vitest'
import { content } from '../../model'
import { answersOf, call, randomIp, storedCount } from '../helpers/worker'

/** Posts the one-page quiz form with the given fields. */
const postQuizAll = (fields: [string, string][]) =>
  call('/quiz/all', {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: 'http://example.com',
      'cf-connecting-ip': randomIp(),
    },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  })

/** Answers of 2 to every question but the first `skip` (any skip of 21 or more leaves too few for a result). */
const answerFields = (skip = 0): [string, string][] =>
  Object.entries(answersOf(2))
    .slice(skip)
    .map(([id, v]) => [id, String(v)])

const publicBox = (html: string) => html.match(/<input[^>]*name="public"[^>]*>/)?.[0] ?? ''

describe('/quiz/all coming back with errors', () => {
  it('keeps the "public" tick when too few answers are given', async () => {
    const before = await storedCount()
    const res = await postQuizAll([...answerFields(25), ['public', 'on']])
    expect(res.status).toBe(400)
    const html = await res.text()
    expect(html).toContain(`#q-${content.questions[0]!.id}`)
    expect(publicBox(html)).toMatch(/\bchecked\b/)
    expect(await storedCount()).toBe(before)
  })

  it('keeps it when only the name is wrong, and leaves it off when it was off', async () => {
    const badName = await postQuizAll([...answerFields(), ['name', 'x'.repeat(41)], ['public', 'on']])
    expect(badName.status).toBe(400)
    expect(publicBox(await badName.text())).toMatch(/\bchecked\b/)
    const off = await postQuizAll(answerFields(25))
    expect(publicBox(await off.text())).not.toMatch(/\bchecked\b/)
  })
})
