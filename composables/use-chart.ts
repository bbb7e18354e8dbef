// The setup every chart component shares: the deck's data, the "chart:<Name>" render timing `npm run bench`
// reads, the chart's model computed from the data through attempt() (a model that throws, on invalid data or an
// unknown id, gives ChartFrame's error box naming record, field and value, not a blank chart), and its click steps.
//   const props = defineProps<{ step?: number }>()
//   const { model, reached } = useChart('FootprintMap', data => footprintMapModel(data, props.step), props)
import type { ComputedRef } from 'vue'
import type { Attempt } from '../components/lib/attempt.ts'
import type { ChartModel } from '../components/lib/chart-model.ts'
import type { DeckData } from '../data/lookup.ts'
import { computed } from 'vue'
import { attempt } from '../components/lib/attempt.ts'
import { useRenderTiming } from '../components/lib/render-timing.ts'
import { useDeckData } from './deck-data.ts'

export interface Chart<M extends ChartModel> {
  /** The model, or the message of what stopped it: ChartFrame's `chart`. */
  model: ComputedRef<Attempt<M>>
  /** Whether the slide has reached click `n`; always without a `step` (an export or a test shows the final state). */
  reached: (n: number) => boolean
}

/** `name`: the component's, for its timing; `props`: the component's, read for `step` (the slide's `$clicks`). */
export function useChart<M extends ChartModel>(name: string, compute: (data: DeckData) => M, props: { step?: number } = {}): Chart<M> {
  const deckData = useDeckData()
  useRenderTiming(name)
  return {
    model: computed(() => attempt(() => compute(deckData()))),
    reached: n => props.step === undefined || props.step >= n,
  }
}

/**
 * A chart's type sizes (SVG units; ≈ slide px at its viewBox) as the CSS custom properties its style reads, so
 * the layout that measures labels and the drawing use one set: `{ name: 16 }` gives `{ '--name-size': '16px' }`.
 */
export function sizeProperties(sizes: Record<string, number>): Record<string, string> {
  return Object.fromEntries(Object.entries(sizes).map(([name, size]) => [`--${name}-size`, `${size}px`]))
}
