// A copy of the project for a test to edit as an analyst or an editor would (a figure, a translation), leaving
// the live deck untouched: everything but installed and generated folders; node_modules is linked, not copied.
import { cpSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../../scripts/lib/paths.ts'

/** Copies the deck into `<into>/<name>` and returns that folder. */
export function copyDeck(into: string, name: string): string {
  const root = join(into, name)
  cpSync(PROJECT_ROOT, root, {
    recursive: true,
    filter: source => !/[/\\](?:node_modules|\.git|exports|screenshots|dist|\.scratch)$/.test(source),
  })
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir')
  return root
}
