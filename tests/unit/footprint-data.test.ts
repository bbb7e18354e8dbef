import type { DeckDataInput } from '../../data/schema.ts'
import { describe, expect, it } from 'vitest'
import { refusal } from '../deck-refusal.ts'
import { fixtureWith, fixtureWithField } from '../fixtures/deck.ts'

const broken = (change: (data: DeckDataInput) => void) => refusal(fixtureWith(change)).message

describe('bad footprint data is refused, naming the record, field and value', () => {
  it.each([
    [
      'a latitude of 95',
      'ecx.metros.3.lat',
      95,
      /ecx\.metros\[3\] "tokyo": field "lat" .*latitude.*\(got 95\)/,
    ],
    [
      'a region latitude of 95 too',
      'regions.0.lat',
      95,
      /regions\[0\] "r-hangzhou": field "lat" .*\(got 95\)/,
    ],
    [
      'a longitude of 181',
      'ecx.metros.0.lon',
      181,
      /ecx\.metros\[0\] "hong-kong": field "lon" .*longitude.*\(got 181\)/,
    ],
    [
      'an unknown continent',
      'ecx.metros.0.continent',
      'Atlantis',
      /ecx\.metros\[0\] "hong-kong": field "continent" .*\(got "Atlantis"\)/,
    ],
    [
      'an event date that does not parse',
      'events.2.date',
      'Nov 2014',
      /events\[2\] "ev-us": field "date" .*\(got "Nov 2014"\)/,
    ],
    [
      'an event date that names no real month',
      'events.1.date',
      '2014-13',
      /events\[1\] "ev-listing": field "date" .*\(got "2014-13"\)/,
    ],
    [
      'a partnership naming no event',
      'partnership.event',
      'ev-nope',
      /partnership: field "event" names no timeline event \(got "ev-nope"\)/,
    ],
    [
      'a partnership counted to a month before it',
      'partnership.countedTo',
      '2016-01',
      /partnership: field "countedTo" is before the partnership .*\(got "2016-01"\)/,
    ],
  ])('refuses %s', (_, path, value, message) => {
    expect(refusal(fixtureWithField(path, value)).message).toMatch(message)
  })

  it('refuses a metro listed twice under the same id', () => {
    expect(broken((d) => {
      d.ecx.metros.push(structuredClone(d.ecx.metros[0]!))
    })).toMatch(/ecx\.metros\[7\] "hong-kong": field "id" is used twice \(got "hong-kong"\)/)
  })

  it('refuses a metro listed twice under another id', () => {
    expect(broken((d) => {
      d.ecx.metros.push({
        ...structuredClone(d.ecx.metros[2]!),
        id: 'chicago-2',
      })
    })).toMatch(/ecx\.metros\[7\] "chicago-2": field "name" is listed twice \(got "Chicago"\)/)
  })
})
