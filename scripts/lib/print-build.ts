// Every export prints what `slidev build` compiled, not a dev server: the bundle is compiled once, ahead of
// the browser, so Chromium loads a few finished files instead of waiting on a dev server compiling the
// deck's modules (the bench traced the dev-server export's extra seconds to that). `slidev build` leaves
// the print routes (/print, /presenter/print) out unless `download` is on, which would also make it export a
// PDF with its own browser; so this build turns on the print routes alone.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { resolveOptions } from '@slidev/cli'
import { injectPreparserExtensionLoader } from '@slidev/parser/fs'
import preparser from '../../setup/preparser.ts'
import { PROJECT_ROOT } from './paths.ts'
import { hostStatically } from './static-host.ts'

// The slidev command loads setup/preparser.ts (the deck's [[fig:...]] tokens) itself; Slidev used as a
// library does not, so hand it over here, or the exports would print the tokens as written.
injectPreparserExtensionLoader(async (_roots, headmatter, filepath, mode) => preparser({ filepath, headmatter, mode }))

type SlidevOptions = Awaited<ReturnType<typeof resolveOptions>>
type SlidevBuild = (options: SlidevOptions, viteConfig?: Record<string, unknown>, args?: Record<string, unknown>) => Promise<void>

/** Slidev's `build` command, which its package does not export by name (its file name carries a hash). */
async function slidevBuild(): Promise<SlidevBuild> {
  const dist = join(PROJECT_ROOT, 'node_modules/@slidev/cli/dist')
  const file = readdirSync(dist).find(name => /^build-[\w-]+\.mjs$/.test(name))
  if (!file)
    throw new Error(`export: Slidev's build module was not found in ${dist}; is @slidev/cli installed (npm ci)?`)
  const module = await import(join(dist, file)) as { build: SlidevBuild }
  return module.build
}

/** Builds the deck into `outDir` with the print routes; the data check in vite.config.ts runs as in `npm run build`. */
export async function buildForPrint(outDir: string, entry = join(PROJECT_ROOT, 'slides.md')): Promise<void> {
  // The slidev command loads setup/preparser.ts (the deck's [[fig:...]] tokens) itself; Slidev used as a
  // library does not, so hand it over, as scripts/lib/export-server.ts does.
  injectPreparserExtensionLoader(async (_roots, headmatter, filepath, mode) => preparser({ filepath, headmatter, mode }))
  const options = await resolveOptions({ entry }, 'build')
  options.utils.define.__SLIDEV_FEATURE_PRINT__ = 'true'
  const build = await slidevBuild()
  await build(options, {
    build: { outDir, emptyOutDir: true },
    logLevel: 'error',
    clearScreen: false,
  }, { entry })
}

export interface StaticSite { url: string, stop: () => Promise<void> }

/** Serves a built site on a free local port, as a host would (unknown paths get index.html). */
export function serveBuiltSite(outDir: string): Promise<StaticSite> {
  return hostStatically(outDir, { missing: 'index.html' })
}
