import type { DeckLang } from '../../components/lib/deck-lang.ts'
import type { DeckData, Figure } from '../../data/index.ts'
import { facilitiesModel } from '../../components/lib/facilities-model.ts'
import { claimRows, factNotes, factRows, pageOf } from '../../components/lib/fact-check.ts'
import { eventDateText, figureText, figureValueText } from '../../components/lib/figure-text.ts'
import { shareDetail } from '../../components/lib/share-bars.ts'
import { budgetLine, headingOf, noteParagraphs } from '../../components/lib/slide-markdown.ts'
import { figureById } from '../../data/lookup.ts'
import { inLanguage } from '../../data/translation.ts'
// What each slide says, built from slides.md and the data alone (not from any renderer), so every
// deliverable can be held against it: the title, each block of prose (card titles and bodies, takeaways,
// bullets) with its tokens and <Fig>s filled, the words its data-driven parts show (the fact-check's caveats
// and table cells, a chart's flags, total and footnotes), every figure value a chart or sentence on it shows, and its
// speaker notes. And how a reader compares text: reading(text) keeps letters, digits, % and $ only, so line
// wraps, hyphenated breaks, typographic quotes and text boxes split over runs do not matter, and words do.
import { expandTokens, findTokens, tokenText } from '../../node/deck-tokens.ts'
import { readDeck } from '../../scripts/lib/deck.ts'

export interface SlideSays {
  no: number
  title: string
  /** Prose as the audience reads it, one entry per Markdown block. */
  blocks: string[]
  /** The fact-check tables' cells; a reader of a PDF gets a cell's lines between its neighbours', so each word counts. */
  cells: string[]
  /** Every figure value the slide shows ("23%", "$25bn"), each once. */
  values: string[]
  /** The speaker notes' paragraphs, tokens filled, click marks left out. */
  notes: string[]
}

/** A text as a reader compares it: NFKC (ligatures apart), lower case, only letters, digits, % and $. */
export function reading(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}%$]/gu, '')
}

const TAG_ATTR = (name: string) => new RegExp(`\\b${name}="([^"]*)"`)
const attr = (tag: string, name: string) => tag.match(TAG_ATTR(name))?.[1]
function boundIds(tag: string, name: string) {
  return [
    ...(tag.match(new RegExp(`:${name}="\\[([^\\]]*)\\]"`))?.[1] ?? '').matchAll(/'([^']+)'/g),
  ].map(m => m[1]!)
}

/** The slide's Markdown as plain prose: <Fig>/<EventDate> filled, card titles kept, other tags dropped. */
function prose(markdown: string, data: DeckData): string[] {
  const text = markdown
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<Fig\b[^>]*\/>/g, tag => figureText(attr(tag, 'id')!, attr(tag, 'field') ?? 'value', data))
    .replace(/<EventDate\b[^>]*\/>/g, tag => eventDateText(attr(tag, 'id')!, data))
    .replace(/<Card\b[^>]*>/g, tag => `\n\n${attr(tag, 'title') ?? ''}\n\n`)
    .replace(/<[^>]+>/g, '\n')
    .replace(/^::\w+::$/gm, '')
  return text.split('\n')
    .map(line => line.replace(/^\s*(?:#+|[-*]|\d+\.)\s+/, '').replace(/[*_`]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim())
    .filter(line => reading(line).length > 0)
}

/** A <FactCheck> tag's page and page count (1 of 1 without them). */
function factCheckPage(tag: string): { page: number, of: number } {
  return {
    page: Number(tag.match(/:page="(\d+)"/)?.[1] ?? 1),
    of: Number(tag.match(/:of="(\d+)"/)?.[1] ?? 1),
  }
}

/** The cells of the fact-check tables on a slide, as its <FactCheck> part and page show them. */
function tableCells(markdown: string, data: DeckData): string[] {
  return (markdown.match(/<FactCheck\b[^>]*>/g) ?? []).flatMap((tag) => {
    const part = attr(tag, 'part') ?? 'all'
    const { page, of } = factCheckPage(tag)
    if (part === 'caveats')
      return []
    if (part === 'claims')
      return pageOf(claimRows(data), page, of).flatMap(row => [row.text, row.sources, row.confidenceText])
    const rows = part === 'sources'
      ? pageOf(factRows(data), page, of)
      : factRows(data)
    return rows.flatMap(row => [
      row.name,
      row.value,
      row.period,
      row.sources,
      row.confidenceText,
    ])
  }).filter(text => reading(text).length > 0)
}

/**
 * The words a slide's data-driven parts show besides its Markdown and tables: the fact-check's caveats (subject
 * and text), a share chart's measure and "unverified" flag per bar, the footprint chart's total, what the
 * article counts instead and the month it cannot date.
 */
function dataWords(markdown: string, data: DeckData): string[] {
  const words: string[] = []
  for (const tag of markdown.match(/<[A-Z]\w*\b[^>]*>/g) ?? []) {
    if (tag.startsWith('<FactCheck') && attr(tag, 'part') === 'caveats') {
      const { page, of } = factCheckPage(tag)
      words.push(...pageOf(factNotes(data), page, of).flatMap(note => [note.subject, note.text]))
    }
    if (tag.startsWith('<MarketShareChart')) {
      for (const id of boundIds(tag, 'figures')) {
        const figure = figureById(id, data)
        if (figure.kind === 'share')
          words.push(shareDetail(figure, data.lang ?? 'en'))
      }
    }
    if (tag.startsWith('<FacilitiesChart')) {
      const model = facilitiesModel(data)
      words.push(model.text.total, model.text.citiesTotal, ...model.text.articleCount, ...(model.uncertain
        ? [model.uncertain]
        : []))
    }
  }
  return words.filter(text => reading(text).length > 0)
}

/** The values a slide's charts and sentences show, from the ids its Markdown names. */
function valuesShown(markdown: string, data: DeckData): string[] {
  const formatFigureValue = (figure: Figure) => figureValueText(figure, data.lang ?? 'en')
  const values: string[] = []
  for (const tag of markdown.match(/<[A-Z]\w*\b[^>]*>/g) ?? []) {
    if (tag.startsWith('<MarketShareChart'))
      values.push(...boundIds(tag, 'figures').map(id => formatFigureValue(figureById(id, data))))
    const market = tag.startsWith('<CompetitionChart')
      ? attr(tag, 'market')
      : undefined
    if (market)
      values.push(...data.figures.filter(f => f.kind === 'share' && f.marketId === market).map(formatFigureValue))
    if (tag.startsWith('<Fig ') && (attr(tag, 'field') ?? 'value') === 'value')
      values.push(formatFigureValue(figureById(attr(tag, 'id')!, data)))
  }
  for (const token of findTokens(markdown)) {
    if (token.kind === 'fig' && (token.field ?? 'value') === 'value')
      values.push(tokenText(token, data))
  }
  return [
    ...new Set(values),
  ]
}

/** What each slide of `file` says with `data` (the deck's own, or an edited copy's), in `lang`. */
export async function slideModel(file: string, all: DeckData, lang: DeckLang = 'en'): Promise<SlideSays[]> {
  const slides = await readDeck(file, { lang })
  const data = inLanguage(all, lang)
  return slides.map((slide) => {
    const place = { slide: slide.no, part: 'slide' as const }
    const content = expandTokens(slide.content, data, place)
    const heading = headingOf(content)
    return {
      no: slide.no,
      title: heading ?? expandTokens(slide.title, data, place),
      blocks: [
        ...prose(content, data),
        ...dataWords(content, data),
      ],
      cells: tableCells(content, data),
      values: valuesShown(slide.content, data),
      notes: noteParagraphs(expandTokens(slide.note, data, { slide: slide.no, part: 'notes' }))
        .flatMap(paragraph => paragraph.text.split('\n'))
        .filter(line => !budgetLine(line))
        .map(line => line.trim())
        .filter(line => reading(line).length > 0),
    }
  })
}

/** Whether `needle`'s characters appear in `text` in order, with no more than `gap` others among them. */
export function inOrder(needle: string, text: string, gap = 300): boolean {
  for (let start = text.indexOf(needle[0] ?? ''); start >= 0; start = text.indexOf(needle[0]!, start + 1)) {
    let at = start
    for (const character of needle.slice(1)) {
      at = text.indexOf(character, at + 1)
      if (at < 0 || at - start > needle.length + gap)
        break
    }
    if (at >= 0 && at - start <= needle.length + gap)
      return true
  }
  return false
}

/** What a slide in some format says that it should not, or leaves out; [] when it says the same. */
export function differences(says: SlideSays, shown: string, options: { notes?: string, numbers?: readonly number[] } = {}): string[] {
  const text = reading(shown)
  const problems: string[] = []
  if (/\[\[\s*(?:fig|date|claim)\b/i.test(shown))
    problems.push(`an unfilled token: ${shown.match(/\[\[[^\]]*\]\]/)?.[0]}`)
  if (!text.includes(reading(says.title)))
    problems.push(`the title "${says.title}"`)
  for (const block of says.blocks) {
    if (!text.includes(reading(block)))
      problems.push(`the words "${block}"`)
  }
  // A cell word by word (Chinese a run of characters at a time), in any order; a run a line break split may
  // have a neighbouring cell's line inside it (pdftotext reads a table's lines across its cells).
  for (const cell of says.cells) {
    const absent = cell.split(/\s+|(?<=\p{Script=Han})(?=\P{Script=Han})|(?<=\P{Script=Han})(?=\p{Script=Han})/u).filter(word => reading(word) && !inOrder(reading(word), text))
    if (absent.length)
      problems.push(`the table cell "${cell.slice(0, 60)}" (${absent.join(' ')})`)
  }
  for (const value of says.values) {
    const number = Number.parseFloat(value.replace(/[^\d.]/g, ''))
    if (!text.includes(reading(value)) && !options.numbers?.includes(number))
      problems.push(`the value ${value}`)
  }
  if (options.notes !== undefined) {
    const notes = reading(options.notes)
    for (const paragraph of says.notes) {
      if (!notes.includes(reading(paragraph)))
        problems.push(`the notes "${paragraph.slice(0, 80)}…"`)
    }
  }
  return problems.map(problem => `slide ${says.no}: missing ${problem}`.replace('missing an unfilled', 'shows an unfilled'))
}

/** Each slide's differences from `shown` (its text in a deliverable, slide by slide), prefixed with its number. */
export function deckDifferences(says: readonly SlideSays[], shown: readonly string[], extra: (no: number) => { notes?: string, numbers?: number[] } = () => ({})): string[] {
  return says.flatMap((slide, i) => differences(slide, shown[i] ?? '', extra(slide.no)))
}
