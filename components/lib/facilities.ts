import type { Continent, Metro, Region } from '../../data/schema.ts'
// Counts behind the facilities chart: the Equinix cities a source names, by continent, and Aliyun
// regions by country or region, split at the partnership month. Pure data in, plain rows out.
import type { DeckLang } from './deck-lang.ts'
import { isOpenBy } from './months.ts'
import { CONTINENT_NAME } from './ui-text.ts'

export const CONTINENT_ORDER: Continent[] = [
  'North America',
  'Asia',
  'Europe',
  'Oceania',
  'South America',
  'Africa',
]

export interface ContinentRow {
  label: Continent
  /** The continent as the slide names it, in its language ("North America", "北美洲"). */
  name: string
  count: number
  names: string[]
}

/**
 * Cities per continent, largest first. Only the cities a source names: the article's total counts
 * facilities, which no source places, so it is stated beside the rows, never drawn as a row of its own.
 */
export function ecxByContinent(metros: readonly Metro[], lang: DeckLang = 'en'): ContinentRow[] {
  return CONTINENT_ORDER
    .map(continent => ({
      label: continent,
      name: CONTINENT_NAME[continent][lang],
      names: metros.filter(m => m.continent === continent).map(m => m.short),
    }))
    .map(row => ({ ...row, count: row.names.length }))
    .filter(row => row.count > 0)
    .sort((a, b) => b.count - a.count || CONTINENT_ORDER.indexOf(a.label) - CONTINENT_ORDER.indexOf(b.label))
}

export interface CountryRow {
  country: string
  /** Regions open by the cut-off month, then those opened after it. */
  regions: { record: Region, early: boolean }[]
  early: number
  later: number
}

/** Regions per country or territory, most first; `early` marks those open by `month` ("2015-06"). */
export function regionsByCountry(regions: readonly Region[], month: string): CountryRow[] {
  const countries = [
    ...new Set(regions.map(r => r.country)),
  ]
  // Ties keep the order the countries first appear in the data (the sort is stable), not their names' order,
  // so the English and the Chinese chart draw the same rows in the same order.
  return countries.map((country) => {
    const mine = regions
      .filter(r => r.country === country)
      .map(record => ({
        record,
        early: isOpenBy(record, month),
      }))
      .sort((a, b) => Number(b.early) - Number(a.early) || a.record.opened.localeCompare(b.record.opened))
    const early = mine.filter(r => r.early).length
    return {
      country,
      regions: mine,
      early,
      later: mine.length - early,
    }
  }).sort((a, b) => b.regions.length - a.regions.length || b.early - a.early)
}

export const FACILITIES_WIDTH = 900
export const CELL = { step: 27, radius: 10.5, square: 20 }

/** A row of unit cells: its centre line, the text baseline of its label and count, and the cells' size. */
export interface RowLayout<T> { row: T, y: number, textY: number, cells: { x: number }[], countX: number, radius: number, square: number }

/**
 * Places rows of unit cells: one cell per metro or region, so a count can be checked by eye. A row with
 * more cells than fit in `maxWidth` draws them closer and smaller, so a large count stays in its panel.
 */
export function cellRows<T extends { count?: number, regions?: unknown[] }>(rows: readonly T[], start: { x: number, y: number }, rowHeight: number, maxWidth = Number.POSITIVE_INFINITY): RowLayout<T>[] {
  return rows.map((row, i) => {
    const n = row.count ?? row.regions?.length ?? 0
    const step = Math.min(CELL.step, maxWidth / Math.max(n, 1))
    const scale = step / CELL.step
    const cells = Array.from({ length: n }, (_, j) => ({ x: start.x + step / 2 + j * step }))
    const y = start.y + i * rowHeight
    // The count sits between the label and the cells (right-aligned), so "Asia 3" reads as one line.
    return {
      row,
      y,
      textY: y + 6,
      cells,
      countX: start.x - 12,
      radius: CELL.radius * scale,
      square: CELL.square * scale,
    }
  })
}

export const FACILITIES_HEIGHT = 300
export const PANEL = {
  ecx: { titleX: 0, labelRight: 178, cellsX: 232 },
  aliyun: { titleX: 486, labelRight: 612, cellsX: 666 },
  titleY: 22,
  firstRowY: 62,
  rowHeight: 36,
  // The right panel's rows sit half a row lower than the left's: rows level across the two panels read as
  // one line in text taken from the PDF ("North America 8 China 5"), mixing the two charts.
  aliyunDrop: 18,
}
/** Room for a row's cells before the next panel (or the chart's edge) begins. */
const CELLS_WIDTH = {
  ecx: PANEL.aliyun.titleX - PANEL.ecx.cellsX - 40,
  aliyun: FACILITIES_WIDTH - PANEL.aliyun.cellsX - 40,
}

/** Everything the facilities chart places: rows of unit cells for both panels, the totals and the key. */
export function facilitiesLayout(ecx: readonly ContinentRow[], countries: readonly CountryRow[]) {
  const ecxRows = cellRows(ecx, { x: PANEL.ecx.cellsX, y: PANEL.firstRowY }, PANEL.rowHeight, CELLS_WIDTH.ecx)
  const aliyunRows = cellRows(countries, { x: PANEL.aliyun.cellsX, y: PANEL.firstRowY + PANEL.aliyunDrop }, PANEL.rowHeight, CELLS_WIDTH.aliyun)
  const widest = Math.max(0, ...ecxRows.map(r => (r.cells.at(-1)?.x ?? PANEL.ecx.cellsX) + CELL.step / 2 - PANEL.ecx.cellsX))
  const totalY = PANEL.firstRowY + ecx.length * PANEL.rowHeight + 4
  const keyY = PANEL.firstRowY + PANEL.aliyunDrop + countries.length * PANEL.rowHeight + 8
  const keyCell = CELL.square - 4
  return {
    width: FACILITIES_WIDTH,
    height: Math.max(FACILITIES_HEIGHT, totalY + 52, keyY + 66),
    ecxRows,
    aliyunRows,
    total: {
      x1: PANEL.ecx.cellsX,
      x2: PANEL.ecx.cellsX + widest,
      lineY: totalY - 16,
      y: totalY + 8,
    },
    /** Baselines of the two lines under the total that say what the article counts instead. */
    note: {
      x: PANEL.ecx.titleX,
      ys: [totalY + 30, totalY + 48],
    },
    /** The key under the Aliyun panel: a filled and an outlined cell with their texts, then a fine-print line. */
    key: {
      x: PANEL.aliyun.titleX,
      y: keyY,
      cell: keyCell,
      open: { cellY: keyY - 14, textX: PANEL.aliyun.titleX + 26, textY: keyY },
      later: { cellY: keyY + 14, textX: PANEL.aliyun.titleX + 26, textY: keyY + 28 },
      fineY: keyY + 58,
    },
  }
}
