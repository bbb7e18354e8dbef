import type { Metro, Region, TimelineEvent } from '../../data/schema.ts'
// Text alternatives of the footprint charts: what each shows and its key values, in sentences a
// screen reader reads in order, in the slide language (the sentences are in ui-text.ts). Built from the
// same rows the charts draw.
import type { DeckLang } from './deck-lang.ts'
import type { ContinentRow, CountryRow } from './facilities.ts'
import { joinSentences, list, textsIn } from './ui-text.ts'

/** The text with its first letter capitalised: a phrase of the chart ("open at the partnership") as a name. */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export function mapDescription(input: { metros: readonly Metro[], citiesDescription: string, facilities: number, regions: readonly Region[], meetings: readonly string[], asOf: string }, lang: DeckLang = 'en'): string {
  const t = textsIn(lang)
  return joinSentences([
    t('mapCentred'),
    t('mapRegions')(input.regions.length, input.asOf, list(input.regions.map(r => r.name), lang)),
    t('mapCities')(input.metros.length, input.citiesDescription, list(input.metros.map(m => m.short), lang)),
    t('articleCountsFacilities')(input.facilities),
    input.meetings.length
      ? t('mapMeetings')(list(input.meetings, lang))
      : '',
  ], lang)
}

export function facilitiesDescription(input: { ecx: readonly ContinentRow[], citiesLabel: string, facilities: number, countries: readonly CountryRow[], asOf: string, later: string }, lang: DeckLang = 'en'): string {
  const t = textsIn(lang)
  const cities = input.ecx.reduce((sum, row) => sum + row.count, 0)
  const ecxText = input.ecx.map(row => t('continentCount')(row.name, row.count)).join(t('listComma'))
  const regionText = input.countries.map((row) => {
    const parts = [
      t('regionsOpenIn')(row.early, input.asOf),
    ]
    if (row.later)
      parts.push(t('regionsOpenedBy')(row.later, input.later))
    return t('countryRegions')(row.country, row.regions.length, parts.join(t('clauseComma')), list(row.regions.map(r => r.record.name), lang))
  }).join(t('semicolon'))
  return joinSentences([
    t('facilitiesLeft')(input.citiesLabel, cities, ecxText),
    t('articleCountsFacilities')(input.facilities),
    t('facilitiesRight')(regionText),
  ], lang)
}

export function timelineDescription(events: readonly { event: TimelineEvent, dateText: string }[], lang: DeckLang = 'en'): string {
  const t = textsIn(lang)
  const items = events.map(({ event, dateText }) => t('timelineEvent')(dateText, event.label, event.detail, event.disagreement ?? ''))
  return joinSentences([
    t('timelineIntro')(events.length),
    joinSentences(items, lang),
  ], lang)
}
