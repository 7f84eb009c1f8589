import { seniorityWords } from '../../contract/placement-words'
import type { Seniority } from '../../model/types'

/**
 * A role's seniority in words. A band stays plain text (its parent keeps "mid-level" from
 * breaking at the hyphen, as on every older result); a range of two keeps each band on one line
 * but may wrap between them on a phone: "early career to mid-level".
 */
export function SeniorityText({ seniority, nearBand }: { seniority: Seniority; nearBand?: Seniority | undefined }) {
  const [low, high] = seniorityWords({ seniority, nearBand }).split(' to ')
  if (high === undefined) return <>{low}</>
  return (
    <span class="band-range">
      <span class="band">{low}</span> to <span class="band">{high}</span>
    </span>
  )
}
