// The glossary as a check: a Chinese text of the deck (a `zh` field of data/, a `zh|` line of slides.md) that
// writes a variant data/glossary.ts rejects, or puts a space between Chinese and Latin text, is refused, naming
// where, the variant and the word to use. One rule for spacing, applied everywhere: none between a Chinese
// character and a Latin letter or digit (a Latin name of several words keeps its own spaces; the browser draws the
// gap: text-autospace, styles/deck.css). No English connective (via, citing) between two sources. Pure: texts in,
// problems out; node/deck-check.ts runs it on the deck before every build and export.
import type { GlossaryEntry } from './glossary.ts'
import { glossary } from './glossary.ts'

export interface ChineseText {
  /** Names the text in a message: `claims "x" zh.text`, `slides.md, line 12`. */
  where: string
  text: string
}

const CJK = '\\u3400-\\u9FFF\\uF900-\\uFAFF'
// Lookaheads, so that "共 7 个" counts both of its spaces.
const SPACE_BETWEEN = new RegExp(`[${CJK}](?=[ \\u00A0]+[a-z0-9])|[a-z0-9%](?=[ \\u00A0]+[${CJK}])`, 'gi')

// English words that join two sources ("Bloomberg via IOL", "citing Reuters"): a Chinese text says them in Chinese.
const CONNECTIVE = /(?<![a-z])(?:via|citing|cited by|quoting|according to|reprinted by)(?![a-z])/gi
const CONNECTIVE_ZH = '"（X转载）" for via, "援引X" for citing, "据X" for according to'

/** Where each of `needle`'s occurrences in `text` starts. */
function occurrences(text: string, needle: string): number[] {
  const found: number[] = []
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1))
    found.push(at)
  return found
}

/** The stretches of `text` that an accepted form covers, so a variant inside one (名单 in 出口管制管控名单) is fine. */
function acceptedSpans(text: string, entries: readonly GlossaryEntry[]): [number, number][] {
  const forms = entries.flatMap(entry => [
    entry.zh,
    ...(entry.alsoWritten ?? []),
  ])
  return forms.flatMap(form => occurrences(text, form).map(at => [at, at + form.length] as [number, number]))
}

const context = (text: string, at: number, length: number) => text.slice(Math.max(0, at - 8), at + length + 8).trim()

export function glossaryProblems(texts: readonly ChineseText[], entries: readonly GlossaryEntry[] = glossary): string[] {
  const problems: string[] = []
  for (const { where, text } of texts) {
    const accepted = acceptedSpans(text, entries)
    for (const entry of entries) {
      for (const variant of entry.rejects ?? []) {
        for (const at of occurrences(text, variant)) {
          if (accepted.some(([start, end]) => start <= at && at + variant.length <= end && end - start > variant.length))
            continue
          problems.push(`${where}: "${variant}" is a variant data/glossary.ts rejects for "${entry.en}"; write "${entry.zh}" ("…${context(text, at, variant.length)}…")`)
        }
      }
    }
    for (const match of text.matchAll(CONNECTIVE))
      problems.push(`${where}: the English "${match[0]}" in a Chinese text ("…${context(text, match.index, match[0].length)}…"); write ${CONNECTIVE_ZH}`)
    for (const match of text.matchAll(SPACE_BETWEEN))
      problems.push(`${where}: a space between Chinese and Latin text ("…${context(text, match.index, 3)}…"); the deck writes none`)
  }
  return problems
}

/** Every Chinese text of the data: each record's `zh` fields, named by collection, index, id and field. */
export function chineseTextsOfData(data: Record<string, unknown>): ChineseText[] {
  const texts: ChineseText[] = []
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, `${path}[${index}]${item && typeof item === 'object' && 'id' in item
        ? ` "${String(item.id)}"`
        : ''}`))
      return
    }
    if (!value || typeof value !== 'object')
      return
    for (const [key, field] of Object.entries(value)) {
      if (key === 'zh' && field && typeof field === 'object') {
        for (const [name, text] of Object.entries(field)) {
          if (typeof text === 'string')
            texts.push({ where: `${path} zh.${name}`, text })
        }
      }
      else {
        visit(field, path
          ? `${path}.${key}`
          : key)
      }
    }
  }
  visit(data, '')
  return texts
}

/** The `zh|` lines of a Markdown file, each named by file and line. */
export function chineseLinesOfMarkdown(markdown: string, file: string): ChineseText[] {
  return markdown.split('\n').flatMap((line, index) => line.startsWith('zh|')
    ? [
        {
          where: `${file}, line ${index + 1}`,
          text: line.slice(3).trim(),
        },
      ]
    : [])
}
