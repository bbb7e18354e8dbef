import type { DeckSlide } from '../../scripts/lib/deck.ts'
// The story in slides.md, checked as a presenter and an editor would: notes to speak from, click cues
// that match the charts, a time plan that fits the slot, and no figure typed by hand.
import { describe, expect, it } from 'vitest'
import { formatDate } from '../../components/lib/format.ts'
import { CHINESE_TIMING, countWords, spokenText, timingProblems, wordRange } from '../../components/lib/notes-timing.ts'
import { clickCues, noteBudget } from '../../components/lib/slide-markdown.ts'
import { rawDeckData } from '../../data/raw.ts'
import { validateDeckData } from '../../data/validate.ts'
import { readDeck } from '../../scripts/lib/deck.ts'

// As written (tokens and all), and as the audience and the presenter get it (tokens filled from data/).
const slides = await readDeck()
const shown = await readDeck(undefined, { expand: true })
const headmatter = slides[0]?.frontmatter ?? {}
// The same story in Simplified Chinese: its zh| lines in place, tokens filled from the data's Chinese.
const chinese = await readDeck(undefined, { lang: 'zh' })
const chineseShown = await readDeck(undefined, { lang: 'zh', expand: true })

/** Minutes from the deck's `duration` headmatter ("15min"). */
function plannedMinutes(): number {
  const match = String(headmatter.duration ?? '').match(/^(\d+)\s*min$/)
  if (!match?.[1])
    throw new Error(`slides.md headmatter: field "duration" must look like "15min" (got ${JSON.stringify(headmatter.duration)})`)
  return Number(match[1])
}

/** How many clicks the slide has: its `clicks` frontmatter, or one per item inside <v-clicks>. */
function clickCount(slide: DeckSlide): number {
  if (typeof slide.frontmatter.clicks === 'number')
    return slide.frontmatter.clicks
  const block = slide.content.match(/<v-clicks>([\s\S]*?)<\/v-clicks>/)
  return block?.[1]
    ? (block[1].match(/^\s*(?:\d+\.|[-*])\s/gm) ?? []).length
    : 0
}

/** The text an audience reads: no notes, no tag attributes or [[fig:...]] tokens (their ids are not figures). */
function visibleText(slide: DeckSlide): string {
  return slide.content
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\[\[[^\]]*\]\]/g, ' ')
    .replace(/^\s*\d+\.\s/gm, '') // ordered-list markers
}

describe('slides.md as a briefing', () => {
  it('has 10 to 12 slides to present, for about fifteen minutes (backup slides for questions aside)', () => {
    // Backup slides (title "Backup: ...") are there for questions and are not presented.
    const presented = slides.filter(slide => !/^Backup\b/.test(slide.title))
    expect(presented.length).toBeGreaterThanOrEqual(10)
    expect(presented.length).toBeLessThanOrEqual(12)
  })

  it('builds the talk on figures and contrasts: at most two of its slides are card grids', () => {
    // A briefing of cards reads as a memo; an audience remembers pictures and one sentence a slide.
    const grids = slides.filter(slide => !/^Backup\b/.test(slide.title) && slide.frontmatter.layout === 'cards')
    expect(grids.map(slide => `${slide.no} "${slide.title}"`).length, grids.map(slide => `${slide.no} "${slide.title}"`).join(', ')).toBeLessThanOrEqual(2)
  })

  it('gives every slide a title, stated as a takeaway rather than a one-word topic', () => {
    // Titles as shown: a title that states a figure says it through a token.
    const content = shown.filter(slide => slide.title !== 'Questions') // a closing slide that says just that
    for (const slide of content) {
      expect(slide.title, `slide ${slide.no}`).not.toBe('')
      expect(slide.title.split(/\s+/).length, `slide ${slide.no} title "${slide.title}"`).toBeGreaterThanOrEqual(4)
      expect(slide.title.length, `slide ${slide.no} title "${slide.title}"`).toBeLessThanOrEqual(70)
    }
  })

  it('has speaker notes of 60 characters or more on every slide, none longer than the longest budget allows', () => {
    // The longest budget at 140 words a minute, +20% (see components/lib/notes-timing.ts); the timing check proper
    // holds each note to its own budget.
    const most = Math.max(...shown.map(slide => wordRange(noteBudget(slide.note) ?? 0)[1]))
    for (const slide of shown) {
      expect(slide.note.length, `slide ${slide.no} "${slide.title}" notes`).toBeGreaterThanOrEqual(60)
      expect(countWords(spokenText(slide.note)), `slide ${slide.no} "${slide.title}" notes`).toBeLessThanOrEqual(most)
    }
  })

  it('cues every click step in the notes with [click], one per step', () => {
    for (const slide of slides) {
      expect(clickCues(slide.note), `slide ${slide.no} "${slide.title}"`).toEqual(Array.from({
        length: clickCount(slide),
      }).fill(1))
    }
  })

  it('budgets time on every slide, adding up to the deck duration', () => {
    const budgets = slides.map(slide => noteBudget(slide.note))
    slides.forEach((slide, index) => expect(budgets[index], `slide ${slide.no} has no "Time m:ss" budget at the start of its notes`).toBeDefined())
    const total = budgets.reduce<number>((sum, seconds) => sum + (seconds ?? 0), 0)
    expect(total).toBe(plannedMinutes() * 60)
  })

  it('says its notes in their budgets: each slide within 20% at 140 words a minute, the talk 15:00 within a minute', () => {
    // Counted as the presenter says them, with figures, dates and claims filled in; backup slides budget
    // 0:00 and hold stage directions only.
    expect(timingProblems(shown)).toEqual([])
  })

  it('says on the cover or the close when "today" is: the data\'s as-of date, through a token so it follows the data', () => {
    const { asOf } = validateDeckData(rawDeckData)
    expect(asOf, 'data: the deck needs an asOf date for its hindsight').toBeDefined()
    const presented = shown.filter(slide => !/^Backup\b/.test(slide.title))
    const ends = [
      presented[0]!,
      presented.at(-1)!,
    ]
    const saying = ends.filter(slide => slide.content.replace(/<!--[\s\S]*?-->/g, '').includes(formatDate(asOf!)))
    expect(saying.map(slide => slide.no), `neither slide ${ends.map(s => s.no).join(' nor ')} shows "${formatDate(asOf!)}"`).not.toEqual([])
    for (const slide of saying)
      expect(slides[slide.no - 1]!.content, `slide ${slide.no} types the date instead of [[date:as-of]]`).toContain('[[date:as-of]]')
  })

  it('reads as Markdown and components: no raw HTML layout markup for an editor to keep in step', () => {
    for (const slide of slides) {
      const tags = slide.content.replace(/<!--[\s\S]*?-->/g, '').match(/<(div|p|h[1-6]|span|section|ul|ol|li|table)\b[^>]*>/g) ?? []
      expect(tags, `slide ${slide.no} "${slide.title}": use a layout (layouts/) or a component (components/) instead`).toEqual([])
    }
  })

  it('types no figure into the slides: numbers come from the data module', () => {
    for (const slide of slides) {
      const figures = visibleText(slide)
        // Years and year ranges ("2014–15") date the story; any other digit is a figure typed by hand.
        .replace(/\b(19|20)\d{2}([–-]\d{2})?\b/g, '')
        .replace(/\b11 Main\b/g, '') // a shop's name (Alibaba's US marketplace), not a figure
        .replace(/\b21Vianet\b/g, '') // a company's name (Microsoft's partner in China), not a figure
        .replace(/\bB2[BC]\b/g, '') // business-to-business, business-to-consumer: terms, not figures
        .match(/[$€£]?\d[\d,.]*\s?(%|bn\b|billion|million)?/g) ?? []
      expect(figures, `slide ${slide.no} "${slide.title}"`).toEqual([])
    }
  })
})

describe('slides.md in Simplified Chinese', () => {
  it('says its Chinese notes in the same budgets: each slide within 20% at 240 characters a minute, the talk 15:00 within a minute', () => {
    // Counted in characters (a Latin word or a number among them counts as one), with figures, dates and claims
    // filled in their Chinese; the rate and its source are in the README.
    expect(timingProblems(chineseShown, CHINESE_TIMING)).toEqual([])
  })

  it('keeps the budgets and the click cues the English has, slide by slide', () => {
    expect(chinese.map(slide => noteBudget(slide.note))).toEqual(slides.map(slide => noteBudget(slide.note)))
    expect(chinese.map(slide => clickCues(slide.note))).toEqual(slides.map(slide => clickCues(slide.note)))
  })

  it('gives every slide a Chinese title that fits one or two lines', () => {
    for (const slide of chineseShown) {
      const han = slide.title.match(/\p{Script=Han}/gu)?.length ?? 0
      expect(han, `slide ${slide.no} title "${slide.title}" is not Chinese`).toBeGreaterThanOrEqual(4)
      // About 30 full-width characters make two lines at the title size on a 980 px slide.
      expect([...slide.title].length, `slide ${slide.no} title "${slide.title}"`).toBeLessThanOrEqual(30)
    }
  })

  it('types no figure into the Chinese slides either: numbers come from the data module', () => {
    for (const slide of chinese) {
      const figures = visibleText(slide)
        // Years, and a Chinese date's month and day after its year (2015年6月), date the story.
        .replace(/\b(19|20)\d{2}年(\d{1,2}月(\d{1,2}日)?)?/g, '')
        .replace(/\b(19|20)\d{2}([–-]\d{2})?\b/g, '')
        .replace(/\b11 Main\b/g, '')
        .replace(/\b21Vianet\b/g, '')
        .replace(/\bB2[BC]\b/g, '')
        .match(/[$€£]?\d[\d,.]*\s?([%亿万]|bn\b)?/g) ?? []
      expect(figures, `slide ${slide.no} "${slide.title}"`).toEqual([])
    }
  })
})
