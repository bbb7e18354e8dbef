// A word-level diff for a reviewer: which words of a slide were removed and which added, in reading order.
// Spacing and line breaks do not count (pdftotext's layout moves them when a number gets wider).
// Our own table rather than jsdiff's diffArrays: where a word recurs nearby (23% 23%), jsdiff can show a replaced
// word as an insertion and, a word later, a separate deletion; a reviewer should read 23% → 21%.

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
  const a = words(before)
  const b = words(after)
  // What both share at the start and end needs no table.
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start])
    start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const n = endA - start
  const m = endB - start
  // common[i * (m + 1) + j]: the longest common subsequence of a[start + i..] and b[start + j..].
  const common = new Uint32Array((n + 1) * (m + 1))
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      common[i * (m + 1) + j] = a[start + i] === b[start + j]
        ? common[(i + 1) * (m + 1) + j + 1]! + 1
        : Math.max(common[(i + 1) * (m + 1) + j]!, common[i * (m + 1) + j + 1]!)
    }
  }
  const hunks: TextHunk[] = []
  let open: TextHunk | undefined
  // Where the walk through both texts is (past the shared start).
  let i = 0
  let j = 0
  const hunk = () => {
    if (!open) {
      const at = start + j
      open = {
        removed: [],
        added: [],
        lead: b.slice(Math.max(0, at - CONTEXT_WORDS), at),
        trail: [],
      }
      hunks.push(open)
    }
    return open
  }
  const close = () => {
    if (open)
      open.trail = b.slice(start + j, start + j + CONTEXT_WORDS)
    open = undefined
  }
  while (i < n || j < m) {
    if (i < n && j < m && a[start + i] === b[start + j]) {
      close()
      i++
      j++
    }
    else if (j >= m || (i < n && common[(i + 1) * (m + 1) + j]! >= common[i * (m + 1) + j + 1]!)) {
      hunk().removed.push(a[start + i++]!)
    }
    else {
      hunk().added.push(b[start + j++]!)
    }
  }
  close()
  return hunks
}
