// Serves the deck in Slidev's "export" mode (the mode `slidev export` uses), which is the only mode
// with the print routes. Run as a child process: node scripts/lib/export-server.ts <port>
import { createServer, resolveOptions } from '@slidev/cli'
import { join } from 'node:path'
import { PROJECT_ROOT } from './paths.ts'

const port = Number(process.argv[2])
if (!Number.isInteger(port) || port <= 0)
  throw new Error(`export-server: port must be a positive whole number; got "${process.argv[2]}"`)

const options = await resolveOptions({ entry: join(PROJECT_ROOT, 'slides.md') }, 'export')
const server = await createServer(options, { server: { port, host: '127.0.0.1', strictPort: true }, logLevel: 'warn', clearScreen: false })
await server.listen(port)
