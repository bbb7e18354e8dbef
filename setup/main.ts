// Runs in the browser when the deck's app starts (every window: audience, presenter, print).
import type { AppSetup } from '@slidev/types'
import type { Router } from 'vue-router'
import type { SlideLinks } from '../composables/slide-links.ts'
import { useNav } from '@slidev/client'
import { chosenNotesLang, NOTES_LANG_KEY } from '../components/lib/deck-lang.ts'
import { seedNotesWidth } from '../components/lib/presenter-layout.ts'
import { registerSlidesOf } from '../components/lib/register-mark.ts'
import { printPageId, slideLinksKey } from '../composables/slide-links.ts'

function storage(): Storage | undefined {
  try {
    return window.localStorage
  }
  catch {
    // A locked-down browser: Slidev's defaults stay, and the notes follow the slides' language.
    return undefined
  }
}

/**
 * Links between slides from Slidev's state: the register slides from their frontmatter, a slide's route through
 * the router (history or hash, under any base), and in the print view the page, which Chromium keeps as a PDF link.
 */
function slidevSlideLinks(router: Router): SlideLinks {
  const nav = useNav()
  return {
    register: () => registerSlidesOf(nav.slides.value.map(route => ({ no: route.no, frontmatter: route.meta?.slide?.frontmatter }))),
    href: no => nav.isPrintMode.value
      ? `#${printPageId(no)}`
      : router.resolve(`/${no}`).href,
    ...(nav.isPrintMode.value
      ? {}
      : {
          go: (no: number) => void nav.go(no),
        }),
  }
}

const setup: AppSetup = ({ app, router }) => {
  app.provide(slideLinksKey, () => slidevSlideLinks(router))
  const kept = storage()
  if (kept)
    seedNotesWidth(kept, window.innerWidth)
  // The notes carry both languages (setup/preparser.ts); styles/notes.css shows the chosen one.
  const notes = chosenNotesLang(window.location.search, kept?.getItem(NOTES_LANG_KEY))
  if (notes)
    document.documentElement.dataset.notesLang = notes
  // Remote mode: nothing over the network changes the deck, so the presenter view offers no note editor
  // (styles/presenter.css); the server refuses the saves anyway (node/remote-gate.ts).
  if (__DECK_REMOTE__)
    document.documentElement.dataset.deckRemote = ''
}

export default setup
