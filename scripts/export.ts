// npm run export | export:clicks | export:pptx | export:png   [--dark] [--out-dir DIR]
// Runs Slidev's own exporter with a browser found on this machine, writing into exports/.
import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { findChromium } from './lib/chromium.ts'
import { readDeck } from './lib/deck.ts'
import { countExportedSlides, type ExportFormat, exportShortfall } from './lib/export-check.ts'
import { EXPORT_DIR, exportBaseName, optionValue, PROJECT_ROOT, SLIDEV_BIN } from './lib/paths.ts'

const FORMATS: readonly ExportFormat[] = ['pdf', 'pptx', 'png']
// Slidev's exporter can capture the print view before its slides are on it (see export-check.ts);
// a second try gives the page this long to settle first.
const RETRY_WAIT_MS = 3000

function parseFormat(value: string | undefined): ExportFormat {
  if (value && (FORMATS as readonly string[]).includes(value))
    return value as ExportFormat
  throw new Error(`export: format must be one of ${FORMATS.join(', ')}; got "${value ?? ''}"`)
}

async function main(): Promise<number> {
  const [formatArg, ...rest] = process.argv.slice(2)
  const format = parseFormat(formatArg)
  const withClicks = rest.includes('--with-clicks')
  const dark = rest.includes('--dark')
  const outDir = optionValue(rest, '--out-dir') ?? EXPORT_DIR
  let browser: string
  try {
    browser = findChromium()
  }
  catch (error) {
    console.error((error as Error).message)
    return 1
  }
  mkdirSync(outDir, { recursive: true })
  const suffix = `${withClicks ? '-clicks' : ''}${dark ? '-dark' : ''}`
  const output = join(outDir, `${exportBaseName()}${suffix}${format === 'png' ? '-png' : ''}`)
  const args = [
    SLIDEV_BIN, 'export', 'slides.md',
    '--format', format,
    '--output', output,
    '--executable-path', browser,
    // PPTX carries the speaker notes; one picture per slide in its final state reads best there.
    `--with-clicks=${withClicks}`,
  ]
  if (dark)
    args.push('--dark')
  const written = format === 'png' ? output : `${output}.${format}`
  const slideCount = (await readDeck()).length
  for (const retry of [false, true]) {
    const run = spawnSync(process.execPath, retry ? [...args, '--wait', String(RETRY_WAIT_MS)] : args, { cwd: PROJECT_ROOT, stdio: 'inherit' })
    if (run.status !== 0) {
      console.error(`export: slidev export failed (exit ${run.status ?? run.signal})`)
      return run.status ?? 1
    }
    const shortfall = exportShortfall(format, written, await countExportedSlides(format, written), slideCount, withClicks)
    if (!shortfall)
      break
    if (retry) {
      console.error(`export: still incomplete after a second try: ${shortfall}. Run it again when the machine is less busy.`)
      return 1
    }
    console.warn(`export: ${shortfall}; exporting again, waiting ${RETRY_WAIT_MS} ms for the slides`)
  }
  const shown = relative(process.cwd(), written) || written
  console.log(`\nWritten: ${format === 'png' ? `${shown}/ (one PNG per slide)` : shown}`)
  return 0
}

process.exitCode = await main()
