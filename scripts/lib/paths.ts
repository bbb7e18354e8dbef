import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const EXPORT_DIR = join(PROJECT_ROOT, 'exports')

/** The deck's `exportFilename` headmatter, so every export shares one name. */
export function exportBaseName(slidesPath = join(PROJECT_ROOT, 'slides.md')): string {
  const headmatter = readFileSync(slidesPath, 'utf8').split(/^---$/m)[1] ?? ''
  const match = headmatter.match(/^exportFilename:\s*(\S+)\s*$/m)
  return match?.[1] ?? 'slides'
}

/** The value after `--name` in a command line, e.g. `--out-dir exports/`. */
export function optionValue(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name)
  if (at === -1)
    return undefined
  const value = args[at + 1]
  if (!value || value.startsWith('--'))
    throw new Error(`${name} needs a value`)
  return value
}
