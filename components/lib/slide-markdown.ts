// The deck's Markdown conventions in slides.md, read here and nowhere else (pure, browser-safe):
//   # Title             a slide's heading, its title
//   zh| …               the Simplified Chinese of the line above it (node/bilingual-markdown.ts picks a language)
//   Time 1:30 · …       a note's first line: the slide's time budget ("时间 1:30 · …" in the Chinese notes)
//   [click] [click:2]   in the notes, where the words for the next click step begin (one step on, or two)
//   parseSlide('# Deal\nzh| # 签约', 'Time 1:30\n\nSay it. [click] Then this.')
//     -> { title: 'Deal', budget: 90, zh: [{ part: 'slide', line: 2, text: '# 签约' }],
//          notes: [{ text: 'Time 1:30', click: 0 }, { text: 'Say it.', click: 0 }, { text: 'Then this.', click: 1 }] }
import { DECK_LANGS } from './deck-lang.ts'
import { uiText } from './ui-text.ts'

/** A slide as written: its title, its budget, its notes a paragraph at a time, and its Chinese lines. */
export interface SlideSource {
  /** The first `# ` heading, undefined without one. */
  title: string | undefined
  /** Seconds the notes budget for the slide ("Time 1:30" -> 90); undefined when they do not start with a budget. */
  budget: number | undefined
  /** The notes' paragraphs (the budget line first), each with the click step its words belong to. */
  notes: NoteParagraph[]
  /** The `zh|` lines of the slide and of its notes, each numbered from its part's first line. */
  zh: (ZhLine & { part: 'slide' | 'notes' })[]
}

/** A paragraph of the notes: its Markdown, without the cue it starts with, and the click it belongs to (0 before any). */
export interface NoteParagraph { text: string, click: number }
/** A `zh|` line: its 1-based line and the Chinese it holds. */
export interface ZhLine { line: number, text: string }
/** A budget line: its indent, the time as written ("1:30"), in seconds, and what follows the time. */
export interface BudgetLine { indent: string, time: string, seconds: number, rest: string }

const ZH = /^zh\|[ \t]?(.*)$/
const HEADING = /^#\s+(\S.*)$/m
const CUE = String.raw`\[click(?::(\d+))?\]`
const LEADING_CUE = new RegExp(`^${CUE}\\s*`, 'i')
/** The budget line's word in each language ("Time 1:30", "时间 1:30"): a Latin word needs a space after it. */
const BUDGET = new RegExp(`^(\\s*)(?:${DECK_LANGS.map((lang) => {
  const word = uiText(lang, 'noteBudget')
  return /[a-z]$/i.test(word)
    ? `${word}\\s+`
    : `${word}\\s*`
}).join('|')})((\\d+):([0-5]\\d))\\b(.*?)\\r?$`)

/** The Chinese a `zh|` line holds; undefined for any other line. */
export function zhText(line: string): string | undefined {
  return ZH.exec(line)?.[1]
}

/** Every `zh|` line of `markdown`, with its line number. */
export function zhLines(markdown: string): ZhLine[] {
  return markdown.split('\n').flatMap((line, index) => {
    const text = zhText(line)
    return text === undefined
      ? []
      : [
          { line: index + 1, text },
        ]
  })
}

/** The first `# ` heading's text, trimmed. */
export function headingOf(markdown: string): string | undefined {
  return HEADING.exec(markdown)?.[1]?.trim()
}

/** A line that gives a budget ("Time 1:30 · …", "  时间 1:30"), taken apart; undefined for any other line. */
export function budgetLine(line: string): BudgetLine | undefined {
  const match = BUDGET.exec(line)
  return match
    ? {
        indent: match[1]!,
        time: match[2]!,
        seconds: Number(match[3]) * 60 + Number(match[4]),
        rest: match[5]!,
      }
    : undefined
}

/** The budget a note starts with, in seconds: "Time 1:30 · …" (or "时间 1:30 …") -> 90. */
export function noteBudget(note: string): number | undefined {
  return budgetLine(note.trimStart().split('\n')[0]!)?.seconds
}

/** The steps each click cue of `text` moves on, in order: [click] 1, [click:3] 3. */
export function clickCues(text: string): number[] {
  return [
    ...text.matchAll(new RegExp(CUE, 'gi')),
  ].map(match => Number(match[1] ?? 1))
}

/** `text` with each click cue replaced by what `by` makes of the steps it moves on and the cue as written. */
export function replaceClickCues(text: string, by: (steps: number, cue: string) => string): string {
  return text.replace(new RegExp(CUE, 'gi'), (cue, steps: string | undefined) => by(Number(steps ?? 1), cue))
}

/**
 * The notes with each click cue starting a paragraph of its own, so the presenter sees at a glance where
 * each click's words begin (the presenter view then highlights the current paragraph, styles/notes.css).
 */
export function paragraphPerClick(note: string): string {
  return note.replace(new RegExp(`[ \\t]*(${CUE})[ \\t]*`, 'gi'), '\n\n$1 ')
}

/**
 * A note's paragraphs (a cue starts a paragraph, as paragraphPerClick sets it), each with its click: the steps of
 * the cues before it, counted from the note's start. `zh|` lines are left out (the notes as written in English).
 */
export function noteParagraphs(note: string): NoteParagraph[] {
  const lines = note.split('\n').filter(line => zhText(line) === undefined)
  let click = 0
  return paragraphPerClick(lines.join('\n')).split(/\n[ \t]*\n/).flatMap((paragraph) => {
    let text = paragraph.trim()
    for (let cue = LEADING_CUE.exec(text); cue; cue = LEADING_CUE.exec(text)) {
      click += Number(cue[1] ?? 1)
      text = text.slice(cue[0].length)
    }
    return text
      ? [
          { text, click },
        ]
      : []
  })
}

/** One slide's Markdown (`content`) and notes, as written or in one language, taken apart. */
export function parseSlide(content: string, note = ''): SlideSource {
  return {
    title: headingOf(content),
    budget: noteBudget(note),
    notes: noteParagraphs(note),
    zh: [
      ...zhLines(content).map(line => ({ part: 'slide' as const, ...line })),
      ...zhLines(note).map(line => ({ part: 'notes' as const, ...line })),
    ],
  }
}
