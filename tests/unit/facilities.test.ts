// The counts behind the facilities chart, on a footprint written for the test; the deck's own data
// gets invariants at the end.
import { describe, expect, it } from 'vitest'
import { CELL, ecxByContinent, facilitiesLayout, regionsByCountry } from '../../components/lib/facilities.ts'
import { deckData, validateDeckData } from '../../data/index.ts'
import { footprintDeck } from './fixtures/footprint-deck.ts'

const data = validateDeckData(footprintDeck())
const rows = ecxByContinent(data.ecx.metros)
const countries = regionsByCountry(data.regions, '2015-06')

describe('Equinix cities by continent', () => {
  it('counts the cities per continent, largest first, ties in a fixed continent order', () => {
    expect(rows.map(r => [r.label, r.count, r.names])).toEqual([
      ['North America', 2, ['Silicon Valley', 'Chicago']],
      ['Asia', 1, ['Hong Kong']],
      ['Europe', 1, ['London']],
      ['Oceania', 1, ['Sydney']],
    ])
  })

  it('draws only the cities a source names: the article\'s facility count is no row of its own', () => {
    expect(rows.reduce((sum, r) => sum + r.count, 0)).toBe(data.ecx.metros.length)
    expect(rows.map(r => r.label)).not.toContain('Not publicly listed')
  })

  it('gives no row to a continent without a city', () => {
    expect(ecxByContinent(data.ecx.metros.filter(m => m.continent !== 'Europe')).map(r => r.label)).toEqual(['North America', 'Asia', 'Oceania'])
    expect(ecxByContinent([])).toEqual([])
  })
})

describe('Aliyun regions by country', () => {
  it('splits regions at the partnership month, most regions first', () => {
    expect(countries.map(c => [c.country, c.regions.length, c.early])).toEqual([
      ['China', 2, 1],
      ['Hong Kong', 1, 1],
      ['United States', 1, 1],
      ['Singapore', 1, 0],
    ])
  })

  it('lists the regions open at the partnership before the later ones', () => {
    expect(countries[0]!.regions.map(r => [r.record.name, r.early])).toEqual([['Hangzhou', true], ['Shanghai', false]])
  })
})

describe('the facilities layout', () => {
  const layout = facilitiesLayout(rows, countries)

  it('draws one cell per city and per region, cells apart', () => {
    expect(layout.ecxRows.reduce((sum, r) => sum + r.cells.length, 0)).toBe(5)
    expect(layout.aliyunRows.reduce((sum, r) => sum + r.cells.length, 0)).toBe(5)
    for (const row of layout.ecxRows) {
      for (let i = 1; i < row.cells.length; i++)
        expect(row.cells[i]!.x - row.cells[i - 1]!.x).toBeGreaterThan(2 * CELL.radius)
    }
  })
})

describe('the deck\'s own footprint (invariants)', () => {
  const live = deckData()
  const liveRows = ecxByContinent(live.ecx.metros)
  const liveCountries = regionsByCountry(live.regions.filter(r => r.opened <= '2015-10'), '2015-06')
  const layout = facilitiesLayout(liveRows, liveCountries)

  it('counts every city exactly once', () => {
    expect(liveRows.reduce((sum, r) => sum + r.count, 0)).toBe(live.ecx.metros.length)
  })

  it('keeps both panels apart and inside the chart', () => {
    const ecxRight = Math.max(...layout.ecxRows.map(r => r.countX + 20))
    const aliyunLeft = Math.min(...layout.aliyunRows.map(r => r.cells[0]!.x - CELL.square))
    expect(ecxRight).toBeLessThan(480)
    expect(aliyunLeft).toBeGreaterThan(480)
    expect(Math.max(...layout.aliyunRows.map(r => r.countX + 20))).toBeLessThan(layout.width)
    expect(Math.max(...layout.note.ys) + 4).toBeLessThan(layout.height)
  })
})
