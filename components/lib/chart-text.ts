// Text alternatives of the footprint charts: what each shows and its key values, in sentences a
// screen reader reads in order. Built from the same rows the charts draw.
import type { Metro, Region, TimelineEvent } from '../../data/schema.ts'
import type { ContinentRow, CountryRow } from './facilities.ts'

// "A, B and C", as British English writes a list (no comma before "and").
const listFormat = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' })
export const list = (items: readonly string[]): string => listFormat.format(items)

/** The text with its first letter capitalised: a phrase of the chart ("open at the partnership") as a name. */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export function mapDescription(input: { metros: readonly Metro[], citiesDescription: string, facilities: number, regions: readonly Region[], meetings: readonly string[], asOf: string }): string {
  return [
    `World map centred on the Pacific.`,
    `Orange diamonds: the ${input.regions.length} Aliyun regions open in ${input.asOf}: ${list(input.regions.map(r => r.name))}.`,
    `Blue circles: the ${input.metros.length} ${input.citiesDescription}: ${list(input.metros.map(m => m.short))}.`,
    `The article counts ${input.facilities} Cloud Exchange facilities; the sources identify cities, not facilities.`,
    input.meetings.length
      ? `The two networks meet in ${list(input.meetings)}, shown ringed and joined by a line across the Pacific.`
      : '',
  ].filter(Boolean).join(' ')
}

export function facilitiesDescription(input: { ecx: readonly ContinentRow[], citiesLabel: string, facilities: number, countries: readonly CountryRow[], asOf: string, later: string }): string {
  const cities = input.ecx.reduce((sum, row) => sum + row.count, 0)
  const ecxText = input.ecx.map(row => `${row.label} ${row.count}`).join(', ')
  const regionText = input.countries.map((row) => {
    const parts = [`${row.early} open in ${input.asOf}`]
    if (row.later)
      parts.push(`${row.later} opened by ${input.later}`)
    return `${row.country} ${row.regions.length} (${parts.join(', ')}: ${list(row.regions.map(r => r.record.name))})`
  }).join('; ')
  return `Left: ${input.citiesLabel}, by continent, ${cities} in all: ${ecxText}. `
    + `The article counts ${input.facilities} Cloud Exchange facilities; the sources identify cities, not facilities. `
    + `Right: Aliyun regions by country or region: ${regionText}.`
}

export function timelineDescription(events: readonly { event: TimelineEvent, dateText: string }[]): string {
  const items = events.map(({ event, dateText }) => `${dateText}: ${event.label}, ${event.detail}${event.disagreement
    ? ` (${event.disagreement})`
    : ''}.`)
  return `Timeline of Alibaba's push abroad, ${events.length} events in date order. ${items.join(' ')}`
}
