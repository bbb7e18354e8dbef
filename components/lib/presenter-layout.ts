// The presenter view's notes column (styles/presenter.css puts the notes in a full-height column on the
// right). Slidev keeps its width in localStorage and starts it at 360px, which leaves a scrolling pane;
// this starts it at a share of the window instead, until the presenter drags it to a width of their own.
export const NOTES_WIDTH_KEY = 'slidev-presenter-notes-width'
/** The width this deck last set, so a width the presenter chose is told apart and kept. */
export const SEEDED_WIDTH_KEY = 'deck-presenter-notes-width'

/** About two fifths of the window, within the 360–720px Slidev's resizer allows. */
export function notesWidthFor(windowWidth: number): number {
  return Math.min(720, Math.max(360, Math.round(windowWidth * 0.4)))
}

type Store = Pick<Storage, 'getItem' | 'setItem'>

/** Sets the notes column's width for this window unless the presenter has chosen one. */
export function seedNotesWidth(store: Store, windowWidth: number): void {
  const stored = store.getItem(NOTES_WIDTH_KEY)
  if (stored !== null && stored !== store.getItem(SEEDED_WIDTH_KEY))
    return
  const width = String(notesWidthFor(windowWidth))
  store.setItem(NOTES_WIDTH_KEY, width)
  store.setItem(SEEDED_WIDTH_KEY, width)
}
