// Where the presenter stands against the plan: each slide's budget ("Time m:ss" at the start of its
// notes, which the preparser hands over as a number in the slide's frontmatter) gives the moment the slide
// should start and end; the talk's elapsed time says whether the presenter reached it early (ahead), late
// (behind) or within its budget (on plan). The words are in the deck's language (ui-text.ts):
// "计划3:30–5:00 · 落后0:45" in Chinese.
import type { DeckLang } from './deck-lang.ts'
import { clock } from './notes-timing.ts'
import { uiText } from './ui-text.ts'

/** The frontmatter field setup/preparser.ts writes on a slide whose notes start with a budget: its seconds. */
export const BUDGET_MARK = 'deckBudget'

/** Seconds from the start of the talk at which a slide's budget starts and ends. */
export interface SlidePlan { start: number, end: number }

export type Pace
  = | { kind: 'not-started' }
    | { kind: 'on-plan' }
    | { kind: 'ahead' | 'behind', by: number }

/** A slide's budget, in seconds, from the frontmatter the preparser gave it; undefined when its notes give none. */
export function budgetOf(frontmatter: Record<string, unknown> | undefined): number | undefined {
  const budget = frontmatter?.[BUDGET_MARK]
  return typeof budget === 'number'
    ? budget
    : undefined
}

/** The plan for slide `no` (1-based): the budgets before it, then its own. A slide without a budget takes none. */
export function slidePlan(budgets: readonly (number | undefined)[], no: number): SlidePlan {
  const start = budgets.slice(0, Math.max(0, no - 1)).reduce<number>((sum, budget) => sum + (budget ?? 0), 0)
  return { start, end: start + (budgets[no - 1] ?? 0) }
}

/** `elapsed` seconds into the talk (undefined while the timer has not started) on a slide planned as `plan`. */
export function paceAt(plan: SlidePlan, elapsed: number | undefined): Pace {
  if (elapsed === undefined)
    return { kind: 'not-started' }
  if (elapsed < plan.start)
    return { kind: 'ahead', by: plan.start - elapsed }
  if (elapsed > plan.end)
    return { kind: 'behind', by: elapsed - plan.end }
  return { kind: 'on-plan' }
}

/** "0:45 behind", "1:10 ahead", "on plan" or "timer not started". */
export function paceText(pace: Pace, lang: DeckLang = 'en'): string {
  switch (pace.kind) {
    case 'not-started': return uiText(lang, 'timerNotStarted')
    case 'on-plan': return uiText(lang, 'onPlan')
    default: return uiText(lang, pace.kind)(clock(Math.floor(pace.by)))
  }
}

/** "3:30–5:00": when the plan has this slide on screen; "15:00, no time of its own" for a slide budgeted 0:00 (backup). */
export function planText(plan: SlidePlan, lang: DeckLang = 'en'): string {
  return plan.end > plan.start
    ? `${clock(plan.start)}–${clock(plan.end)}`
    : uiText(lang, 'noTimeOfItsOwn')(clock(plan.start))
}

/** Slidev's timer as its shared state holds it (sharedState.timer): running since startedAt, or paused at pausedAt. */
export interface TalkTimer {
  status: 'stopped' | 'running' | 'paused'
  startedAt?: number
  pausedAt?: number
}

/** Seconds into the talk on `timer` at `now` (ms), or undefined while it has not started. */
export function elapsedSeconds(timer: TalkTimer | undefined, now: number): number | undefined {
  if (!timer || timer.status === 'stopped' || !timer.startedAt)
    return undefined
  const until = timer.status === 'paused'
    ? timer.pausedAt ?? now
    : now
  return Math.max(0, (until - timer.startedAt) / 1000)
}
