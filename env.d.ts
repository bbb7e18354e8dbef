// Modules the deck's own Vite plugins serve.

declare module 'virtual:deck-data' {
  /** The deck's data as node/deck-data-plugin.ts validated it, or the problems it found. */
  const served: import('./data/lookup.ts').ServedDeckData
  export default served
}

declare module 'virtual:cjk-font.css' {
  // A stylesheet (node/cjk-font.ts): Noto Sans SC's @font-face rules and the Chinese font stack; nothing to import.
}

declare module 'virtual:cjk-notes-font.css' {
  // The same fonts for the English deck's presenter view (Chinese notes beside English slides); empty in Chinese.
}

/** Served for remote control (`npm run dev -- --remote`): setup/vite-plugins.ts defines it in every build and server. */
declare const __DECK_REMOTE__: boolean
