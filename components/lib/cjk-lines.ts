// Chinese set as Chinese is set: the stretches of a Chinese text a line must not break inside, and the checks a
// rendered paragraph's lines must pass. Browsers may break between any two Han characters, so without help a line
// ends in "2015年10月9" and the next starts "日", or a paragraph's last line holds one character and its 。.
//   keepSpans('签约于2015年6月9日，经Equinix Cloud Exchange触达客户。')  -> the date, the name and the last 4 characters
//   keepSegments(text)   -> [{ text: '签约于', keep: false }, { text: '2015年6月9日', keep: true }, …]  (a renderer
//                           wraps each kept segment in <span class="zh-keep">, white-space: nowrap: styles/deck.css)
//   lineProblems(['…', '日，…'])   -> what is wrong with a paragraph as it was set, line by line
// Pure: strings in, spans and messages out; components (KeepText.vue), the Markdown of the slides
// (node/cjk-keep-markdown.ts) and the tests that read the PDF's and the browser's lines share it.
import { ZH_NAMES, ZH_NUMBER_UNITS } from './ui-text.ts'

/** A segment of a text: `keep` segments must stay on one line. */
export interface Segment { text: string, keep: boolean }

/** How many characters a paragraph's last line keeps at least (a closing mark counts: "服务。" is three). */
export const TAIL = 4
/** The fewest characters a paragraph's last line may have. */
export const MIN_LAST_LINE = 3
/** Marks no Chinese line may start with (closing brackets and quotes, pause and stop marks, the ellipsis). */
export const CLOSING = '，。、；：！？）」』》〉】〕］｝”’…—·%,.;:!?)]}'

const NUMBER = String.raw`\d+(?:[.,]\d+)*`
const { year: Y, month: M, day: D, quarters, scales, currencies, measures } = ZH_NUMBER_UNITS
const UNITS = [
  // Quarters, before the dates (the first alternative that matches wins): 2014年第二季度, 第二季度.
  String.raw`(?:\d{4}${Y})?(?:${quarters.join('|')})`,
  // Dates and ranges: 2015年6月9日, 2015年6月, 6月9日, 2014–15年, 1–6月.
  String.raw`\d{4}(?:[–-]\d{2,4})?${Y}(?:\d{1,2}(?:[–-]\d{1,2})?${M}(?:\d{1,2}${D})?)?`,
  String.raw`\d{1,2}(?:[–-]\d{1,2})?${M}(?:\d{1,2}${D})?`,
  String.raw`\d{4}[–-]\d{2,4}`,
  // Amounts with their unit, shares, counts with their measure word: 250亿美元, 25.4%, 7个, 380亿元.
  `${NUMBER}(?:${scales.join('|')})?(?:${currencies.join('|')})`,
  `${NUMBER}%`,
  `${NUMBER}(?:${measures.join('|')})`,
  // A Latin name of up to four words (Equinix Cloud Exchange, Hunton & Williams), or one hyphenated word (us-west-1).
  // (five or more capitalised words in a row are a headline, not a name: they wrap as English does).
  String.raw`(?<![\w'’.&-] ?)[A-Z][\w'’.-]*(?: (?:&|[A-Z0-9][\w'’.-]*)){1,3}(?![\w'’.-]| [&A-Z0-9])`,
  String.raw`[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+`,
  // A name that starts with a number: 11 Main.
  String.raw`(?<![\w.])\d+ [A-Z][\w'’.-]*(?![\w'’.-])`,
  // A title in book marks (《中国日报》, 《网络安全法（草案）》), a quoted term, and the places and companies the deck names in Chinese.
  String.raw`《[^《》]{1,12}》`,
  // A short term in quotation marks, with its marks: “中国军事企业”.
  String.raw`“[^“”]{1,8}”`,
  ...[...ZH_NAMES].sort((a, b) => b.length - a.length),
]
const UNIT = new RegExp(UNITS.join('|'), 'g')
const HAN = /\p{Script=Han}/u
const WORD_CHAR = /[\w%.’'-]/

/**
 * The longest unit kept on one line, in characters: "Equinix Cloud Exchange" and "South China Morning Post" are
 * kept; a longer name ("Marketplace Alliance Program") would not fit a card's narrow line, so it wraps as English does.
 */
export const MAX_UNIT = 24

/** Where each of `text`'s units starts and ends, in order, none overlapping. */
export function unitSpans(text: string): [number, number][] {
  if (!HAN.test(text))
    return []
  return [
    ...text.matchAll(UNIT),
  ].filter(match => match[0].length <= MAX_UNIT).map(match => [match.index, match.index + match[0].length])
}

/** Where the last `tail` visible characters start, moved back so no Latin word or number is cut. */
function tailStart(text: string, tail: number): number | undefined {
  let start = text.length
  for (let seen = 0; seen < tail; start--) {
    if (start === 0)
      return undefined
    if (!/\s/.test(text[start - 1]!))
      seen++
  }
  while (start > 0 && WORD_CHAR.test(text[start - 1]!) && WORD_CHAR.test(text[start]!))
    start--
  return start
}

/**
 * The stretches of a Chinese text to keep on one line: every unit, and (unless `tail` is 0) its last `tail`
 * characters, merged where they meet. A text without Han characters has none: English wraps as it does.
 */
export function keepSpans(text: string, options: { tail?: number } = {}): [number, number][] {
  const spans = unitSpans(text)
  const tail = options.tail ?? TAIL
  const start = tail > 0 && HAN.test(text)
    ? tailStart(text.trimEnd(), tail)
    : undefined
  if (start !== undefined && start > 0)
    spans.push([start, text.trimEnd().length])
  spans.sort((a, b) => a[0] - b[0])
  const merged: [number, number][] = []
  for (const span of spans) {
    const last = merged.at(-1)
    if (last && span[0] < last[1])
      last[1] = Math.max(last[1], span[1])
    else
      merged.push([...span])
  }
  return merged
}

/** `text` cut into segments, the ones to keep on one line marked. */
export function keepSegments(text: string, options: { tail?: number } = {}): Segment[] {
  const segments: Segment[] = []
  let at = 0
  for (const [start, end] of keepSpans(text, options)) {
    if (start > at) {
      segments.push({
        text: text.slice(at, start),
        keep: false,
      })
    }
    segments.push({
      text: text.slice(start, end),
      keep: true,
    })
    at = end
  }
  if (at < text.length) {
    segments.push({
      text: text.slice(at),
      keep: false,
    })
  }
  return segments
}

function visible(line: string) {
  return [
    ...line.replace(/\s+/g, ''),
  ].length
}

/**
 * What is wrong with one paragraph as it was set, given its lines in order: a unit cut between two lines, a line
 * that starts with a closing mark, a last line of fewer than MIN_LAST_LINE characters. Lines of a text without
 * Han characters pass. Each problem quotes the lines concerned.
 */
export function lineProblems(lines: readonly string[]): string[] {
  const rows = lines.map(line => line.trim()).filter(Boolean)
  if (rows.length < 2 || !HAN.test(rows.join('')))
    return []
  const problems: string[] = []
  // Lines joined as the text reads: no space between two lines unless both sides are Latin.
  let joined = ''
  const ends: number[] = []
  for (const row of rows) {
    if (joined && /[A-Z0-9]$/i.test(joined) && /^[A-Z0-9]/i.test(row))
      joined += ' '
    joined += row
    ends.push(joined.length)
  }
  for (const [start, end] of unitSpans(joined)) {
    const cut = ends.slice(0, -1).find(at => at > start && at < end)
    if (cut !== undefined)
      problems.push(`"${joined.slice(start, end)}" is broken across two lines: "…${joined.slice(Math.max(0, start - 6), cut)}" / "${joined.slice(cut, end + 6)}…"`)
  }
  rows.forEach((row, index) => {
    if (index > 0 && CLOSING.includes(row[0]!))
      problems.push(`a line starts with "${row[0]}": "${row.slice(0, 20)}…"`)
  })
  const last = rows.at(-1)!
  if (visible(last) < MIN_LAST_LINE) {
    problems.push(`the last line has ${visible(last)} character${visible(last) === 1
      ? ''
      : 's'}: "…${rows.at(-2)!.slice(-8)}" / "${last}"`)
  }
  return problems
}
