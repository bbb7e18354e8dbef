// The phone remote's logic (components/PhoneRemote.vue draws it): where Previous and Next go and what a swipe means.
// Pure, so it is tested without a page.

/** A place in the talk: a slide (1-based) and the click step on it. */
export interface TalkPosition {
  page: number
  clicks: number
}

export interface DeckSteps {
  /** How many slides. */
  total: number
  /** A slide's click steps (its `clicks:` frontmatter), when it declares them; 0 otherwise. */
  clicksOf: (page: number) => number
}

/**
 * Where Next (+1) or Previous (-1) goes from `at`, as the keyboard goes: a click step at a time, then the next slide
 * at its first step, or back to the previous slide at its last; undefined at either end of the deck.
 */
export function step(at: TalkPosition, direction: 1 | -1, deck: DeckSteps): TalkPosition | undefined {
  if (direction === 1) {
    if (at.clicks < deck.clicksOf(at.page))
      return { page: at.page, clicks: at.clicks + 1 }
    return at.page < deck.total
      ? { page: at.page + 1, clicks: 0 }
      : undefined
  }
  if (at.clicks > 0)
    return { page: at.page, clicks: Math.min(at.clicks, deck.clicksOf(at.page) || at.clicks) - 1 }
  return at.page > 1
    ? {
        page: at.page - 1,
        clicks: deck.clicksOf(at.page - 1),
      }
    : undefined
}

/** The least travel, in CSS pixels, a finger makes for a swipe. */
export const SWIPE_MIN_PX = 48

/**
 * A finger that travelled `dx`, `dy`: a swipe to the left is Next (+1), to the right Previous (-1), as a page is
 * turned; a short or mostly vertical one (scrolling the notes) is neither (0).
 */
export function swipeDirection(dx: number, dy: number): 1 | -1 | 0 {
  if (Math.abs(dx) < SWIPE_MIN_PX || Math.abs(dx) < 1.5 * Math.abs(dy))
    return 0
  return dx < 0
    ? 1
    : -1
}
