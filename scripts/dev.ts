import { spawn } from 'node:child_process'
// npm run dev: present the deck. Opens the browser unless running under CI; extra arguments go to Slidev
// (for example `npm run dev -- --remote` to drive the deck from a phone).
import process from 'node:process'
import { PROJECT_ROOT, SLIDEV_BIN } from './lib/paths.ts'

const openBrowser = !process.env.CI
const args = [
  SLIDEV_BIN,
  'slides.md',
  ...(openBrowser
    ? ['--open']
    : []),
  ...process.argv.slice(2),
]
const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, stdio: 'inherit' })
child.on('exit', code => process.exit(code ?? 0))
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => child.kill(signal))
