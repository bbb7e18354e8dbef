// Runs in the browser when the deck's app starts (every window: audience, presenter, print).
import type { AppSetup } from '@slidev/types'
import { chosenNotesLang, NOTES_LANG_KEY } from '../build/deck-lang.ts'
import { seedNotesWidth } from '../components/lib/presenter-layout.ts'

function storage(): Storage | undefined {
  try {
    return window.localStorage
  }
  catch {
    // A locked-down browser: Slidev's defaults stay, and the notes follow the slides' language.
    return undefined
  }
}

const setup: AppSetup = () => {
  const kept = storage()
  if (kept)
    seedNotesWidth(kept, window.innerWidth)
  // The notes carry both languages (setup/preparser.ts); styles/notes.css shows the chosen one.
  const notes = chosenNotesLang(window.location.search, kept?.getItem(NOTES_LANG_KEY))
  if (notes)
    document.documentElement.dataset.notesLang = notes
  // Remote mode: nothing over the network changes the deck, so the presenter view offers no note editor
  // (styles/presenter.css); the server refuses the saves anyway (build/remote-gate.ts).
  if (__DECK_REMOTE__)
    document.documentElement.dataset.deckRemote = ''
}

export default setup
