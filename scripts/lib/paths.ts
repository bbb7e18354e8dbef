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
