import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import { assess, content, SENIORITY_IDS, type Answers, type Result } from '../../model'
import { nextStep } from '../../model/adaptive'
import { positionPhrase } from '../../contract/format'
import { certaintyLine, headline, roleWithSeniority, SENIORITY_WORDS, seniorityWords } from '../../contract/placement-words'
import { drawCard } from '../../worker/image/card'
import { resultSchema } from '../../worker/results/schema'
import { measure } from '../../worker/image/text'
import { TEXT } from '../../worker/image/palette'
import { cardLines } from '../../worker/image/placement-lines'
import { fonts } from '../../worker/generated/glyphs'
import v1 from '../fixtures/result-v1.json'
import holdout42 from '../fixtures/holdout42-people.json'
import { inSentence, roleAtBand } from '../../model/words'
import { heldOutPerson, PEOPLE, typicalPeople } from '../helpers/people'
import { answersOf, call, postJson } from '../helpers/worker'
import { quizMinutes } from '../../model/content/timing'
import { first, select, textOf } from '../helpers/html'

/** Answers of a typical person of test/fixtures/typical-people.json. */
const person = (id: string): Answers => typicalPeople.find((p) => p.id === id)!.answers

/** The same level for every question of an area (areas left out: 0). */
const byArea = (levels: Partial<Record<string, number>>): Answers =>
  Object.fromEntries(content.questions.map((q) => [q.id, levels[q.area] ?? 0]))

/** People whose results show each kind of placement (each test checks its case still holds). */
const CLEAR_ENTRY_MLE = heldOutPerson('hh-mle-entry-invoice-extraction-ex-warehouse-supervisor')
const CLOSE = person('hard-backend-deploying-models')
/** Someone who has tried a little of everything: no role's core skills yet. */
const BEGINNER = byArea({ stats: 1, ml: 1, swe: 1, comm: 1 })

async function create(answers: Answers, extra: Record<string, unknown> = {}): Promise<{ id: string; result: Result }> {
  const res = await postJson('/api/results', { answers, ...extra })
  expect(res.status).toBe(201)
  return (await res.json()) as { id: string; result: Result }
}

const page = async (id: string) => (await call(`/r/${id}`)).text()
const h1Of = (html: string) => textOf(html, 'h1')
const metaContent = (html: string, key: string) => html.match(new RegExp(`<meta property="${key}" content="([^"]*)">`))?.[1]
const oembedTitle = async (id: string) =>
  (
    (await (await call(`/oembed?url=${encodeURIComponent(`http://example.com/r/${id}`)}&format=json`)).json()) as {
      title: string
    }
  ).title

describe('the words of a placement', () => {
  it('puts every seniority in words', () => {
    const words = SENIORITY_IDS.map((s) => SENIORITY_WORDS[s])
    // One distinct phrase per band, none that reads as a grade of the person ("junior", "beginner").
    expect(new Set(words).size).toBe(SENIORITY_IDS.length)
    for (const w of words) expect(w).not.toMatch(/junior|beginner|novice/i)
    expect(roleWithSeniority({ name: 'ML engineer', seniority: 'entry' })).toBe(`ML engineer · ${SENIORITY_WORDS.entry}`)
  })
})

describe('the result page of a v2 result', () => {
  it('heads a v2 result with the role and its seniority in words', async () => {
    const { id, result } = await create(CLEAR_ENTRY_MLE)
    expect(result.roles[0]).toMatchObject({ name: 'ML engineer', seniority: 'entry' })
    expect(result.certainty.kind).toBe('clear')
    const html = await page(id)
    expect(await h1Of(html)).toBe('ML engineer · early career')
    // The match is secondary, under the headline; the certainty comes right after the header.
    const match = result.roles[0]!.match!
    expect(match).toBeGreaterThan(0)
    expect(html).toContain(`<strong>${match}% match</strong>`)
    expect(html).not.toContain('of 100.</span>')
    // The certainty in words is in the header; its reasons fold right after it.
    expect((await first(html, 'header.result-hero .hero-certainty.certainty-clear strong')).text).toBe('Clear placement')
    const header = html.indexOf('</header>', html.indexOf('<header class="result-hero'))
    const certainty = html.indexOf('<details class="card certainty certainty-clear fold"')
    expect(certainty).toBeGreaterThan(header)
    // Only the join card (hidden unless a team's join link led here) may sit between them.
    expect(html.slice(header, certainty).trim()).toMatch(
      /^<\/header>(<section class="card" data-join-team[^>]*hidden[\s\S]*<\/section>)?$/,
    )
    expect(html).toContain(result.certainty.reason)
    expect(html.indexOf('id="certainty-title"')).toBeLessThan(html.indexOf('id="spectrum-title"'))
  })

  it('shows each top role with its seniority and its core skills met or not, in words', async () => {
    const { id, result } = await create(BEGINNER)
    const html = await page(id)
    for (const r of result.roles.slice(0, 3)) {
      expect((await first(html, `li.role-card#role-${r.id} .role-seniority`)).text).toBe(`· ${SENIORITY_WORDS[r.seniority]}`)
      for (const m of r.mustHaves)
        expect(html).toContain(`<strong>${m.met ? 'Met' : 'Not yet'}:</strong> ${m.name.replace(/&/g, '&amp;')}.`)
    }
    // Not by colour alone: the word is there, the mark beside it is hidden from screen readers.
    const marks = await select(html, '.mh-mark')
    expect(marks.map((m) => m.text)).toContain('✗')
    expect(marks.every((m) => m.attrs['aria-hidden'] === 'true')).toBe(true)
  })

  it('never calls a core skill met beside a higher need without saying a level is still to grow', async () => {
    for (const who of ['mle-mid-logistics-eta-ex-backend', 'ds-senior-rideshare-experimentation', 'da-entry-retail-bi']) {
      const { id } = await create(person(who))
      const text = await textOf(await page(id))
      const said = [
        ...text.matchAll(/Met: [^.]+\. You are at [a-z ]+\((\d(?:\.\d)?)\/4\); mid-level asks for [a-z ]+\((\d)\/4\)/g),
      ]
      expect(text).toMatch(/Met(, a level to grow)?: /)
      for (const [, level, need] of said) expect(Number(level)).toBeGreaterThanOrEqual(Number(need))
      expect(text).not.toContain('you are at not yet')
    }
  })

  it('shows a close call with both roles', async () => {
    const { id, result } = await create(CLOSE, { name: 'Ada' })
    expect(result.certainty.kind).toBe('close')
    const [a, b] = result.roles
    const html = await page(id)
    expect(html).toMatch(/<strong>Close call<\/strong>: Software engineer or /)
    expect((await first(html, 'ul.close-pair')).attrs['aria-label']).toBe('The two roles of this close call')
    const headings = (await select(html, 'ul.close-pair h3')).map((h) => h.text)
    const links = (await select(html, 'ul.close-pair a')).map((l) => l.attrs.href)
    const pairText = (await first(html, 'ul.close-pair', ' ')).text
    for (const r of [a!, b!]) {
      expect(headings).toContain(r.name)
      expect(pairText).toContain(`${seniorityWords(r)} · ${r.match}% match`)
      expect(links).toContain(`#role-${r.id}`)
      expect(await select(html, `#role-${r.id}`)).toHaveLength(1)
    }
  })

  it('links the other role of a close call by what is still needed when its core skills are not met', async () => {
    // An early-career ML platform engineer (forty-second held-out group) placed as an MLOps engineer:
    // platform engineers answer more like them, but they have not yet done its core skills.
    const answers = (holdout42 as { id: string; answers: Answers }[]).find((p) =>
      p.id.startsWith('iq-mlplat-entry-ediscovery'),
    )!.answers
    const { id, result } = await create(answers)
    expect(result.certainty.kind).toBe('close')
    expect(result.certainty.rival).toBe('ml-platform-engineer')
    const linkText = (await select(await page(id), 'ul.close-pair a')).map((l) => l.text)
    expect(linkText).toEqual(['Why MLOps engineer fits', 'What you still need for ML platform engineer'])
  })

  it("offers paths instead of a verdict when the answers show no role's core skills", async () => {
    const { id, result } = await create(BEGINNER)
    expect(result.certainty.kind).toBe('unclear')
    expect(result.roles[0]!.mustHaves.some((m) => !m.met)).toBe(true)
    const html = await page(id)
    expect(await h1Of(html)).toBe('Paths to explore')
    // No role verdict anywhere in the header.
    const hero = (await first(html, 'header.result-hero', ' ')).text
    expect(hero).not.toMatch(/Fit |% match/)
    expect(hero).not.toContain(SENIORITY_WORDS[result.roles[0]!.seniority])
    expect((await select(html, 'header.result-hero strong')).map((s) => s.text)).toContain('Unclear placement')
    // The growth paths of the top three roles come before the spectrum.
    const paths = html.slice(html.indexOf('id="paths-title"'), html.indexOf('id="spectrum-title"'))
    const towards = [...paths.matchAll(/<h3>Towards ([^<]+)<\/h3>/g)].map((m) => m[1])
    expect(towards).toHaveLength(3)
    for (const [i, r] of result.roles.slice(0, 3).entries()) {
      expect(towards[i]!.toLowerCase()).toBe(r.name.toLowerCase())
      const path = result.growth.find((g) => g.target === r.id)!
      for (const s of path.steps) expect(paths).toContain(`<strong>${s.name.replace(/&/g, '&amp;')}</strong>`)
    }
    // The first step of each path is a core skill not yet met.
    expect((await select(paths, '.tag')).filter((t) => t.text === 'core skill').length).toBeGreaterThanOrEqual(3)
    expect(html).toContain('Roles closest to these answers')
  })

  it('names the one core skill a newcomer’s clear placement still has to do on real work, beside the match', async () => {
    // An entry research engineer whose production code is only started (model/certainty.ts).
    const { id, result } = await create(heldOutPerson('hh-re-entry-llm-evals-nonprofit-ex-aerospace-test-engineer'))
    expect(result.certainty.kind).toBe('clear')
    // Early career, near the cut to mid-level: the number is counted at the lower band, early career.
    expect(result.roles[0]).toMatchObject({ seniority: 'entry', nearBand: 'mid' })
    expect(result.roles[0]!.mustHaves.filter((m) => !m.met).map((m) => m.subSkill)).toEqual(['swe-production'])
    const html = await page(id)
    expect(await h1Of(html)).toBe(roleWithSeniority(result.roles[0]!))
    expect(await textOf(html, '.hero-first .lead')).toBe(
      `${result.roles[0]!.match}% match with what the role asks at early-career level. Next step: production code & tests on real work.`,
    )
  })

  it('hedges the headline of an unclear placement that still names a role', async () => {
    const { id, result } = await create(answersOf(4))
    expect(result.certainty.kind).toBe('unclear')
    const html = await page(id)
    expect(await h1Of(html)).toBe(`Best guess: ${roleWithSeniority(result.roles[0]!)}`)
    expect(html).toContain(result.certainty.reason.replace(/&/g, '&amp;'))
    // No number under a best guess reads firmer than the certainty: the match is left out.
    expect(html).not.toContain('hero-fit-line')
    expect(metaContent(html, 'og:description')).not.toMatch(/match|fit \d/)
  })

  it('says when the closest role sits beside the spectrum', async () => {
    const { id, result } = await create(PEOPLE.pm)
    expect(result.spectrum.offSpectrum).toMatchObject({ name: 'Product manager' })
    const html = await page(id)
    expect(html).toContain('<strong>Product manager sits beside the spectrum.</strong>')
    expect(html).toContain('A role beside the spectrum, not on the line from engineering to science.')
    expect(metaContent(html, 'og:title')).toContain('Product manager · senior, beside the spectrum')
  })
})

describe('previews, oEmbed and the embed card of a result', () => {
  it('carry the seniority and the certainty in words', async () => {
    const { id } = await create(CLEAR_ENTRY_MLE, { name: 'Ada' })
    const html = await page(id)
    expect(metaContent(html, 'og:title')).toBe('Ada: ML engineer · early career (clear placement)')
    const description = metaContent(html, 'og:description')!
    expect(description).toMatch(/^Clear placement\. ML engineer, early career: \d+% match\. /)
    expect(html).toContain(`<meta name="twitter:title" content="Ada: ML engineer · early career (clear placement)">`)
    expect(await oembedTitle(id)).toBe('Role Spectrum of Ada: ML engineer · early career (clear placement)')
    const card = await (await call(`/embed/r/${id}`)).text()
    expect(await h1Of(card)).toMatch(/^ML engineer · early career \(\d+% match\)$/)
    expect((await first(card, '.embed-certainty.certainty-clear')).text).toBe('Clear placement.')
    // The name is in the eyebrow; the dot's caption says what it is, as on the result page.
    expect((await first(card, '.eyebrow')).text).toBe('Ada’s Role Spectrum')
    expect((await first(card, '.spectrum-caption')).text).toMatch(/^Skill mix: /)
  })

  it('name both roles of a close call and offer the paths when there is no verdict', async () => {
    const close = await create(CLOSE)
    const [a, b] = close.result.roles
    const closeTitle = await oembedTitle(close.id)
    expect(closeTitle).toContain(`${roleWithSeniority(a!)}`)
    expect(closeTitle).toContain(`close call with ${inSentence(b!.name)}`)
    expect(metaContent(await page(close.id), 'og:description')).toContain(`Close call: ${a!.name} or ${inSentence(b!.name)}.`)

    const beginner = await create(BEGINNER)
    const html = await page(beginner.id)
    expect(metaContent(html, 'og:title')).toMatch(/^Paths to explore towards .+ \(unclear placement\)$/)
    expect(metaContent(html, 'og:description')).toMatch(
      /^Unclear placement: see the paths on the page\. No role’s core skills yet;/,
    )
    const card = await (await call(`/embed/r/${beginner.id}`)).text()
    expect(await h1Of(card)).toBe('Paths to explore')
    expect(card).toContain('<strong>Unclear placement</strong>: no role’s core skills yet;')
  })

  it('keep their old words for a result stored by quiz version 1', async () => {
    await env.RESULTS.put(`v1:result:${v1.id}`, JSON.stringify(v1))
    const html = await page(v1.id)
    const top = v1.result.roles[0]!
    expect(metaContent(html, 'og:title')).toBe(`${v1.name}: ${top.name}, ${positionPhrase(v1.result.spectrum.position)}`)
    expect(metaContent(html, 'og:description')).toBe(
      `Closest fit ${top.name} (${top.fit} of 100). ${v1.result.spectrum.label}. Take the Role Spectrum quiz (${quizMinutes}) to see where you sit.`,
    )
    expect(await oembedTitle(v1.id)).toBe(`Role Spectrum of ${v1.name}: ${top.name}, ${v1.result.spectrum.label.toLowerCase()}`)
    expect(html).not.toContain('placement</h2>')
  })
})

describe('the social card of a v2 result', () => {
  /** Pixels of the card drawn exactly in a colour (the inside of letters drawn in it). */
  const inColour = (pixels: Uint8Array, [r, g, b]: readonly number[]) => {
    let n = 0
    for (let i = 0; i < pixels.length; i += 3) if (pixels[i] === r && pixels[i + 1] === g && pixels[i + 2] === b) n++
    return n
  }
  const CLEAR_GREEN = [134, 239, 172]
  const CLOSE_YELLOW = [253, 224, 71]
  const UNCLEAR_ORANGE = [253, 186, 116]

  it('puts the certainty on the card in words', async () => {
    const clear = (await create(CLEAR_ENTRY_MLE)).result
    const close = (await create(CLOSE)).result
    const beginner = (await create(BEGINNER)).result
    const maxed = (await create(answersOf(4))).result
    const [a, b] = close.roles

    expect(cardLines(clear)).toMatchObject({
      title: 'ML engineer',
      titleTail: ' · early career',
      certainty: { label: 'Clear placement', detail: undefined },
    })
    expect(certaintyLine(clear)).toBe('Clear placement')
    expect(cardLines(close).certainty).toMatchObject({ label: 'Close call', detail: `${a!.name} or ${inSentence(b!.name)}` })
    expect(certaintyLine(close)).toBe(`Close call: ${a!.name} or ${inSentence(b!.name)}`)
    expect(cardLines(beginner)).toMatchObject({
      title: 'Paths to explore',
      certainty: { label: 'Unclear placement', detail: 'see the paths on the page' },
    })
    expect(cardLines(maxed)).toMatchObject({
      eyebrow: expect.stringMatching(/^Best guess/),
      certainty: { detail: 'see why on the page' },
    })
    expect(headline(beginner)).toBe('Paths to explore')

    // The label is drawn in its colour; a v1 card has none of these lines.
    expect(inColour(drawCard(clear).pixels, CLEAR_GREEN)).toBeGreaterThan(200)
    expect(inColour(drawCard(close).pixels, CLOSE_YELLOW)).toBeGreaterThan(200)
    expect(inColour(drawCard(beginner).pixels, UNCLEAR_ORANGE)).toBeGreaterThan(200)
    const old = drawCard(v1.result as Parameters<typeof drawCard>[0]).pixels
    for (const colour of [CLEAR_GREEN, CLOSE_YELLOW, UNCLEAR_ORANGE]) expect(inColour(old, colour)).toBe(0)
  })

  it('marks on each area bar what the headline role asks at its band, with a key, unless the placement is unclear', async () => {
    const clear = (await create(CLEAR_ENTRY_MLE)).result
    const unclear = (await create(answersOf(4))).result
    expect(clear.asks).toBeDefined()
    expect(unclear.certainty.kind).toBe('unclear')
    const card = drawCard(clear)
    const bare = drawCard({ ...clear, asks: undefined })
    // Pixels near the text colour (the only light one on the panel) inside a box of the card.
    const textIn = (c: typeof card, x0: number, x1: number, y0: number, y1: number) => {
      let n = 0
      for (let y = y0; y < y1; y++)
        for (let x = x0; x < x1; x++) {
          const i = (y * c.width + x) * 3
          if ([0, 1, 2].every((k) => Math.abs(c.pixels[i + k]! - TEXT[k]!) < 40)) n++
        }
      return n
    }
    // Each of the five bars (right of its score) carries a mark where the role's score falls on
    // the bar; without `asks` none does.
    const col = (1200 - 160) / 5
    content.areas.forEach(({ id }, i) => {
      const x = 80 + i * col
      expect(textIn(bare, x + 72, x + col - 34, 523, 562), id).toBe(0)
      const bx = x + Math.max(70, measure(String(clear.scores[id]), 36, 'bold') + 10)
      const at = Math.round(bx + ((x + col - 36 - bx) * clear.asks![id]) / 100)
      expect(textIn(card, at - 3, at + 3, 523, 550), id).toBeGreaterThan(40)
      expect(textIn(card, x + 72, at - 3, 523, 550) + textIn(card, at + 3, x + col - 34, 523, 550), id).toBe(0)
    })
    // The key below the bars; an unclear card looks as it would without `asks`.
    expect(textIn(card, 76, 90, 570, 600)).toBeGreaterThan(40)
    expect(drawCard(unclear).pixels).toEqual(drawCard({ ...unclear, asks: undefined }).pixels)
  })

  it('draws only characters its font has, for every role, seniority and certainty', async () => {
    const results = await Promise.all(
      [CLEAR_ENTRY_MLE, CLOSE, BEGINNER, answersOf(4), PEOPLE.pm, PEOPLE.analyst].map(async (a) => (await create(a)).result),
    )
    const missing = (text: string, weight: 'regular' | 'bold') => [...text].filter((ch) => fonts[weight].glyphs[ch] === undefined)
    for (const result of results) {
      const lines = cardLines(result)
      expect(missing(lines.title + lines.titleTail + lines.certainty.label, 'bold'), lines.title).toEqual([])
      expect(missing(lines.eyebrow + (lines.certainty.detail ?? '') + lines.detail, 'regular'), lines.title).toEqual([])
    }
    // Every role with every seniority and every range of two bands, as the title draws them, on one line.
    const ranges = SENIORITY_IDS.slice(1).map((s, k) => seniorityWords({ seniority: s, nearBand: SENIORITY_IDS[k]! }))
    for (const role of content.roles)
      for (const words of [...Object.values(SENIORITY_WORDS), ...ranges]) {
        expect(missing(`${role.name} · ${words}`, 'bold')).toEqual([])
        expect(measure(`${role.name} · ${words}`, 43, 'bold'), `${role.name} · ${words}`).toBeLessThanOrEqual(1200 - 160)
      }
  })
})

describe('a result of the adaptive quiz on its page', () => {
  /** The answers a typical person gives on their adaptive path, as the browser would send them. */
  const pathOf = (answers: Answers): Answers => {
    const given: Answers = {}
    for (let step = nextStep(content, given); !step.done; step = nextStep(content, given))
      given[step.next!] = answers[step.next!] ?? 2
    return given
  }

  it('says a role’s core skills were not asked rather than not met', async () => {
    const { id, result } = await create(pathOf(CLEAR_ENTRY_MLE))
    const notAsked = result.roles.filter(
      (r) => r.mustHaves.some((m) => m.asked === false) && r.mustHaves.every((m) => m.met || m.asked === false),
    )
    expect(notAsked.length).toBeGreaterThan(0)
    // They sit in the group of roles whose core skills were not all asked, never among those not yet met.
    const groups = await select(await page(id), '.all-group', ' ')
    const asked = groups.find((g) => g.text.includes('Core skills not all asked'))!
    const unmet = groups.find((g) => g.text.includes('Core skills not yet met'))
    for (const r of notAsked) {
      expect(asked.text, r.name).toContain(r.name)
      if (unmet) expect(unmet.text, r.name).not.toContain(r.name)
    }
  })

  it('says how many skills its answers covered and how many were not asked, adding up to all of them', async () => {
    const { id, result } = await create(pathOf(CLEAR_ENTRY_MLE))
    const line = (await first(await page(id), '.rests-on')).text
    const notAsked = result.subSkills.filter((s) => s.asked === false).length
    const total = content.subSkills.length
    expect(notAsked).toBeGreaterThan(0)
    expect(line).toContain(`Rests on ${result.answered} answers, covering ${total - notAsked} of the ${total} skills;`)
    expect(line).toContain(`the other ${notAsked} were not asked`)
  })

  it('says "was" for a single skill not asked and "every skill asked" for the full quiz', async () => {
    const full = { ...CLEAR_ENTRY_MLE }
    const one = Object.fromEntries(Object.entries(full).filter(([id]) => id !== 'swe-hardware'))
    const lineOf = async (answers: Answers) => (await first(await page((await create(answers)).id), '.rests-on')).text
    expect(await lineOf(one)).toContain('the other 1 was not asked')
    expect(await lineOf(full)).toContain('every skill asked')
  })

  it('lists all roles by the match it shows in three groups: core skills met, not all asked, not yet met', async () => {
    // A mid-level data scientist: roles whose core skills they lack, or were not asked about, match them highly.
    const { id, result } = await create(pathOf(person('ds-mid-airline-operations-research')))
    const html = await page(id)
    const summaries = (await select(html, 'summary')).map((s) => s.text)
    expect(summaries).toContain(`All ${content.roles.length} roles by match`)
    const titles = (await select(html, '.all-group-title')).map((t) => t.text)
    expect(titles).toEqual([
      'Core skills met',
      'Core skills not all asked: their match rests partly on expected answers',
      'Core skills not yet met',
    ])
    const groups = await select(html, '.all-group', ' ')
    expect(groups).toHaveLength(3)
    const state = (r: Result['roles'][number]) =>
      r.mustHaves.some((m) => !m.met && m.asked !== false) ? 2 : r.mustHaves.some((m) => m.asked === false) ? 1 : 0
    let rows = 0
    for (const [g, group] of groups.entries()) {
      const lis = (await select(html, '.all-roles li', ' ')).slice(rows, rows + result.roles.filter((r) => state(r) === g).length)
      rows += lis.length
      const shown = lis.map((li) => Number.parseInt(li.text.match(/(\d+)%\s*$/)![1]!, 10))
      expect(shown, titles[g]).toEqual([...shown].sort((a, b) => b - a))
      for (const li of lis) {
        const role = result.roles.find((r) => li.text.trim().startsWith(r.name))!
        expect(state(role), `${role.id} in ${titles[g]}`).toBe(g)
        expect(group.text).toContain(role.name)
      }
    }
    expect(rows).toBe(content.roles.length)
    // The order matters here: a role she cannot do yet matches her better than her placement does.
    const unmet = result.roles.filter((r) => state(r) === 2)
    expect(Math.max(...unmet.map((r) => r.match!))).toBeGreaterThan(result.roles[0]!.match!)
  })

  it('tells apart the roles it matches in full by what the band above asks, in the list and on the cards', async () => {
    // A mid-level ML engineer meets everything several roles ask at their band: 100 % says no more.
    const { id, result } = await create(pathOf(person('mle-mid-logistics-eta-ex-backend')))
    const full = result.roles.filter((r) => r.matchAbove)
    expect(full.length).toBeGreaterThan(3)
    const html = await page(id)
    const rows = await select(html, '.all-roles li', ' ')
    for (const r of full) {
      const words = `${r.matchAbove!.match}% at ${r.matchAbove!.band === 'mid' ? 'mid-level' : `${r.matchAbove!.band} level`}`
      expect(rows.find((li) => li.text.trim().startsWith(r.name))!.text, r.id).toContain(words)
    }
    // Within a group, roles of the same match counted at the same band come in order of the band above.
    const group = (r: Result['roles'][number]) =>
      r.mustHaves.some((m) => !m.met && m.asked !== false) ? 2 : r.mustHaves.some((m) => m.asked === false) ? 1 : 0
    const order = rows.map((li) => result.roles.find((r) => li.text.trim().startsWith(r.name))!)
    let compared = 0
    for (let i = 1; i < order.length; i++) {
      const [a, b] = [order[i - 1]!, order[i]!]
      if (group(a) !== group(b) || a.match !== b.match || !a.matchAbove || !b.matchAbove) continue
      if (a.matchAbove.band !== b.matchAbove.band) continue
      expect(b.matchAbove.match, `${a.id} before ${b.id}`).toBeLessThanOrEqual(a.matchAbove.match)
      compared++
    }
    expect(compared).toBeGreaterThan(0)
    const cards = await select(html, '.role-card', ' ')
    for (const [i, card] of cards.entries()) {
      const above = result.roles[i]!.matchAbove
      if (above) {
        expect(card.text).toContain(`You have ${above.match}% of what it asks at`)
        // …and what would take them there, furthest below it first.
        if (above.short!.length > 0) expect(card.text).toContain(`To grow there: ${above.short![0]!.name} (now `)
        for (const s of above.short!) expect(card.text).toContain(s.name)
      } else expect(card.text).not.toContain('of what it asks at')
    }
    expect(result.roles.slice(0, cards.length).some((r) => r.matchAbove)).toBe(true)
  })

  it('says beside a full match in the headline how much of the band above the person has', async () => {
    const { id, result } = await create(pathOf(person('de-entry-startup-airflow')))
    const top = result.roles[0]!
    expect(top).toMatchObject({ id: 'data-engineer', match: 100, matchAbove: { band: 'mid' } })
    expect((await first(await page(id), '.hero-fit-line')).text).toBe(
      `100% match with what the role asks at this level (${top.matchAbove!.match}% at mid-level).`,
    )
  })

  it('says how many of a role’s core skills were not asked when some were', async () => {
    const { id, result } = await create(pathOf(person('ds-mid-airline-operations-research')))
    const partly = result.roles.filter(
      (r) =>
        r.mustHaves.every((m) => m.met || m.asked === false) &&
        r.mustHaves.some((m) => m.asked === false) &&
        r.mustHaves.some((m) => m.asked !== false),
    )
    expect(partly.length).toBeGreaterThan(0)
    const rows = await select(await page(id), '.all-roles li', ' ')
    for (const r of partly) {
      const n = r.mustHaves.filter((m) => m.asked === false).length
      expect(rows.find((x) => x.text.trim().startsWith(r.name))!.text).toContain(
        `${n} of ${r.mustHaves.length} core skills not asked`,
      )
    }
  })

  it('says that the gaps it lists are against mid-level, where a match counts the person’s own level', async () => {
    const { id } = await create(pathOf(CLEAR_ENTRY_MLE))
    const gaps = await select(await page(id), '.gaps li')
    expect(gaps.length).toBeGreaterThan(0)
    for (const g of gaps) expect(g.text).toMatch(/\(\d\/4\) at mid-level$/)
  })

  it('lists the skills furthest below a role’s mid-level needs where no one skill would move the fit, instead of an empty path', async () => {
    // Working level nearly everywhere: towards research engineer, no single skill changes the shape.
    const even: Answers = Object.fromEntries(content.questions.map((q) => [q.id, 2]))
    Object.assign(even, { 'ml-classical': 3, 'swe-services': 3, 'infra-serving': 3, 'ml-novel': 0 })
    Object.assign(even, {
      'stats-modelling-uncertainty': 1,
      'swe-hardware': 1,
      'infra-distributed': 1,
      'comm-vision': 1,
      'comm-teach': 1,
    })
    const { id, result } = await create({ ...even, mentoring: 1 })
    const path = result.growth.find((g) => g.target === 'research-engineer')!
    expect(path.steps).toEqual([])
    const panel = (await select(await page(id), '[data-growth="research-engineer"]'))[0]!.text
    expect(panel).toContain('Below what the role asks at mid-level, core skills first:')
    for (const d of path.depth!) expect(panel).toContain(d.name)
    expect(panel).toMatch(
      /No single skill would raise your fit to a research engineer on its own; growing the 3 listed next together would raise it from \d+ to \d+\./,
    )
  })

  it('names a core skill that comes first in a growth path without moving the fit, instead of "+0 fit"', async () => {
    // A senior research scientist (full quiz) towards ML platform engineer: its core skill of performance work first, worth no point alone.
    const { id, result } = await create(heldOutPerson('hf-rs-senior-fairness-measurement-ex-demography-postdoc'))
    const step = result.growth.find((g) => g.target === 'ml-platform-engineer')!.steps[0]!
    expect(step).toMatchObject({ subSkill: 'swe-performance', fitGain: 0 })
    const panel = (await select(await page(id), '[data-growth="ml-platform-engineer"] li'))[0]!
    expect(panel.text).toContain('a core skill of the role')
    expect(panel.text).not.toContain('+0 fit')
  })

  it('marks the headline role in the list of all roles, and only that one', async () => {
    const { id, result } = await create(pathOf(CLEAR_ENTRY_MLE))
    const rows = await select(await page(id), '.all-roles li', ' ')
    const marked = rows.filter((r) => r.text.includes('your placement'))
    expect(marked).toHaveLength(1)
    expect(marked[0]!.text.trim().startsWith(result.roles[0]!.name)).toBe(true)
  })

  it('judges a core skill on what was asked, never on a level it only expected', async () => {
    const { result } = await create(pathOf(CLEAR_ENTRY_MLE))
    const asked = new Set(result.subSkills.filter((s) => s.asked !== false).map((s) => s.id))
    for (const r of result.roles)
      for (const m of r.mustHaves) if (m.asked !== false) expect(asked.has(m.subSkill), `${r.id}: ${m.name}`).toBe(true)
  })

  it('shares in words that suit owner and visitor alike, without the name', async () => {
    const { id } = await create(CLEAR_ENTRY_MLE, { name: 'Priya' })
    const html = await page(id)
    const share = (await first(html, '[data-share-now]'))!
    expect(share.attrs['data-share-text']).toBe('A Role Spectrum result: ML engineer · early career (clear placement).')
    // Nothing the server sends speaks for the owner: a page without its script cannot tell who reads it.
    expect(html).not.toMatch(/My(%20| )Role Spectrum|Take the quiz again/)
  })

  it('marks on each area bar what the headline role asks at its band, and says so in words', async () => {
    const { id, result } = await create(pathOf(CLEAR_ENTRY_MLE))
    expect(result.certainty.kind).toBe('clear')
    const html = await page(id)
    expect(await select(html, '.area-chart .area-ask')).toHaveLength(5)
    const legend = (await first(html, '.area-legend'))!
    expect(legend.text).toBe('Marks: what an early-career ML engineer would score on the same questions.')
    // So does the embeddable card.
    const embed = await (await call(`/embed/r/${id}`)).text()
    expect(await select(embed, '.area-chart .area-ask')).toHaveLength(5)
    expect((await first(embed, '.area-legend'))!.text).toBe(legend.text)
    const scores = await select(html, '.area-chart .area-score', ' ')
    expect(scores.map((s) => s.text)).toEqual(
      content.areas.map(
        (a) => `${result.scores[a.id]} out of 100; the role asks ${result.asks![a.id] > 0 ? result.asks![a.id] : 'nothing here'}`,
      ),
    )
  })

  it('names both bands in the headline, on the card and in previews when the band rests on about one answer', async () => {
    // One whose other band is the lower one: the number and the marks are counted there, not at the band first.
    const near = typicalPeople.find((p) => {
      const top = assess(content, p.answers).roles[0]!
      return top.nearBand !== undefined && SENIORITY_IDS.indexOf(top.nearBand) < SENIORITY_IDS.indexOf(top.seniority)
    })!
    const { id, result } = await create(near.answers)
    const top = result.roles[0]!
    const words = seniorityWords(top)
    expect(words).toMatch(/ to /)
    const html = await page(id)
    expect(await h1Of(html)).toBe(`${top.name} · ${words}`)
    expect(cardLines(result).titleTail).toBe(` · ${words}`)
    expect(metaContent(html, 'og:title')).toContain(`${top.name} · ${words}`)
    // The number says which of the two bands it was counted at (the lower), wherever it stands beside the range.
    const at = { entry: 'at early-career level', mid: 'at mid-level', senior: 'at senior level', lead: 'at lead level' }[
      top.nearBand!
    ]
    expect((await first(html, '.area-legend'))!.text).toBe(
      `Marks: what ${roleAtBand({ name: top.name, seniority: top.nearBand! })} would score on the same questions.`,
    )
    expect(await textOf(html, '.hero-fit-line')).toBe(`${top.match}% match with what the role asks ${at}.`)
    expect(cardLines(result).eyebrow).toBe(`${top.match}% match with the role ${at}`)
    expect(metaContent(html, 'og:description')).toContain(`${top.name}, ${words}: ${top.match}% match ${at}`)
    const card = (await select(html, '.role-card', ' '))[0]!.text
    expect(card).toContain(`${top.name} · ${words}`)
    expect(card).toContain(`${top.match}% match ${at}`)
    const listed = (await select(html, '.all-roles li', ' ')).find((li) => li.text.includes('your placement'))!
    expect(listed.text).toContain(`· ${words}`)
    // And the comparison page, beside anyone.
    const other = await create(CLEAR_ENTRY_MLE)
    expect(await (await call(`/compare/${id}/${other.id}`)).text()).toContain(
      words.replace(' to ', '</span> to <span class="band">'),
    )
    // A stored range names two neighbouring bands, never one twice.
    const same = { ...result, roles: [{ ...top, nearBand: top.seniority }, ...result.roles.slice(1)] }
    expect(resultSchema.safeParse(same).success).toBe(false)
    // The band above a full match comes only beside a match of 100, at the band after the one counted.
    const withAbove = (above: unknown, match = 100) => ({
      ...result,
      roles: [{ ...top, match, matchAbove: above }, ...result.roles.slice(1)],
    })
    const next = SENIORITY_IDS[SENIORITY_IDS.indexOf(top.nearBand!) + 1]
    expect(resultSchema.safeParse(withAbove({ band: next, match: 80, short: [] })).success).toBe(true)
    expect(resultSchema.safeParse(withAbove({ band: next, match: 80, short: [] }, 99)).success).toBe(false)
    expect(resultSchema.safeParse(withAbove({ band: 'entry', match: 80, short: [] })).success).toBe(false)
    expect(resultSchema.safeParse(result).success).toBe(true)
  })

  it('shows no number beside an unclear placement', async () => {
    // The same answer everywhere: a placement the page calls unclear.
    const { id, result } = await create(Object.fromEntries(content.questions.map((q) => [q.id, 2])))
    expect(result.certainty.kind).toBe('unclear')
    const html = await page(id)
    expect(await select(html, '.role-card .fit')).toHaveLength(0)
    expect(await select(html, '.all-fit')).toHaveLength(0)
    expect(await select(html, '.hero-fit')).toHaveLength(0)
    // Nor the match at the band above, though the result carries it for roles met in full.
    expect(result.roles.filter((r) => r.matchAbove).length).toBeGreaterThan(0)
    expect(await select(html, '.fit-above')).toHaveLength(0)
    for (const li of await select(html, '.all-roles li', ' ')) expect(li.text).not.toMatch(/\d+% at/)
    // Nor what the role asks: the areas show the person's own scores alone, here and on the embed card.
    expect(result.asks).toBeDefined()
    expect(await select(html, '.area-ask')).toHaveLength(0)
    expect(await select(await (await call(`/embed/r/${id}`)).text(), '.area-ask')).toHaveLength(0)
  })
})
