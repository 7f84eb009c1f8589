import type { Frame, FrameLocator, Page } from 'playwright-core'

/** The question on screen: its id (the form's hidden `q`), or null on the last step. */
export async function currentQuestion(scope: Page | Frame | FrameLocator, number: number): Promise<string | null> {
  await scope
    .locator('.progress-label')
    .filter({ hasText: new RegExp(`Question ${number} ·|enough to place you`) })
    .waitFor()
  if ((await scope.locator('.progress-label', { hasText: 'enough to place you' }).count()) > 0) return null
  return scope.locator('input[name=q]').getAttribute('value')
}

/**
 * Answers what the adaptive quiz asks, question by question, with the person's answer to
 * each, by mouse (or touch), until the last step or `limit` answers. Returns how many were answered.
 * `start`: how many were answered before (the question on screen is number `start` + 1).
 */
export async function answerAdaptive(
  scope: Page | Frame | FrameLocator,
  answerFor: (id: string) => number,
  {
    limit = Number.POSITIVE_INFINITY,
    tap = false,
    onStep,
    start = 0,
  }: { limit?: number; tap?: boolean; onStep?: (n: number) => Promise<void>; start?: number } = {},
): Promise<number> {
  let n = start
  while (n < limit) {
    const id = await currentQuestion(scope, n + 1)
    if (id === null) break
    const option = scope.locator('label.option').nth(answerFor(id))
    await (tap ? option.tap() : option.click())
    await onStep?.(n + 1)
    const next = scope.getByRole('button', { name: 'Next' })
    await (tap ? next.tap() : next.click())
    n++
  }
  return n - start
}

/** The questions the adaptive quiz asks someone with these answers, in order, through POST /api/quiz/next. */
export async function adaptivePath(serverUrl: string, answers: Record<string, number>): Promise<string[]> {
  const given: Record<string, number> = {}
  const path: string[] = []
  for (;;) {
    const res = await fetch(`${serverUrl}/api/quiz/next`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answers: given }),
    })
    const step = (await res.json()) as { next: { id: string } | null }
    if (!step.next) return path
    path.push(step.next.id)
    given[step.next.id] = answers[step.next.id] ?? 2
  }
}
