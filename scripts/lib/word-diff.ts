// A word-level diff for a reviewer: which words of a slide were removed and which added, in reading order.
// Spacing and line breaks do not count (pdftotext's layout moves them when a number gets wider). The diffing
// itself is jsdiff's (`diff`) over the two texts' words; this file groups its runs into hunks with context.
import { diffArrays } from 'diff'

/** One run of words that differs: `removed` were in the old text at this point, `added` are in the new one. */
export interface TextHunk {
  removed: string[]
  added: string[]
  /** Up to CONTEXT_WORDS words of the new text just before and just after the change, to find it by. */
  lead: string[]
  trail: string[]
}

const CONTEXT_WORDS = 3

const words = (text: string) => text.split(/\s+/).filter(Boolean)

/** The runs of words that differ between two texts, in reading order; none when the words are the same. */
export function wordDiff(before: string, after: string): TextHunk[] {
  const newWords = words(after)
  const hunks: TextHunk[] = []
  let open: TextHunk | undefined
  // How many of the new text's words lie before the run at hand.
  let at = 0
  for (const run of diffArrays(words(before), newWords)) {
    if (!run.added && !run.removed) {
      if (open)
        open.trail = newWords.slice(at, at + CONTEXT_WORDS)
      open = undefined
      at += run.value.length
      continue
    }
    if (!open) {
      open = {
        removed: [],
        added: [],
        lead: newWords.slice(Math.max(0, at - CONTEXT_WORDS), at),
        trail: [],
      }
      hunks.push(open)
    }
    if (run.removed) {
      open.removed.push(...run.value)
    }
    else {
      open.added.push(...run.value)
      at += run.value.length
    }
  }
  return hunks
}
