// Pace against the plan (components/lib/pace.ts) and the notes column's starting width
// (components/lib/presenter-layout.ts), on budgets and windows written for the test.
import { describe, expect, it } from 'vitest'
import { BUDGET_MARK, budgetOf, paceAt, paceText, planText, slidePlan } from '../../components/lib/pace.ts'
import { NOTES_WIDTH_KEY, notesWidthFor, SEEDED_WIDTH_KEY, seedNotesWidth } from '../../components/lib/presenter-layout.ts'

// Four slides: 0:30, 1:30, no budget, 1:00.
const budgets = [30, 90, undefined, 60]

describe('the plan', () => {
  it('reads a slide\'s budget from the frontmatter the preparser gave it', () => {
    expect(budgetOf({ [BUDGET_MARK]: 90, layout: 'cards' })).toBe(90)
    expect(budgetOf({ layout: 'cards' })).toBeUndefined()
    expect(budgetOf(undefined)).toBeUndefined()
  })

  it('plans each slide from the budgets before it', () => {
    expect(slidePlan(budgets, 1)).toEqual({ start: 0, end: 30 })
    expect(slidePlan(budgets, 2)).toEqual({ start: 30, end: 120 })
    expect(slidePlan(budgets, 3)).toEqual({ start: 120, end: 120 })
    expect(slidePlan(budgets, 4)).toEqual({ start: 120, end: 180 })
    expect(planText(slidePlan(budgets, 4))).toBe('2:00–3:00')
    // A backup slide (budget 0:00 or none) has no span of its own.
    expect(planText(slidePlan(budgets, 3))).toBe('2:00, no time of its own')
  })
})

describe('paceAt', () => {
  const second = slidePlan(budgets, 2) // 0:30–2:00

  it('is ahead when the slide comes before its planned start', () => {
    expect(paceAt(second, 12)).toEqual({ kind: 'ahead', by: 18 })
    expect(paceText(paceAt(second, 12))).toBe('0:18 ahead')
  })

  it('is on plan while the time is within the slide\'s budget', () => {
    expect(paceText(paceAt(second, 30))).toBe('on plan')
    expect(paceText(paceAt(second, 120))).toBe('on plan')
  })

  it('is behind once the slide\'s budget has run out', () => {
    expect(paceAt(second, 165.7)).toEqual({ kind: 'behind', by: 45.69999999999999 })
    expect(paceText(paceAt(second, 165.7))).toBe('0:45 behind')
    expect(paceText(paceAt(second, 200))).toBe('1:20 behind')
  })

  it('waits for the timer', () => {
    expect(paceText(paceAt(second, undefined))).toBe('timer not started')
  })
})

describe('the notes column\'s starting width', () => {
  function store(entries: Record<string, string> = {}) {
    const map = new Map(Object.entries(entries))
    return {
      getItem: (key: string) => map.get(key) ?? null,
      setItem: (key: string, value: string) => void map.set(key, value),
      map,
    }
  }

  it('is two fifths of the window, within 360–720px', () => {
    expect(notesWidthFor(1440)).toBe(576)
    expect(notesWidthFor(1920)).toBe(720)
    expect(notesWidthFor(2560)).toBe(720)
    expect(notesWidthFor(800)).toBe(360)
  })

  it('is set on a first visit and follows the window while the presenter has not chosen one', () => {
    const first = store()
    seedNotesWidth(first, 1440)
    expect(first.map.get(NOTES_WIDTH_KEY)).toBe('576')
    seedNotesWidth(first, 1920)
    expect(first.map.get(NOTES_WIDTH_KEY)).toBe('720')
  })

  it('keeps a width the presenter dragged to', () => {
    const dragged = store({ [NOTES_WIDTH_KEY]: '500', [SEEDED_WIDTH_KEY]: '576' })
    seedNotesWidth(dragged, 1920)
    expect(dragged.map.get(NOTES_WIDTH_KEY)).toBe('500')
    const before = store({ [NOTES_WIDTH_KEY]: '420' })
    seedNotesWidth(before, 1440)
    expect(before.map.get(NOTES_WIDTH_KEY)).toBe('420')
  })
})
