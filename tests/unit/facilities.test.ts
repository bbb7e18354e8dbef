import { describe, expect, it } from 'vitest'
import { CELL, ecxByContinent, facilitiesLayout, regionsByCountry } from '../../components/lib/facilities.ts'
import { deckData, figureById } from '../../data/index.ts'

const data = deckData()
const total = figureById('ecx-facilities')
const totalValue = total.kind === 'count' ? total.value : Number.NaN
const rows = ecxByContinent(data.ecx.metros, totalValue)
const toOct = data.regions.filter(r => r.opened <= '2015-10')
const countries = regionsByCountry(toOct, '2015-06')

describe('ECX metros by continent', () => {
  it('counts the sourced metros per continent as facts.md does, then the unlisted five', () => {
    expect(rows.map(r => [r.label, r.count])).toEqual([
      ['North America', 8],
      ['Asia', 3],
      ['Europe', 2],
      ['Oceania', 2],
      ['South America', 1],
      ['Not publicly listed', 5],
    ])
    expect(rows.at(-1)!.unlisted).toBe(true)
    expect(rows.filter(r => r.unlisted)).toHaveLength(1)
  })

  it('adds up to the article\'s total of 21', () => {
    expect(totalValue).toBe(21)
    expect(rows.reduce((sum, r) => sum + r.count, 0)).toBe(totalValue)
  })

  it('spans five continents', () => {
    expect(rows.filter(r => !r.unlisted)).toHaveLength(5)
  })

  it('adds no unlisted row when every metro is named', () => {
    expect(ecxByContinent(data.ecx.metros, 16).some(r => r.unlisted)).toBe(false)
  })

  it('refuses a total smaller than the metros listed', () => {
    expect(() => ecxByContinent(data.ecx.metros, 12)).toThrow(/12.*16/)
  })
})

describe('Aliyun regions by country', () => {
  it('counts regions to Oct 2015, split at the June 2015 partnership', () => {
    expect(countries.map(c => [c.country, c.regions.length, c.early])).toEqual([
      ['China', 5, 3],
      ['United States', 2, 1],
      ['Hong Kong', 1, 1],
      ['Singapore', 1, 0],
    ])
  })

  it('lists the regions open at the partnership before the later ones', () => {
    const china = countries[0]!.regions
    expect(china.slice(0, 3).every(r => r.early)).toBe(true)
    expect(china.slice(3).map(r => r.record.name).sort()).toEqual(['Shanghai', 'Shenzhen'])
  })
})

describe('the facilities layout', () => {
  const layout = facilitiesLayout(rows, countries)

  it('draws one cell per metro and per region, cells apart', () => {
    expect(layout.ecxRows.reduce((sum, r) => sum + r.cells.length, 0)).toBe(21)
    expect(layout.aliyunRows.reduce((sum, r) => sum + r.cells.length, 0)).toBe(9)
    for (const row of layout.ecxRows) {
      for (let i = 1; i < row.cells.length; i++)
        expect(row.cells[i]!.x - row.cells[i - 1]!.x).toBeGreaterThan(2 * CELL.radius)
    }
  })

  it('keeps both panels apart and inside the chart', () => {
    const ecxRight = Math.max(...layout.ecxRows.map(r => r.countX + 20))
    const aliyunLeft = Math.min(...layout.aliyunRows.map(r => r.cells[0]!.x - CELL.square))
    expect(ecxRight).toBeLessThan(480)
    expect(aliyunLeft).toBeGreaterThan(480)
    expect(Math.max(...layout.aliyunRows.map(r => r.countX + 20))).toBeLessThan(layout.width)
    expect(layout.total.y).toBeLessThan(layout.height)
  })
})
