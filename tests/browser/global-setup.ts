// Starts the deck's dev server once for every browser test file, on a free local port.
import type { TestProject } from 'vitest/node'
import { startDeck } from '../../scripts/lib/slidev-server.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    deckUrl: string
  }
}

export default async function setup(project: TestProject) {
  const deck = await startDeck({ mode: 'dev' })
  project.provide('deckUrl', deck.url)
  return () => deck.stop()
}
