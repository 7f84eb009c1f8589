import { h } from 'preact'
import { renderToString } from 'preact-render-to-string'
import { describe, expect, it } from 'vitest'
import { ProgressBar } from '../../web/quiz/ProgressBar'
import { questionLabel } from '../../web/quiz/progress-label'

describe('the progress line of a question', () => {
  it('gives the estimate with the most the quiz can still ask', () => {
    expect(questionLabel(4, 9, 16, false)).toBe('Question 4 · about 9 more, at most 16')
  })

  it('says "the last one" only when the question ends the quiz whatever the answer', () => {
    expect(questionLabel(12, 0, 8, true)).toBe('Question 12 · the last one')
    expect(questionLabel(12, 0, 8, false)).toBe('Question 12 · maybe the last one')
  })

  it('gives only the most that can come once the estimate reaches it', () => {
    expect(questionLabel(18, 2, 2, false)).toBe('Question 18 · at most 2 more')
    expect(questionLabel(20, 0, 0, false)).toBe('Question 20 · the last one')
  })
})

describe('the progress bar', () => {
  it('tells a screen reader how many are answered and about how many are left, and none on the last step', () => {
    const text = (left: number) =>
      renderToString(h(ProgressBar, { answered: 19, total: 20, left, fill: 1 })).match(/aria-valuetext="([^"]*)"/)?.[1]
    expect(text(3)).toBe('19 answered, about 3 more')
    expect(text(0)).toBe('19 answered, none left')
  })
})
