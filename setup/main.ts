// Runs in the browser when the deck's app starts (every window: audience, presenter, print).
import type { AppSetup } from '@slidev/types'
import { seedNotesWidth } from '../components/lib/presenter-layout.ts'

const setup: AppSetup = () => {
  try {
    seedNotesWidth(window.localStorage, window.innerWidth)
  }
  catch {
    // No localStorage (a locked-down browser): Slidev's own default width stays.
  }
}

export default setup
