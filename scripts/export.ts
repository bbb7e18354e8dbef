// npm run export | export:clicks | export:pptx | export:png   [--dark] [--out-dir DIR]
// Runs Slidev's own exporter with a browser found on this machine, writing into exports/.
import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { findChromium } from './lib/chromium.ts'
import { EXPORT_DIR, exportBaseName, optionValue, PROJECT_ROOT, SLIDEV_BIN } from './lib/paths.ts'

type Format = 'pdf' | 'pptx' | 'png'
const FORMATS: readonly Format[] = ['pdf', 'pptx', 'png']

function parseFormat(value: string | undefined): Format {
  if (value && (FORMATS as readonly string[]).includes(value))
    return value as Format
  throw new Error(`export: format must be one of ${FORMATS.join(', ')}; got "${value ?? ''}"`)
}

function main(): number {
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
  const run = spawnSync(process.execPath, args, { cwd: PROJECT_ROOT, stdio: 'inherit' })
  if (run.status !== 0) {
    console.error(`export: slidev export failed (exit ${run.status ?? run.signal})`)
    return run.status ?? 1
  }
  const written = format === 'png' ? `${output}/ (one PNG per slide)` : `${output}.${format}`
  console.log(`\nWritten: ${relative(process.cwd(), written) || written}`)
  return 0
}

process.exitCode = main()
