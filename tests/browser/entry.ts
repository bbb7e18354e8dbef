import { existsSync } from 'node:fs'
import { isAbsolute, join, relative } from 'node:path'
// Which deck the browser gate checks: slides.md, or the file named by DECK_ENTRY (relative to the
// project), so a scratch copy with a slide broken on purpose can be run through the same gate.
import process from 'node:process'
import { PROJECT_ROOT } from '../../scripts/lib/paths.ts'

export function deckEntry(env: Record<string, string | undefined> = process.env): { file: string, relativeFile: string } {
  const named = env.DECK_ENTRY?.trim() || 'slides.md'
  const file = isAbsolute(named)
    ? named
    : join(PROJECT_ROOT, named)
  if (!existsSync(file))
    throw new Error(`DECK_ENTRY names "${named}", but there is no such file`)
  return {
    file,
    relativeFile: relative(PROJECT_ROOT, file),
  }
}
