// The PowerPoint's speaker notes (scripts/lib/pptx-notes.ts), made from the notes as written: on notes written for
// the test, then, on the live deck, only what holds whatever its notes say.
import { describe, expect, it } from 'vitest'
import { clickCues, parseSlide } from '../../components/lib/slide-markdown.ts'
import { readDeck } from '../../scripts/lib/deck.ts'
import { pptxNotes } from '../../scripts/lib/pptx-notes.ts'

/** What PowerPoint gets for a slide with `note`. */
const notesOf = (note: string) => pptxNotes(parseSlide('# Slide', note).notes)

describe('pptxNotes', () => {
  it('gives each paragraph a line of its own, a blank line between, and "[click]" where a click step begins', () => {
    expect(notesOf('Time 1:00 · Opening: 2:00\n\nSay it. [click] Then this, [click:2] and that.')).toBe([
      'Time 1:00 · Opening: 2:00',
      'Say it.',
      '[click] Then this,',
      '[click] and that.',
    ].join('\n\n'))
  })

  it('writes Markdown as its rendered text reads: no quote marks, emphasis, code ticks, links or tags; lines joined', () => {
    expect(notesOf('> Point at **Hong Kong**,\nthen *pause*.\n\nSee [the map](https://example.com) and `ECX`.')).toBe([
      'Point at Hong Kong, then pause.',
      'See the map and ECX.',
    ].join('\n\n'))
    expect(notesOf('Cloudco held <strong class="deck-figure">41.5%</strong> &amp; more.')).toBe('Cloudco held 41.5% & more.')
  })

  it('reads Chinese notes as it reads English ones', () => {
    expect(notesOf('时间 1:00\n\n先说这个。[click] 再说**那个**。')).toBe('时间 1:00\n\n先说这个。\n\n[click] 再说那个。')
  })

  it('is empty for a slide without notes', () => {
    expect(notesOf('')).toBe('')
  })
})

describe('the live deck\'s PowerPoint notes', () => {
  it.each(['en', 'zh'] as const)('in %s: every slide\'s notes, tokens filled, no Markdown left, a [click] for each cue', async (lang) => {
    for (const slide of await readDeck(undefined, { expand: true, lang })) {
      const notes = pptxNotes(parseSlide(slide.content, slide.note).notes)
      expect(notes, `slide ${slide.no}`).not.toBe('')
      expect(notes, `slide ${slide.no}`).not.toMatch(/\[\[|\*\*|^>|zh\|/m)
      expect(notes.match(/\[click\]/g)?.length ?? 0, `slide ${slide.no}`).toBe(clickCues(slide.note).length)
    }
  })
})
