// Slidev merges this into its Vite config. The deck's own plugins (the data module, the data check, the
// build targets) are in setup/vite-plugins.ts, where Slidev hands them its options.
import process from 'node:process'
import { defineConfig } from 'vite'
import { cjkKeepMarkdown } from './node/cjk-keep-markdown.ts'
import { langFromEnv } from './node/process-lang.ts'

export default defineConfig({
  slidev: {
    // Slidev registers every .vue/.ts file under components/ as a component; the pure TypeScript in
    // components/lib/ is geometry and formatting, not components (lib/fact-check.ts would shadow FactCheck).
    components: {
      globsExclude: ['**/components/lib/**'],
    },
    // The Chinese slides: dates, amounts and names never broken across lines (node/cjk-keep-markdown.ts).
    markdown: {
      markdownSetup: md => cjkKeepMarkdown(md, langFromEnv(process.env)),
    },
  },
  // No server.warmup: compiling every chart at start took the two cores from the modules slide 1 waits for
  // (bench/RESULTS.md), and Slidev itself loads every slide 3 s after the first is shown.
  optimizeDeps: {
    // Pre-bundle the charts' libraries when the server starts. Found later (on the first chart slide),
    // Vite re-optimises mid-session and answers "504 Outdated Optimize Dep", reloading the page.
    // (setup/vite-plugins.ts takes TypeScript out of Slidev's own list.)
    include: ['d3-geo', 'd3-scale'],
  },
  // Servers started by the tests and scripts each get their own dependency cache, so two running side
  // by side never swap pre-bundled files under each other's pages. Vite's default otherwise.
  cacheDir: process.env.DECK_VITE_CACHE_DIR || undefined,
})
