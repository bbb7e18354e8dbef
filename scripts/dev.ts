// npm run dev: present the deck. Opens the browser unless running under CI; extra arguments go to Slidev
// (for example `npm run dev -- --remote` to drive the deck from a phone).
import process from 'node:process'
import { presentDeck } from '../build/slidev-adapter.ts'

process.exitCode = await presentDeck(process.argv.slice(2), { open: !process.env.CI })
