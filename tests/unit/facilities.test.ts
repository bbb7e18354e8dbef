// The counts behind the facilities chart, on the test deck (tests/fixtures/deck.ts).
import { describe, expect, it } from 'vitest'
import { CELL, ecxByContinent, facilitiesLayout, PANEL, regionsByCountry } from '../../components/lib/facilities.ts'
import { validateDeckData } from '../../data/validate.ts'
import { fixtureDeck, metro } from '../fixtures/deck.ts'

const data = validateDeckData(fixtureDeck())
const rows = ecxByContinent(data.ecx.metros)
const countries = regionsByCountry(data.regions.filter(r => r.opened <= '2016-10'), '2016-07')

describe('equinix cities by continent', () => {
  it('counts the cities per continent, largest first, ties in a fixed continent order', () => {
    expect(rows.map(r => [r.label, r.count, r.names])).toEqual([
      [
        'North America',
        3,
        ['San Jose', 'Chicago', 'Seattle'],
      ],
      [
        'Asia',
        2,
        ['Hong Kong', 'Tokyo'],
      ],
      [
        'Europe',
        1,
        ['London'],
      ],
      [
        'Oceania',
        1,
        ['Sydney'],
      ],
    ])
  })

  it('draws only the cities a source names: the article\'s facility count is no row of its own', () => {
    expect(rows.reduce((sum, r) => sum + r.count, 0)).toBe(data.ecx.metros.length)
  })

  it('gives no row to a continent without a city', () => {
    expect(ecxByContinent(data.ecx.metros.filter(m => m.continent !== 'Europe')).map(r => r.label)).toEqual(['North America', 'Asia', 'Oceania'])
    expect(ecxByContinent([])).toEqual([])
  })

  it('puts many cities in one continent on one row, counted', () => {
    const asia = Array.from({ length: 14 }, (_, i) => metro(`a${i}`, `Asian city ${i}`, 'Asia', 10 + i, 100 + i))
    expect(ecxByContinent([...asia, data.ecx.metros[4]!]).map(r => [r.label, r.count])).toEqual([
      ['Asia', 14],
      ['Europe', 1],
    ])
  })
})

describe('aliyun regions by country', () => {
  it('counts regions per country, split at the partnership month, most first', () => {
    expect(countries.map(c => [c.country, c.regions.length, c.early])).toEqual([
      ['China', 2, 1],
      ['Hong Kong', 1, 1],
      ['United States', 1, 1],
      ['Singapore', 1, 0],
    ])
  })

  it('lists the regions open at the partnership before the later ones', () => {
    expect(countries[0]!.regions.map(r => [r.record.name, r.early])).toEqual([
      ['Hangzhou', true],
      ['Shenzhen', false],
    ])
  })
})

describe('the facilities layout', () => {
  const layout = facilitiesLayout(rows, countries)

  it('draws one cell per city and per region, cells apart', () => {
    expect(layout.ecxRows.reduce((sum, r) => sum + r.cells.length, 0)).toBe(7)
    expect(layout.aliyunRows.reduce((sum, r) => sum + r.cells.length, 0)).toBe(5)
    for (const row of layout.ecxRows) {
      for (let i = 1; i < row.cells.length; i++)
        expect(row.cells[i]!.x - row.cells[i - 1]!.x).toBeGreaterThan(2 * CELL.radius)
    }
  })

  /** A row's right edge: its last cell (the count sits before the cells, right-aligned at countX). */
  const rowRight = (r: { cells: { x: number }[], countX: number, square: number }) => Math.max(r.countX, (r.cells.at(-1)?.x ?? 0) + r.square / 2)

  it('reads label, count, cells: the count right of the label and left of the first cell', () => {
    const panels = [
      [layout.ecxRows, PANEL.ecx.labelRight],
      [layout.aliyunRows, PANEL.aliyun.labelRight],
    ] as const
    for (const [rows, labelRight] of panels) {
      for (const row of rows) {
        expect(row.countX - 20).toBeGreaterThan(labelRight)
        expect(row.countX).toBeLessThan(row.cells[0]!.x - row.square / 2)
      }
    }
  })

  it('keeps both panels apart, and the totals, note and key inside the chart', () => {
    const ecxRight = Math.max(...layout.ecxRows.map(rowRight))
    const aliyunLeft = Math.min(...layout.aliyunRows.map(r => r.countX - 20))
    expect(ecxRight).toBeLessThan(aliyunLeft)
    expect(Math.max(...layout.aliyunRows.map(rowRight))).toBeLessThan(layout.width)
    expect(Math.max(...layout.note.ys) + 4).toBeLessThanOrEqual(layout.height)
    expect(layout.key.fineY + 4).toBeLessThanOrEqual(layout.height)
  })

  it('keeps a crowded continent in its panel, cells closer and smaller, and grows to fit six continents', () => {
    const crowded = Array.from({ length: 30 }, (_, i) => metro(`n${i}`, `City ${i}`, 'North America', 30 + i / 2, -100 - i))
    const six = [
      'Africa',
      'South America',
      'Europe',
      'Oceania',
      'Asia',
    ].map((continent, i) => metro(`c${i}`, `C${i}`, continent as 'Asia', 0, i))
    const result = facilitiesLayout(ecxByContinent([
      ...crowded,
      ...six,
    ]), countries)
    const aliyunLeft = Math.min(...result.aliyunRows.map(r => r.countX - 20))
    expect(Math.max(...result.ecxRows.map(rowRight))).toBeLessThan(aliyunLeft)
    expect(result.ecxRows[0]!.radius).toBeLessThan(CELL.radius)
    expect(result.ecxRows).toHaveLength(6)
    expect(Math.max(...result.note.ys) + 4).toBeLessThanOrEqual(result.height)
  })
})
