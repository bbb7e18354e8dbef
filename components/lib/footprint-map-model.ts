import type { DeckData } from '../../data/lookup.ts'
import type { ChartModel } from './chart-model.ts'
import type { MapLayout } from './map-layout.ts'
// FootprintMap's model: the Aliyun regions open at the partnership month, the Equinix cities a source
// names and where the two meet, placed on the map. The PPTX keeps the map as a vector picture.
import { ecxFootprint, partnershipWindow } from '../../data/lookup.ts'
import { mapDescription } from './chart-text.ts'
import { formatMonth } from './format.ts'
import { mapLayout } from './map-layout.ts'
import { regionsOpenBy } from './months.ts'
import { langOf, textsIn } from './ui-text.ts'

export interface FootprintMapModel extends ChartModel {
  kind: 'footprint-map'
  sources: string[]
  layout: MapLayout
  /** The note beside the cities: what the article counts instead, line by line. */
  noteLines: string[]
}

/** The map's click steps: Aliyun's regions, the Equinix cities, the bridge. */
export const MAP_STEPS = 3

/** `step`: the click the slide is at (the takeaway comes with the bridge); without one, the final state. */
export function footprintMapModel(data: DeckData, step?: number): FootprintMapModel {
  const lang = langOf(data)
  const t = textsIn(lang)
  const { month } = partnershipWindow(data)
  const regions = regionsOpenBy(data.regions, month)
  const { total, sources } = ecxFootprint(data, regions)
  const when = formatMonth(month, lang)
  // The article's total counts facilities, which no source places: say so beside the cities, never as dots.
  const noteLines = [
    t('mapNoteCounts')(total.value),
    t('mapNoteFacilities'),
    t('mapNoteCities')(data.ecx.metros.length),
  ]
  const legend = [
    t('mapRegionLegend')(when),
    data.ecx.citiesLabel,
    t('mapMeetLegend'),
  ]
  const layout = mapLayout({
    metros: data.ecx.metros,
    regions,
    legend,
    noteLines,
  })
  return {
    kind: 'footprint-map',
    title: t('mapTitle')(when),
    description: mapDescription({
      metros: data.ecx.metros,
      citiesDescription: data.ecx.citiesDescription,
      facilities: total.value,
      regions,
      meetings: layout.meetings.map(m => m.name),
      asOf: when,
    }, lang),
    width: layout.width,
    height: layout.height,
    sources,
    layout,
    noteLines,
    takeawayShown: step === undefined || step >= MAP_STEPS,
  }
}
