// A copy of the project for a test to edit as an analyst or an editor would (a figure, a translation), leaving
// the live deck untouched: everything but installed and generated folders. node_modules is a folder of its own whose
// entries link to the project's: Slidev writes its generated modules into <deck>/node_modules/.slidev as it starts,
// and a copy's Slidev must not rewrite a file the live deck's Slidev (another test file's) is reading.
import { cpSync, mkdirSync, readdirSync, statSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../../scripts/lib/paths.ts'

/** Copies the deck into `<into>/<name>` and returns that folder. */
export function copyDeck(into: string, name: string): string {
  const root = join(into, name)
  cpSync(PROJECT_ROOT, root, {
    recursive: true,
    filter: source => !/[/\\](?:node_modules|\.git|exports|screenshots|dist|\.scratch)$/.test(source),
  })
  const installed = join(PROJECT_ROOT, 'node_modules')
  mkdirSync(join(root, 'node_modules'))
  for (const entry of readdirSync(installed)) {
    if (entry !== '.slidev' && entry !== '.vite') {
      symlinkSync(join(installed, entry), join(root, 'node_modules', entry), statSync(join(installed, entry)).isDirectory()
        ? 'dir'
        : 'file')
    }
  }
  return root
}
