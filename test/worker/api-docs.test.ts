/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest'
import { answersOf, call, postJson } from '../helpers/worker'

/**
 * The API's examples in README.md and docs/*.md against the live API: every field an example
 * shows exists in the live answer, and every field the live answer has (objects two levels deep)
 * is shown. The examples are JSON with `…` for elisions, `// comments` and `"field"?:` for
 * optional fields; they are read tolerantly into JSON first.
 */
const pages = import.meta.glob(['../../README.md', '../../docs/*.md'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>

/** The fenced json blocks under the heading `### \`{endpoint}\``, wherever in the docs it is. */
function examples(endpoint: string): string[] {
  const heading = `### \`${endpoint}\``
  for (const text of Object.values(pages)) {
    const at = text.indexOf(`${heading}\n`)
    if (at < 0) continue
    const rest = text.slice(at + heading.length)
    const section = rest.slice(0, rest.search(/\n#{2,3} /) >>> 0)
    return [...section.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!)
  }
  throw new Error(`no "${heading}" in README.md or docs/*.md`)
}

/** An example as JSON: comments, elisions and ranges taken out; an optional field's key keeps its `?`. */
function exampleJson(text: string): unknown {
  const plain = text
    .replace(/(^|\s)\/\/.*$/gm, '$1')
    .replace(/"(\w+)"\?:/g, '"$1?":')
    .replace(/: 0\.\.4/g, ': 0')
    .replace(/\[\.\.\.\]|\[…\]/g, '[]')
    .replace(/\{\.\.\.\}|\{…\}/g, '{}')
    .replace(/,\s*(…|\.\.\.)/g, '')
  return JSON.parse(plain)
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Every key path of a value: `questions[].options[].label`. */
function paths(value: unknown, prefix = '', depth = Infinity): string[] {
  if (depth < 0) return []
  if (Array.isArray(value)) return value.length ? paths(value[0], `${prefix}[]`, depth) : []
  if (!isObject(value)) return []
  return Object.entries(value).flatMap(([k, v]) => {
    const p = prefix ? `${prefix}.${k}` : k
    return [p, ...paths(v, p, Array.isArray(v) ? -1 : depth - 1)]
  })
}

/** Documented paths that the live answer lacks, and live paths (objects two levels deep) the example leaves out. */
function compare(example: unknown, live: unknown) {
  const livePaths = new Set(paths(live))
  const shown = paths(example)
  const shownPlain = new Set(shown.map((p) => p.replaceAll('?', '')))
  return {
    // An optional field (`"hint"?:`) may be absent from one answer.
    notInApi: shown.filter((p) => !p.includes('?') && !livePaths.has(p)),
    notDocumented: paths(live, '', 1).filter((p) => !shownPlain.has(p)),
  }
}

describe('the API examples in the README and docs', () => {
  it('show GET /api/quiz as it answers', async () => {
    const [answer] = examples('GET /api/quiz')
    const live = (await (await call('/api/quiz')).json()) as { version: number }
    const example = exampleJson(answer!) as { version: number }
    expect(compare(example, live)).toEqual({ notInApi: [], notDocumented: [] })
    expect(example.version, 'the content version the example shows').toBe(live.version)
  })

  it('show POST /api/quiz/next as it takes and answers', async () => {
    const [body, answer] = examples('POST /api/quiz/next')
    const res = await postJson('/api/quiz/next', exampleJson(body!))
    expect(res.status).toBe(200)
    expect(compare(exampleJson(answer!), await res.json())).toEqual({ notInApi: [], notDocumented: [] })
  })

  it('show POST /api/results as it takes and answers', async () => {
    const [body, answer] = examples('POST /api/results')
    const documented = exampleJson(body!) as Record<string, unknown>
    // The example's answers are a placeholder; the other fields are sent as shown.
    const res = await postJson('/api/results', { ...documented, source: undefined, answers: answersOf(2) })
    expect(res.status).toBe(201)
    const live = (await res.json()) as Record<string, unknown>
    expect(compare(exampleJson(answer!), live)).toEqual({ notInApi: [], notDocumented: [] })
  })

  it('leave the README short enough to find the two commands: at most 250 lines, the rest in docs/', () => {
    const readme = pages['../../README.md']!
    expect(readme.split('\n').length).toBeLessThanOrEqual(251)
    expect(readme).toContain('npm ci && npm start')
    expect(readme).toContain('npm ci && npm test')
  })
})
