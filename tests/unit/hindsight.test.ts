import type { DeckDataInput, HindsightEvent } from '../../data/schema.ts'
// The deck's "today": the as-of date and the dated steps after the story's window, on the small
// fixture deck (partnership July 2016, regions counted to Oct 2016). What they must not do is as
// important as what they do: the 2014-15 timeline draws none of the later steps.
import { describe, expect, it } from 'vitest'
import { eventDateText } from '../../components/lib/figure-text.ts'
import { timelineModel } from '../../components/lib/timeline-model.ts'
import { validateDeckData } from '../../data/validate.ts'
import { checkSlideRefs } from '../../node/slide-refs.ts'
import { refusal } from '../deck-refusal.ts'
import { fixtureDeck, fixtureWith } from '../fixtures/deck.ts'

function later(id: string, date: string, extra: Partial<HindsightEvent> = {}): HindsightEvent {
  return {
    id,
    date,
    actor: 'us-government',
    label: `Step ${id}`,
    detail: 'A later step',
    sources: ['wire-b'],
    confidence: 'medium',
    ...extra,
  }
}

/** The fixture deck seen from December 2018, with two later steps by each side. */
function withHindsight(change: (deck: DeckDataInput) => void = () => {}): DeckDataInput {
  return fixtureWith((deck) => {
    deck.asOf = '2018-12'
    deck.hindsightEvents = [
      later('gov-list', '2017-03-14'),
      later('firm-sues', '2018-06', { actor: 'alibaba' }),
    ]
    change(deck)
  })
}

const problemsOf = (input: DeckDataInput) => refusal(input).problems

describe('the as-of date and the later steps', () => {
  it('accepts a deck with an as-of date and steps after its window, and leaves both out when not given', () => {
    const data = validateDeckData(withHindsight())
    expect(data.asOf).toBe('2018-12')
    expect(data.hindsightEvents.map(e => e.actor)).toEqual(['us-government', 'alibaba'])
    const plain = validateDeckData(fixtureDeck())
    expect(plain.asOf).toBeUndefined()
    expect(plain.hindsightEvents).toEqual([])
  })

  it('refuses a source, a claim or a step dated after the as-of date, naming each', () => {
    const problems = problemsOf(withHindsight((deck) => {
      deck.sources[0]!.date = '2019-01-04'
      deck.claims![0]!.asOf = '2019'
      deck.hindsightEvents![1]!.date = '2019-02'
    }))
    expect(problems).toContain('sources[0] "daily-a": field "date" is after the deck\'s asOf (2018-12) (got "2019-01-04")')
    expect(problems).toContain('claims[0] "first-abroad": field "asOf" is after the deck\'s asOf (2018-12) (got "2019")')
    expect(problems).toContain('hindsightEvents[1] "firm-sues": field "date" is after the deck\'s asOf (2018-12) (got "2019-02")')
  })

  it('takes a date of the as-of month, or its year alone, as not after it', () => {
    expect(() => validateDeckData(withHindsight((deck) => {
      deck.sources[0]!.date = '2018-12-31'
      deck.claims![0]!.asOf = '2018'
    }))).not.toThrow()
  })

  it('refuses a later step that falls inside the story\'s own window, and an id an event already has', () => {
    const problems = problemsOf(withHindsight((deck) => {
      deck.hindsightEvents![0]!.date = '2016-10'
      deck.hindsightEvents![1]!.id = 'ev-deal'
    }))
    expect(problems.some(p => p.startsWith('hindsightEvents[0] "gov-list": field "date" falls in the story\'s own window (to 2016-10)'))).toBe(true)
    expect(problems.some(p => p.includes('"ev-deal": field "id" is used twice'))).toBe(true)
  })

  it('refuses a later step citing a source the deck does not have', () => {
    const problems = problemsOf(withHindsight((deck) => {
      deck.hindsightEvents![0]!.sources = ['nowhere']
    }))
    expect(problems).toContain('hindsightEvents[0] "gov-list": field "sources.0" names no known source (got "nowhere")')
  })

  it('lets a date token say a later step\'s month and the as-of date, and refuses as-of when the deck has none', () => {
    const data = validateDeckData(withHindsight())
    expect(eventDateText('gov-list', data)).toBe('14 March 2017')
    expect(eventDateText('as-of', data)).toBe('Dec 2018')
    expect(checkSlideRefs('# Told as of [[date:as-of]], after [[date:firm-sues]]', data)).toEqual([])
    const plain = validateDeckData(fixtureDeck())
    expect(() => eventDateText('as-of', plain)).toThrow(/Unknown event id "as-of"/)
    expect(checkSlideRefs('# Told as of [[date:as-of]]', plain)).toHaveLength(1)
  })

  it('keeps the later steps off the 2014-15 timeline: it draws the same events with or without them', () => {
    const without = timelineModel(validateDeckData(fixtureDeck()))
    const withSteps = timelineModel(validateDeckData(withHindsight()))
    expect(withSteps.layout.events.map(e => e.event.id)).toEqual(without.layout.events.map(e => e.event.id))
    expect(withSteps.description).toBe(without.description)
    expect(withSteps.description).not.toContain('Step gov-list')
  })
})
