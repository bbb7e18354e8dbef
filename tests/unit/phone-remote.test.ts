// Where the phone remote's buttons and swipes take the talk (components/lib/phone-remote.ts).
import { describe, expect, it } from 'vitest'
import { elapsedSeconds } from '../../components/lib/pace.ts'
import { step, SWIPE_MIN_PX, swipeDirection } from '../../components/lib/phone-remote.ts'

// Four slides; the second has three click steps.
const deck = {
  total: 4,
  clicksOf: (page: number) => page === 2
    ? 3
    : 0,
}

describe('step', () => {
  it('goes on a click step at a time, then to the next slide\'s first step', () => {
    expect(step({ page: 1, clicks: 0 }, 1, deck)).toEqual({ page: 2, clicks: 0 })
    expect(step({ page: 2, clicks: 2 }, 1, deck)).toEqual({ page: 2, clicks: 3 })
    expect(step({ page: 2, clicks: 3 }, 1, deck)).toEqual({ page: 3, clicks: 0 })
  })

  it('goes back a step at a time, then to the previous slide\'s last step', () => {
    expect(step({ page: 3, clicks: 0 }, -1, deck)).toEqual({ page: 2, clicks: 3 })
    expect(step({ page: 2, clicks: 1 }, -1, deck)).toEqual({ page: 2, clicks: 0 })
    // A click count past the slide's last (Slidev's "last step" marker) comes back to its last step but one.
    expect(step({ page: 2, clicks: 999999 }, -1, deck)).toEqual({ page: 2, clicks: 2 })
  })

  it('stops at either end of the deck', () => {
    expect(step({ page: 1, clicks: 0 }, -1, deck)).toBeUndefined()
    expect(step({ page: 4, clicks: 0 }, 1, deck)).toBeUndefined()
  })
})

describe('swipeDirection', () => {
  it('turns a swipe to the left into Next and to the right into Previous', () => {
    expect(swipeDirection(-120, 10)).toBe(1)
    expect(swipeDirection(120, -10)).toBe(-1)
  })

  it('ignores a short touch and a scroll of the notes', () => {
    expect(swipeDirection(-(SWIPE_MIN_PX - 1), 0)).toBe(0)
    expect(swipeDirection(-80, 200)).toBe(0)
  })
})

describe('elapsedSeconds', () => {
  it('counts from the start, stops at a pause, and says nothing before the timer starts', () => {
    expect(elapsedSeconds({ status: 'running', startedAt: 10_000 }, 70_000)).toBe(60)
    expect(elapsedSeconds({ status: 'paused', startedAt: 10_000, pausedAt: 40_000 }, 70_000)).toBe(30)
    expect(elapsedSeconds({ status: 'stopped', startedAt: 0 }, 70_000)).toBeUndefined()
    expect(elapsedSeconds(undefined, 70_000)).toBeUndefined()
  })
})
