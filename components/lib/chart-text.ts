// Text alternatives of the footprint charts: what each shows and its key values, in sentences a
// screen reader reads in order. Built from the same rows the charts draw.
import type { Metro, Region, TimelineEvent } from '../../data/schema.ts'
import type { ContinentRow, CountryRow } from './facilities.ts'

// "A, B and C", as British English writes a list (no comma before "and").
const listFormat = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' })
export const list = (items: readonly string[]): string => listFormat.format(items)

export function mapDescription(input: { metros: readonly Metro[], total: number, period: string, regions: readonly Region[], meetings: readonly string[], asOf: string }): string {
  const unlisted = input.total - input.metros.length
  return [
    `World map centred on the Pacific.`,
    `Orange diamonds: the ${input.regions.length} Aliyun regions open in ${input.asOf}: ${list(input.regions.map(r => r.name))}.`,
    `Blue circles: ${input.metros.length} of the ${input.total} Equinix Cloud Exchange metros of ${input.period}, as named by sources: ${list(input.metros.map(m => m.short))}.`,
    unlisted > 0 ? `The other ${unlisted} metros are not publicly listed, so they are counted but not placed.` : '',
    input.meetings.length ? `The two networks meet in ${list(input.meetings)}, shown ringed and joined by a line across the Pacific.` : '',
  ].filter(Boolean).join(' ')
}

export function facilitiesDescription(ecx: readonly ContinentRow[], total: number, period: string, countries: readonly CountryRow[], asOf: string, later: string): string {
  const ecxText = ecx.map(row => `${row.label} ${row.count}`).join(', ')
  const regionText = countries.map((row) => {
    const parts = [`${row.early} open in ${asOf}`]
    if (row.later)
      parts.push(`${row.later} opened by ${later}`)
    return `${row.country} ${row.regions.length} (${parts.join(', ')}: ${list(row.regions.map(r => r.record.name))})`
  }).join('; ')
  const named = ecx.filter(row => !row.unlisted).reduce((sum, row) => sum + row.count, 0)
  return `Left: Equinix Cloud Exchange metros of ${period} by continent, adding up to ${total} (${named} named, ${total - named} unlisted): ${ecxText}. `
    + `Right: Aliyun regions by country or territory: ${regionText}.`
}

export function timelineDescription(events: readonly { event: TimelineEvent, dateText: string }[]): string {
  const items = events.map(({ event, dateText }) => `${dateText}: ${event.label}, ${event.detail}${event.disagreement ? ` (${event.disagreement})` : ''}.`)
  return `Timeline of Alibaba's push abroad, ${events.length} events in date order. ${items.join(' ')}`
}
