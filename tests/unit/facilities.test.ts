import { describe, expect, it } from 'vitest'
import { CELL, ecxByContinent, facilitiesLayout, regionsByCountry } from '../../components/lib/facilities.ts'
import { validateDeckData } from '../../data/validate.ts'
import { fixtureDeck, metro } from '../fixtures/deck.ts'

const data = validateDeckData(fixtureDeck())
const rows = ecxByContinent(data.ecx.metros, 9)
const countries = regionsByCountry(data.regions.filter(r => r.opened <= '2016-10'), '2016-07')

describe('ECX metros by continent', () => {
  it('counts the named metros per continent, largest first, then the unlisted remainder', () => {
    expect(rows.map(r => [r.label, r.count])).toEqual([
      ['North America', 3],
      ['Asia', 2],
      ['Europe', 1],
      ['Oceania', 1],
      ['Not publicly listed', 2],
    ])
    expect(rows.at(-1)!.unlisted).toBe(true)
    expect(rows.filter(r => r.unlisted)).toHaveLength(1)
    expect(rows.reduce((sum, r) => sum + r.count, 0)).toBe(9)
  })

  it('adds no unlisted row when every metro is named', () => {
    expect(ecxByContinent(data.ecx.metros, 7).some(r => r.unlisted)).toBe(false)
  })

  it('refuses a total smaller than the metros listed', () => {
    expect(() => ecxByContinent(data.ecx.metros, 5)).toThrow(/5.*7/)
  })

  it('puts many sites in one continent on one row, counted', () => {
    const asia = Array.from({ length: 14 }, (_, i) => metro(`a${i}`, `Asian city ${i}`, 'Asia', 10 + i, 100 + i))
    expect(ecxByContinent([...asia, data.ecx.metros[4]!], 15).map(r => [r.label, r.count])).toEqual([['Asia', 14], ['Europe', 1]])
  })
})

describe('Aliyun regions by country', () => {
  it('counts regions per country, split at the partnership month, most first', () => {
    expect(countries.map(c => [c.country, c.regions.length, c.early])).toEqual([
      ['China', 2, 1],
      ['Hong Kong', 1, 1],
      ['United States', 1, 1],
      ['Singapore', 1, 0],
    ])
  })

  it('lists the regions open at the partnership before the later ones', () => {
    expect(countries[0]!.regions.map(r => [r.record.name, r.early])).toEqual([['Hangzhou', true], ['Shenzhen', false]])
  })
})

describe('the facilities layout', () => {
  const layout = facilitiesLayout(rows, countries)

  it('draws one cell per metro and per region, cells apart', () => {
    expect(layout.ecxRows.reduce((sum, r) => sum + r.cells.length, 0)).toBe(9)
    expect(layout.aliyunRows.reduce((sum, r) => sum + r.cells.length, 0)).toBe(5)
    for (const row of layout.ecxRows) {
      for (let i = 1; i < row.cells.length; i++)
        expect(row.cells[i]!.x - row.cells[i - 1]!.x).toBeGreaterThan(2 * CELL.radius)
    }
  })

  it('keeps both panels apart and inside the chart', () => {
    const ecxRight = Math.max(...layout.ecxRows.map(r => r.countX + 20))
    const aliyunLeft = Math.min(...layout.aliyunRows.map(r => r.cells[0]!.x - CELL.square))
    expect(ecxRight).toBeLessThan(aliyunLeft)
    expect(Math.max(...layout.aliyunRows.map(r => r.countX + 20))).toBeLessThan(layout.width)
    expect(layout.total.y).toBeLessThan(layout.height)
  })

  it('keeps a crowded continent\'s cells inside its panel', () => {
    const crowded = facilitiesLayout(ecxByContinent(Array.from({ length: 12 }, (_, i) => metro(`n${i}`, `City ${i}`, 'North America', 30 + i, -100 - i)), 12), countries)
    const aliyunLeft = Math.min(...crowded.aliyunRows.map(r => r.cells[0]!.x - CELL.square))
    expect(Math.max(...crowded.ecxRows.map(r => r.countX + 20))).toBeLessThan(aliyunLeft)
  })
})
