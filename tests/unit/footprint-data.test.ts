import { describe, expect, it } from 'vitest'
import { rawDeckData, validateDeckData } from '../../data/index.ts'
import type { DeckDataInput } from '../../data/schema.ts'

function broken(change: (data: DeckDataInput) => void): string {
  const copy = structuredClone(rawDeckData)
  change(copy)
  try {
    validateDeckData(copy)
  }
  catch (error) {
    return (error as Error).message
  }
  throw new Error('the broken data was accepted')
}

const metroIndex = (id: string) => rawDeckData.ecx.metros.findIndex(m => m.id === id)

describe('the footprint data as facts.md gives it', () => {
  it('names the 16 sourced ECX metros at their city-centre coordinates', () => {
    const facts: [string, number, number][] = [
      ['Amsterdam', 52.37, 4.90], ['Atlanta', 33.75, -84.39], ['Chicago', 41.88, -87.63], ['Dallas', 32.78, -96.80],
      ['Hong Kong', 22.32, 114.17], ['London', 51.51, -0.13], ['Los Angeles', 34.05, -118.24], ['Melbourne', -37.81, 144.96],
      ['New York', 40.71, -74.01], ['São Paulo', -23.55, -46.63], ['Seattle', 47.61, -122.33], ['Silicon Valley (San Jose)', 37.34, -121.89],
      ['Singapore', 1.35, 103.82], ['Sydney', -33.87, 151.21], ['Tokyo', 35.68, 139.69], ['Washington, DC (Ashburn)', 39.04, -77.49],
    ]
    expect(rawDeckData.ecx.metros).toHaveLength(facts.length)
    for (const [name, lat, lon] of facts) {
      const metro = rawDeckData.ecx.metros.find(m => m.name === name)
      expect(metro, name).toBeDefined()
      expect(metro!.lat).toBeCloseTo(lat, 2)
      expect(metro!.lon).toBeCloseTo(lon, 2)
    }
  })

  it('dates the timeline as the sources do, Costco in October 2014', () => {
    const dates = Object.fromEntries(rawDeckData.events.map(e => [e.id, e.date]))
    expect(dates).toEqual({ 'hk-region': '2014-05', 'ipo': '2014-09', 'costco-tmall': '2014-10', 'us-region': '2015-03', 'equinix-deal': '2015-06', 'sg-region': '2015-09', 'us-region-2': '2015-10' })
    expect(rawDeckData.events.find(e => e.id === 'costco-tmall')!.disagreement).toMatch(/November 2014/)
  })
})

describe('bad footprint data is refused, naming the record, field and value', () => {
  it('refuses a latitude of 95', () => {
    const message = broken((d) => { d.ecx.metros[metroIndex('tokyo')]!.lat = 95 })
    expect(message).toMatch(new RegExp(`ecx\\.metros\\[${metroIndex('tokyo')}\\] "tokyo": field "lat" .*latitude.*\\(got 95\\)`))
  })

  it('refuses a region latitude of 95 too', () => {
    const message = broken((d) => { d.regions[0]!.lat = 95 })
    expect(message).toMatch(/regions\[0\] "aliyun-hangzhou": field "lat" .*\(got 95\)/)
  })

  it('refuses an unknown continent', () => {
    const message = broken((d) => { (d.ecx.metros[0] as { continent: string }).continent = 'Atlantis' })
    expect(message).toMatch(/ecx\.metros\[0\] "amsterdam": field "continent" .*\(got "Atlantis"\)/)
  })

  it('refuses an event date that does not parse', () => {
    const message = broken((d) => { d.events[2]!.date = 'Nov 2014' })
    expect(message).toMatch(/events\[2\] "costco-tmall": field "date" .*\(got "Nov 2014"\)/)
  })

  it('refuses an event date that names no real month', () => {
    const message = broken((d) => { d.events[1]!.date = '2014-13' })
    expect(message).toMatch(/events\[1\] "ipo": field "date" .*\(got "2014-13"\)/)
  })

  it('refuses a metro listed twice under the same id', () => {
    const message = broken((d) => { d.ecx.metros.push(structuredClone(d.ecx.metros[0]!)) })
    expect(message).toMatch(/ecx\.metros\[16\] "amsterdam": field "id" is used twice \(got "amsterdam"\)/)
  })

  it('refuses a metro listed twice under another id', () => {
    const message = broken((d) => { d.ecx.metros.push({ ...structuredClone(d.ecx.metros[0]!), id: 'amsterdam-2' }) })
    expect(message).toMatch(/ecx\.metros\[16\] "amsterdam-2": field "name" is listed twice \(got "Amsterdam"\)/)
  })
})
