import { percentClass } from '../percent'

/** The bar under a question's progress line: `fill` is the share to show filled, 0..1. */
export function ProgressBar({ answered, total, left, fill }: { answered: number; total: number; left: number; fill: number }) {
  return (
    <div
      class="progress-bar"
      role="progressbar"
      aria-label="Answered"
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={answered}
      aria-valuetext={`${answered} answered, ${left > 0 ? `about ${left} more` : 'none left'}`}
    >
      <div class={`progress-fill ${percentClass(fill)}`} />
    </div>
  )
}
