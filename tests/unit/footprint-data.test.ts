import type { DeckDataInput } from '../../data/schema.ts'
import { describe, expect, it } from 'vitest'
import { refusal } from '../deck-refusal.ts'
import { fixtureWith } from '../fixtures/deck.ts'

const broken = (change: (data: DeckDataInput) => void) => refusal(fixtureWith(change)).message

describe('bad footprint data is refused, naming the record, field and value', () => {
  it('refuses a latitude of 95', () => {
    expect(broken((d) => {
      d.ecx.metros[3]!.lat = 95
    })).toMatch(/ecx\.metros\[3\] "tokyo": field "lat" .*latitude.*\(got 95\)/)
  })

  it('refuses a region latitude of 95 too', () => {
    expect(broken((d) => {
      d.regions[0]!.lat = 95
    })).toMatch(/regions\[0\] "r-hangzhou": field "lat" .*\(got 95\)/)
  })

  it('refuses a longitude of 181', () => {
    expect(broken((d) => {
      d.ecx.metros[0]!.lon = 181
    })).toMatch(/ecx\.metros\[0\] "hong-kong": field "lon" .*longitude.*\(got 181\)/)
  })

  it('refuses an unknown continent', () => {
    expect(broken((d) => {
      (d.ecx.metros[0] as { continent: string }).continent = 'Atlantis'
    })).toMatch(/ecx\.metros\[0\] "hong-kong": field "continent" .*\(got "Atlantis"\)/)
  })

  it('refuses an event date that does not parse', () => {
    expect(broken((d) => {
      d.events[2]!.date = 'Nov 2014'
    })).toMatch(/events\[2\] "ev-us": field "date" .*\(got "Nov 2014"\)/)
  })

  it('refuses an event date that names no real month', () => {
    expect(broken((d) => {
      d.events[1]!.date = '2014-13'
    })).toMatch(/events\[1\] "ev-listing": field "date" .*\(got "2014-13"\)/)
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

  it('refuses a partnership naming no event, or counted to a month before it', () => {
    expect(broken((d) => {
      d.partnership!.event = 'ev-nope'
    })).toMatch(/partnership: field "event" names no timeline event \(got "ev-nope"\)/)
    expect(broken((d) => {
      d.partnership!.countedTo = '2016-01'
    })).toMatch(/partnership: field "countedTo" is before the partnership .*\(got "2016-01"\)/)
  })
})
