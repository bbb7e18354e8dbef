// Modules the deck's own Vite plugins serve.

declare module 'virtual:deck-data' {
  /** The deck's data as build/deck-data-plugin.ts validated it, or the problems it found. */
  const served: import('./data/lookup.ts').ServedDeckData
  export default served
}
