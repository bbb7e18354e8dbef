// The notes as the presenter reads them ahead while talking, in the presenter view: on a slide with click steps, a
// paragraph per click in either language, its figures in bold, and the parts for the other clicks still readable
// (WCAG AA, 4.5:1, measured on the computed colours in light and dark) while the current click's part stands out.
import type { Page } from 'playwright-core'
import type { DeckLang } from '../../components/lib/deck-lang.ts'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { clickCues } from '../../components/lib/slide-markdown.ts'
import { deckData } from '../../data/index.ts'
import { inLanguage } from '../../data/translation.ts'
import { findTokens, tokenText } from '../../node/deck-tokens.ts'
import { readDeck } from '../../scripts/lib/deck.ts'
import { takeDevServerTurn } from './dev-server-turn.ts'
import { deckEntry } from './entry.ts'
import { chromiumForFile, takeProblems, watchedPage } from './harness.ts'
import { waitForStep } from './slide-checks.ts'

const deckUrl = inject('deckUrl')
takeDevServerTurn()
const cues = (note: string) => clickCues(note).length
// A slide whose notes have two click cues or more and name a figure, found by its notes (the slides move about).
const slides = await readDeck(deckEntry().file)
const marked = slides.find(slide => cues(slide.note) >= 2 && findTokens(slide.note).some(token => token.kind === 'fig'))!
/** What each [[fig:…]] token of the slide's notes reads as, in `lang`: the figures the presenter must see in bold. */
async function figuresIn(lang: DeckLang): Promise<string[]> {
  const note = (await readDeck(deckEntry().file, { lang }))[marked.no - 1]!.note
  const data = inLanguage(deckData(), lang)
  return findTokens(note).filter(token => token.kind === 'fig').map(token => tokenText(token, data))
}
const LANG_TAG: Record<DeckLang, string> = { en: 'en', zh: 'zh-CN' }
const browser = chromiumForFile()

interface NotesAtClick {
  /** Per paragraph: the click mark it starts with (undefined: none), and whether its text comes before the mark. */
  paragraphs: Array<{ mark?: number, textBeforeMark: boolean }>
  bold: string[]
  /** Contrast of each part's text with the pane, and whether a marker sets it apart, for the current part and the others. */
  current: Array<{ contrast: number, marker: boolean }>
  others: Array<{ contrast: number, marker: boolean }>
}

/** The notes in `lang` as the pane shows them at the current click. */
function notesAtClick(page: Page, lang: DeckLang): Promise<NotesAtClick> {
  return page.locator(`.grid-section.note .deck-notes[lang="${LANG_TAG[lang]}"]`).first().evaluate((notes) => {
    const rgba = (css: string) => {
      const [r = 0, g = 0, b = 0, a = 1] = (css.match(/[\d.]+/g) ?? []).map(Number)
      return {
        r,
        g,
        b,
        a: css.startsWith('rgba') || css.includes('/')
          ? a
          : 1,
      }
    }
    // The colour behind an element: its own background or its ancestors', the first one that is not transparent.
    const behind = (element: Element) => {
      for (let at: Element | null = element; at; at = at.parentElement) {
        const colour = rgba(getComputedStyle(at).backgroundColor)
        if (colour.a > 0)
          return colour
      }
      return { r: 255, g: 255, b: 255, a: 1 }
    }
    const luminance = ({ r, g, b }: { r: number, g: number, b: number }) => {
      const [R, G, B] = [r, g, b].map(c => c / 255).map(c => c <= 0.04045
        ? c / 12.92
        : ((c + 0.055) / 1.055) ** 2.4)
      return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!
    }
    const contrast = (p: Element) => {
      const back = behind(p)
      const text = rgba(getComputedStyle(p).color)
      // Text drawn with transparency (Slidev's fade was #888 at 80%) is seen blended with what is behind it.
      const seen = { r: text.r * text.a + back.r * (1 - text.a), g: text.g * text.a + back.g * (1 - text.a), b: text.b * text.a + back.b * (1 - text.a) }
      const [hi, lo] = [
        luminance(seen),
        luminance(back),
      ].sort((x, y) => y - x)
      return (hi! + 0.05) / (lo! + 0.05)
    }
    const marker = (p: Element) => {
      const before = getComputedStyle(p, '::before')
      return before.content !== 'none' && rgba(before.backgroundColor).a > 0 && Number.parseFloat(before.width) > 0
    }
    const paragraphs = [
      ...notes.querySelectorAll(':scope > p'),
    ]
    const spoken = paragraphs.slice(1) // the budget line is small and muted on purpose at every click
    return {
      paragraphs: paragraphs.map((p) => {
        const mark = p.querySelector<HTMLElement>('.slidev-note-click-mark')
        if (!mark)
          return { textBeforeMark: false }
        const before = document.createRange()
        before.setStart(p, 0)
        before.setEndBefore(mark)
        return {
          mark: Number(mark.dataset.clicks),
          textBeforeMark: before.toString().trim() !== '',
        }
      }),
      bold: [
        ...notes.querySelectorAll('strong'),
      ].map(strong => strong.textContent ?? ''),
      current: spoken.filter(p => !p.classList.contains('slidev-note-fade')).map(p => ({
        contrast: contrast(p),
        marker: marker(p),
      })),
      others: spoken.filter(p => p.classList.contains('slidev-note-fade')).map(p => ({
        contrast: contrast(p),
        marker: marker(p),
      })),
    }
  })
}

describe.each(['light', 'dark'] as const)('the presenter\'s notes at a click, in %s', (colorScheme) => {
  let page: Page
  beforeAll(async () => {
    const opened = await watchedPage(browser(), { colorScheme, width: 1440, height: 900 })
    page = opened.page
    await page.goto(`${deckUrl}/presenter/${marked.no}`)
    await waitForStep(page, { no: marked.no, clicks: 0 }, '.grid-section.main')
    await page.keyboard.press('ArrowRight')
    await waitForStep(page, { no: marked.no, clicks: 1 }, '.grid-section.main')
    await page.locator('.grid-section.note .slidev-note-click-mark-active').first().waitFor({ state: 'attached' })
    expect(takeProblems(opened.problems)).toEqual([])
  })
  afterAll(async () => {
    await page?.context().close()
  })

  it.each(['en', 'zh'] as const)('in %s: a paragraph per click, each starting with its click\'s mark, the figures in bold', async (lang) => {
    const notes = await notesAtClick(page, lang)
    const marks = notes.paragraphs.flatMap(p => p.mark === undefined || p.mark === 0
      ? []
      : [p.mark])
    expect(marks).toHaveLength(cues(marked.note))
    expect(notes.paragraphs.filter(p => p.textBeforeMark)).toEqual([])
    const figures = await figuresIn(lang)
    expect(figures.length).toBeGreaterThan(0)
    expect(notes.bold.sort()).toEqual(figures.sort())
  })

  it('keeps the other clicks\' parts at 4.5:1 or more, and sets the current click\'s part apart', async () => {
    const { current, others } = await notesAtClick(page, 'en')
    expect(current.length).toBeGreaterThan(0)
    expect(others.length).toBeGreaterThan(0)
    expect(others.filter(part => part.contrast < 4.5)).toEqual([])
    // The current part: the darker ink and a marker none of the others has.
    expect(current.every(part => part.marker)).toBe(true)
    expect(others.some(part => part.marker)).toBe(false)
    expect(Math.min(...current.map(part => part.contrast))).toBeGreaterThan(Math.max(...others.map(part => part.contrast)))
  })
})
