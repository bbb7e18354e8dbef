// Mount options that give a component its data as the deck's pages get theirs, validated in Node
// (invalid data arrives as its problems, as in the dev server): mount(Fig, { props, global: provideDeckData(fixture) }).
// Without it a component reads `virtual:deck-data`, the deck's own data (vitest.config.ts serves it).
import type { ServedDeckData } from '../data/lookup.ts'
import { deckDataKey } from '../composables/deck-data.ts'
import { serveDeckData } from '../data/validate.ts'

export function provideDeckData(input: unknown): { provide: Record<symbol, ServedDeckData> } {
  return {
    provide: {
      [deckDataKey as symbol]: serveDeckData(input),
    },
  }
}
