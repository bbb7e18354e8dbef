// Estimated width of a line of Inter text, in the same units as its font size (no DOM needed, so the
// geometry is testable in node). Generous on purpose: a label judged to fit does fit. Chinese characters
// and full-width punctuation (drawn by the system's CJK font) take a full em each.

/** Han characters, CJK punctuation (、。「」) and full-width forms (，：（）). */
export const WIDE_CHAR = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]/u

function ems(char: string): number {
  if (WIDE_CHAR.test(char))
    return 1
  if (/[il.,:;!|'’ ()]/.test(char))
    return 0.32
  if (/[fjrtI·\-]/.test(char))
    return 0.42
  if (/[mw%]/i.test(char))
    return 0.92
  if (/[A-Z]/.test(char))
    return 0.72
  return 0.6
}

export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let total = 0
  for (const char of text)
    total += ems(char)
  return total * fontSize * (bold ? 1.07 : 1)
}
