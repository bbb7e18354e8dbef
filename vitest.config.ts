import type { Plugin } from 'vite'
import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
import { deckDataPlugin } from './node/deck-data-plugin.ts'
import { BrowserFilesInTurn } from './tests/browser/file-order.ts'

// Components read `virtual:deck-data`, served here as in the dev server (tests may provide their own).
const root = fileURLToPath(new URL('.', import.meta.url))

/** The Chinese fonts' stylesheets (node/cjk-font.ts), empty here: a component test reads no glyphs. */
const noFonts: Plugin = {
  name: 'test-no-cjk-fonts',
  resolveId: id => id === 'virtual:cjk-font.css' || id === 'virtual:cjk-notes-font.css'
    ? `\0${id}`
    : undefined,
  load: id => id.startsWith('\0virtual:cjk-')
    ? ''
    : undefined,
}

export default defineConfig({
  test: {
    // Two files at a time on two cores (vitest's default is cores - 1): a browser file often waits on Chromium, a
    // build or a server, and another file uses the core meanwhile. Browser files first (tests/browser/file-order.ts).
    maxWorkers: 2,
    sequence: { sequencer: BrowserFilesInTurn },
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // No file mocks a module or stubs through vitest (tests/unit/unit-isolation.test.ts keeps it so; one swaps
          // console.error and puts it back), so the files share one module graph per worker thread, where each had a
          // process of its own: 25 core-seconds to 16, measured.
          pool: 'threads',
          isolate: false,
        },
      },
      {
        plugins: [
          vue(),
          deckDataPlugin({ root }),
          noFonts,
        ],
        // One happy-dom per worker, not per file (vmThreads keeps each file's modules apart, so vi.mock stays per file).
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.ts'],
          environment: 'happy-dom',
          pool: 'vmThreads',
        },
      },
      {
        // fast-check: random and malformed datasets through the data layer and every chart's rendering.
        plugins: [
          vue(),
          deckDataPlugin({ root }),
        ],
        test: {
          name: 'property',
          include: ['tests/property/**/*.test.ts'],
          environment: 'happy-dom',
          pool: 'vmThreads',
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          // Two browser files at a time, sharing one Chromium and the servers global-setup.ts starts; those that step
          // through the English dev server take turns (dev-server-turn.ts: it keeps its presenter and audience in step).
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
})
