// The deck's data in a component: `const deckData = useDeckData()` in setup, then `deckData()` inside
// attempt(), which returns the validated data or throws its problems (naming record, field and value),
// so the chart shows them in its error box. The data is the one Vite serves as `virtual:deck-data`
// (node/deck-data-plugin.ts), or, when a parent provides one under `deckDataKey`, that one: tests mount
// a component with `global: { provide: { [deckDataKey]: serveDeckData(fixture) } }`.
import type { InjectionKey } from 'vue'
import type { DeckData, ServedDeckData } from '../data/lookup.ts'
import served from 'virtual:deck-data'
import { inject } from 'vue'
import { DeckDataError } from '../data/lookup.ts'

export const deckDataKey: InjectionKey<ServedDeckData> = Symbol('deck data')

export function useDeckData(): () => DeckData {
  const deck = inject(deckDataKey, served)
  return () => {
    if (deck.problems)
      throw new DeckDataError(deck.problems)
    return deck.data
  }
}
