// Slidev merges this into its own UnoCSS config (setupUnocss in @slidev/cli 53's dist/serve-*.mjs).
// UnoCSS reads every module a build compiles and tries each word of it against its rules, then writes the classes
// that match. The deck's components and pages style themselves (scoped CSS) and were 4,900 of the 12,700 words it
// tried, for one class (bench/RESULTS.md, 7 December). So it reads the slides, the layouts and Slidev's client, not
// them; the few utility classes they use are listed here (tests/unit/unocss-content.test.ts keeps the list complete).
import { defineConfig } from 'unocss'

/** UnoCSS's own default include: merged with Slidev's config, a `content` that names no include matches every file. */
const SCANNED = /\.(?:vue|svelte|[jt]sx|vine\.ts|mdx?|astro|elm|php|phtml|marko|html)(?:$|\?)/
/** UnoCSS's own default exclude (stylesheets), then the deck's code, relative to the deck's folder. */
const NOT_SCANNED = [/\.(?:css|postcss|sass|scss|less|stylus|styl)(?:$|\?)/, 'components/**', 'pages/**']

/** The utility classes components/ and pages/ use. */
export const COMPONENT_UTILITIES = ['sr-only']

export default defineConfig({
  content: {
    pipeline: {
      include: [SCANNED],
      exclude: NOT_SCANNED,
    },
  },
  safelist: COMPONENT_UTILITIES,
})
