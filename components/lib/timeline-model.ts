import type { DeckData } from '../../data/lookup.ts'
import type { ChartModel } from './chart-model.ts'
import type { TimelineLayout } from './timeline-layout.ts'
// ExpansionTimeline's model: the events on a proportional month axis, the partnership's event to draw in
// the accent colour, and the footnotes of events the sources date differently. The PPTX keeps the
// timeline as a vector picture.
import { timelineDescription } from './chart-text.ts'
import { formatMonth, sourceLimitToFit, TIMELINE_SOURCE_FIT } from './format.ts'
import { timelineLayout } from './timeline-layout.ts'
import { langOf, uiText } from './ui-text.ts'

export interface TimelineModel extends ChartModel {
  kind: 'expansion-timeline'
  sources: string[]
  sourceLimit: number
  layout: TimelineLayout
  /** The event drawn in the accent colour; a timeline without a partnership in its data highlights none. */
  highlight: string | undefined
  /** Each footnote with the index of its event, so it appears with it. */
  notes: { index: number, text: string }[]
}

/**
 * `footnotes: false` leaves out the "*" marks and their notes (a deck that corrects dates on a backup slide);
 * `step`: the click step (an event a click; the takeaway with the last); without one, everything shows.
 */
export function timelineModel(data: DeckData, options: { footnotes?: boolean, step?: number } = {}): TimelineModel {
  const lang = langOf(data)
  const footnotes = options.footnotes ?? true
  const dateText = (date: string) => formatMonth(date, lang)
  const layout = footnotes
    ? timelineLayout(data.events, dateText)
    : timelineLayout(data.events, dateText, () => '')
  const sources = [
    ...new Set(layout.events.flatMap(e => e.event.sources)),
  ]
  return {
    kind: 'expansion-timeline',
    title: uiText(lang, 'timelineTitle')(`${layout.events[0]?.dateText}`, `${layout.events.at(-1)?.dateText}`),
    description: timelineDescription(layout.events, lang),
    width: layout.width,
    height: layout.height,
    sources,
    sourceLimit: sourceLimitToFit(sources, data, TIMELINE_SOURCE_FIT),
    layout,
    highlight: data.partnership?.event,
    takeawayShown: options.step === undefined || options.step >= layout.events.length,
    notes: footnotes
      ? layout.events.flatMap((e, index) => (e.event.disagreement
          ? [
              { index, text: e.event.disagreement },
            ]
          : []))
      : [],
  }
}
