import type { DeckData } from '../../data/lookup.ts'
import type { Actor, HindsightEvent } from '../../data/schema.ts'
import type { ChartModel } from './chart-model.ts'
import type { HindsightLayout } from './hindsight-layout.ts'
import type { UiTextKey } from './ui-text.ts'
// HindsightTimeline's model: what came after the 2015 deal, to the deck's as-of date, in a lane for each
// government and one for the companies, so the audience sees the door narrow from both sides. The PPTX
// keeps it as a vector picture.
import { formatMonth, sourceLimitToFit, TIMELINE_SOURCE_FIT } from './format.ts'
import { hindsightLayout } from './hindsight-layout.ts'
import { joinSentences, langOf, list, textsIn } from './ui-text.ts'

/**
 * The lanes in the order they are told (and revealed): Beijing first, then Washington, then the firms. Each
 * lane's name is an entry of ui-text.ts, said in the slide language.
 */
export const HINDSIGHT_LANES: readonly { id: string, name: Extract<UiTextKey, `lane${string}`>, actors: readonly Actor[] }[] = [
  {
    id: 'china',
    name: 'laneChina',
    actors: ['china-government'],
  },
  {
    id: 'us',
    name: 'laneUs',
    actors: ['us-government'],
  },
  {
    id: 'companies',
    name: 'laneCompanies',
    actors: ['alibaba', 'us-clouds', 'equinix'],
  },
]

export interface HindsightModel extends ChartModel {
  kind: 'hindsight-timeline'
  sources: string[]
  sourceLimit: number
  /** Each lane's id, for its colour; a lane with no events in the data is left out. */
  laneIds: string[]
  /** The start marker's label: the partnership and its month. */
  startText: string
  /** Said at the top right, level with the start's label: the years are not to scale. */
  scaleText: string
  layout: HindsightLayout<HindsightEvent>
}

/** `step`: the click step (a lane a click; the takeaway with the last); without one, everything shows. */
export function hindsightModel(data: DeckData, step?: number): HindsightModel {
  const deal = data.events.find(e => e.id === data.partnership?.event)
  if (!deal)
    throw new Error('The hindsight timeline starts at the partnership: the data needs "partnership.event" naming one of its events')
  const lang = langOf(data)
  const t = textsIn(lang)
  const month = (date: string) => formatMonth(date, lang)
  const lanes = HINDSIGHT_LANES
    .map(lane => ({
      ...lane,
      name: t(lane.name),
      events: data.hindsightEvents.filter(e => lane.actors.includes(e.actor)),
    }))
    .filter(lane => lane.events.length)
  const last = data.hindsightEvents.map(e => e.date).sort().at(-1) ?? deal.date
  const end = data.asOf ?? last
  const startText = t('withDate')(deal.label, month(deal.date))
  const layout = hindsightLayout(lanes, {
    start: deal.date,
    end,
    dateOf: e => e.date,
    labelOf: e => e.label,
  })
  const endText = month(end)
  // Each step's first source; the line names as many as fit in two lines, then how many more the backup lists.
  const sources = [
    ...new Set([
      deal,
      ...lanes.flatMap(l => l.events),
    ].map(e => e.sources[0]!)),
  ]
  const laneText = layout.lanes.map(lane => t('hindsightLane')(lane.name, lane.labels.length, joinSentences(lane.labels
    .map(({ event }) => t('hindsightStep')(month(event.date), event.label, event.detail)), lang)))
  return {
    kind: 'hindsight-timeline',
    title: t('hindsightTitle')(month(deal.date), endText),
    description: joinSentences([
      t('hindsightIntro')(startText, endText, lanes.length),
      ...laneText,
      t('hindsightYears')(list(layout.years.map(y => String(y.year)), lang)),
    ], lang),
    width: layout.width,
    height: layout.height,
    sourceLimit: sourceLimitToFit(sources, data, TIMELINE_SOURCE_FIT),
    sources,
    laneIds: lanes.map(l => l.id),
    takeawayShown: step === undefined || step >= lanes.length,
    startText,
    scaleText: t('hindsightScale'),
    layout,
  }
}
