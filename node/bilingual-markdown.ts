// slides.md is written once, in English, with the Simplified Chinese of each line on the line after it:
//
//   # Aliyun signs on to reach customers at two Equinix hubs
//   zh| # 阿里云签约，经两处 Equinix 枢纽触达客户
//
// The English deck drops the `zh|` lines; the Chinese deck puts each in place of the line above it. Slide order,
// click steps, time budgets, tokens and components exist once. A note's budget line ("Time 1:00 · …") keeps its
// budget in one place: its `zh|` line holds only what follows the budget, and the Chinese reads "时间 1:00 …".
// Pure: Markdown in, Markdown (or the problems found) out; setup/preparser.ts and node/deck-check.ts use it.
// The conventions themselves (a zh| line, a budget line, a click cue) are read by components/lib/slide-markdown.ts.
import type { DeckLang } from '../components/lib/deck-lang.ts'
import { budgetLine, clickCues, zhText } from '../components/lib/slide-markdown.ts'
import { uiText } from '../components/lib/ui-text.ts'

/** What the Chinese budget line says before its time (its one home is the UI's words). */
const ZH_BUDGET_WORD = uiText('zh', 'noteBudget')

/** Words a reader reads: Latin letters outside tags, tokens, code, attribute values other than a title. */
function hasWords(line: string): boolean {
  const text = line
    .replace(/\[\[[^\]]*\]\]/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/<\/?[A-Z][\w-]*\b([^>]*)>/gi, (_, attributes: string) => {
      // A tag's title or alt is text the audience sees; its other attributes are code.
      const shown = [
        ...attributes.matchAll(/\b(?:title|alt)="([^"]*)"/g),
      ].map(match => match[1])
      return ` ${shown.join(' ')} `
    })
    .replace(/^::[\w-]+::$/, ' ')
  return /\p{Script=Latin}{2,}/u.test(text)
}

/** A line that needs its Chinese on the next line: words, unless it is a budget line with nothing after the time. */
function needsTranslation(line: string, inNote: boolean): boolean {
  const budget = inNote
    ? budgetLine(line)
    : undefined
  if (budget)
    return hasWords(budget.rest)
  return hasWords(line)
}

export interface Where {
  file?: string
  slide: number
  part: 'slide' | 'notes'
}

function placed(where: Where, line: number) {
  return `${where.file ?? 'slides.md'}, slide ${where.slide}${where.part === 'notes'
    ? ' (notes)'
    : ''}, line ${line}`
}
function quoted(line: string) {
  return `"${line.trim().length > 70
    ? `${line.trim().slice(0, 67)}…`
    : line.trim()}"`
}

/**
 * What keeps one slide's text (`part`: its content or its notes) from existing in both languages: an English line
 * with no `zh|` line after it, an empty `zh|` line, one with nothing above it, a Chinese line whose [click] cues
 * differ from the English one (the click steps exist once), or a component tag whose code differs.
 * Lines count from the slide's first line.
 */
export function translationGaps(markdown: string, where: Where): string[] {
  const lines = markdown.split('\n')
  const problems: string[] = []
  const inNote = where.part === 'notes'
  let inCode = false
  lines.forEach((line, index) => {
    if (line.trimStart().startsWith('```'))
      inCode = !inCode
    if (inCode)
      return
    const chinese = zhText(line)
    const next = lines[index + 1]
    if (chinese !== undefined) {
      const above = lines[index - 1]
      if (above === undefined || zhText(above) !== undefined || !above.trim())
        problems.push(`${placed(where, index + 1)}: a zh| line with no English line above it: ${quoted(line)}`)
      else if (!chinese.trim())
        problems.push(`${placed(where, index + 1)}: the Simplified Chinese (zh) of ${quoted(above)} is empty`)
      else if (clickCues(above).length !== clickCues(chinese).length)
        problems.push(`${placed(where, index + 1)}: the Simplified Chinese (zh) has ${clickCues(chinese).length} [click] cues, the English ${clickCues(above).length}: ${quoted(above)}`)
      else if (tagCode(above) !== tagCode(chinese))
        problems.push(`${placed(where, index + 1)}: the Simplified Chinese (zh) changes the component's code, not only its text: ${quoted(chinese)}`)
      return
    }
    if (needsTranslation(line, inNote) && !(next !== undefined && zhText(next) !== undefined))
      problems.push(`${placed(where, index + 1)}: ${quoted(line)} has no Simplified Chinese (zh): add a "zh|" line after it`)
  })
  return problems
}

/** A line's component tags without their titles: what must be the same in both languages. */
function tagCode(line: string): string {
  return [
    ...line.matchAll(/<\/?[A-Z][\w-]*\b[^>]*>/g),
  ]
    .map(match => match[0].replace(/\b(?:title|alt)="[^"]*"/g, ''))
    .join(' ')
}

/** One slide's text (its content or its notes) in one language. */
export function inLanguageMarkdown(markdown: string, lang: DeckLang, part: Where['part'] = 'slide'): string {
  const lines = markdown.split('\n')
  const out: string[] = []
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const next = lines[index + 1]
    const chinese = next === undefined
      ? undefined
      : zhText(next)
    if (zhText(line) !== undefined)
      continue
    if (lang === 'en' || chinese === undefined) {
      const budget = part === 'notes' && lang === 'zh'
        ? budgetLine(line)
        : undefined
      out.push(budget
        ? `${budget.indent}${ZH_BUDGET_WORD} ${budget.time}`
        : line)
      continue
    }
    const budget = part === 'notes'
      ? budgetLine(line)
      : undefined
    out.push(budget
      ? `${budget.indent}${ZH_BUDGET_WORD} ${budget.time}${/^\s/.test(chinese)
        ? ''
        : ' '}${chinese}`
      : chinese)
  }
  return out.join('\n')
}

/** The headmatter texts the Chinese deck takes from its `zh:` map (`zh: { title, info }`). */
export const HEADMATTER_TEXT = ['title', 'info'] as const
type HeadmatterText = typeof HEADMATTER_TEXT[number]

/** A deck speaks Chinese when its headmatter has a `zh:` map; then every text must exist in Chinese too. */
export function speaksChineseHead(headmatter: Record<string, unknown>): boolean {
  return typeof headmatter.zh === 'object' && headmatter.zh !== null
}

/** The headmatter's `key` in `lang`: English as written, Chinese from its `zh:` map; undefined when missing or empty. */
export function headmatterText(headmatter: Record<string, unknown>, key: HeadmatterText, lang: DeckLang): string | undefined {
  const texts = (lang === 'en'
    ? headmatter
    : headmatter[lang]) as Record<string, unknown> | undefined
  const text = texts?.[key]
  return typeof text === 'string' && text.trim()
    ? text.trim()
    : undefined
}
