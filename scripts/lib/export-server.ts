import { join } from 'node:path'
import process from 'node:process'
// Serves the deck in Slidev's "export" mode (the mode `slidev export` uses), which is the only mode
// with the print routes. Run as a child process: node scripts/lib/export-server.ts <port>
import { createServer, resolveOptions } from '@slidev/cli'
import { injectPreparserExtensionLoader } from '@slidev/parser/fs'
import preparser from '../../setup/preparser.ts'
import { PROJECT_ROOT } from './paths.ts'

// The slidev command loads setup/preparser.ts (the deck's [[fig:...]] tokens) itself; Slidev used as a
// library does not, so hand it over here.
injectPreparserExtensionLoader(async (_roots, headmatter, filepath, mode) => preparser({ filepath, headmatter, mode }))

const port = Number(process.argv[2])
if (!Number.isInteger(port) || port <= 0)
  throw new Error(`export-server: port must be a positive whole number; got "${process.argv[2]}"`)

const options = await resolveOptions({
  entry: join(PROJECT_ROOT, 'slides.md'),
}, 'export')
const server = await createServer(options, {
  server: { port, host: '127.0.0.1', strictPort: true },
  logLevel: 'warn',
  clearScreen: false,
})
await server.listen(port)
