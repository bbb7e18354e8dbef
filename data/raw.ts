import type { DeckDataInput } from './schema.ts'
// Every record of the deck's data as typed in the files beside this one, before validation.
import { claims } from './claims.ts'
import { figures } from './figures.ts'
import { asOf, ecx, events, hindsightEvents, partnership, regions } from './footprint.ts'
import { sources } from './sources.ts'

export const rawDeckData: DeckDataInput = {
  sources,
  figures,
  ecx,
  regions,
  events,
  partnership,
  asOf,
  hindsightEvents,
  claims,
}
