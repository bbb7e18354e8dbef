// Invariants of the deck as it stands: whatever values an analyst puts in data/, these must hold. No
// test here (or anywhere) expects a particular live value; behaviour is tested on tests/fixtures/.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { validateDeckData } from '../../data/index.ts'
import { rawDeckData } from '../../data/raw.ts'
import { checkDeck } from '../../node/deck-check.ts'
import { checkSlideRefs, findSlideRefs } from '../../node/slide-refs.ts'
import { readDeck } from '../../scripts/lib/deck.ts'

const markdown = readFileSync('slides.md', 'utf8')

describe('the deck\'s data and slides', () => {
  it('validates', () => {
    expect(() => validateDeckData(rawDeckData)).not.toThrow()
  })

  it('asks only for ids the data has (figures, fields, sources, events, markets, claims)', () => {
    expect(checkSlideRefs(markdown, validateDeckData(rawDeckData))).toEqual([])
  })

  it('passes the build\'s own check (ids, tokens, unused claims)', () => {
    expect(checkDeck(process.cwd(), 'slides.md', rawDeckData)).toEqual([])
  })

  it('cites on each slide that shows a figure a source line, in the slide or its chart', async () => {
    const charts = /<(?:MarketShareChart|CompetitionChart|FootprintMap|FacilitiesChart|ExpansionTimeline|FactCheck)\b/
    for (const slide of await readDeck()) {
      const figures = findSlideRefs(slide.content).some(ref => ref.kind === 'figure')
      if (!figures)
        continue
      const cited = charts.test(slide.content) || /<SourceLine\b/.test(slide.content) || Array.isArray(slide.frontmatter.sources) || Array.isArray(slide.frontmatter.figures)
      expect(cited, `slide ${slide.no} "${slide.title}" shows a figure without a source line`).toBe(true)
    }
  })
})
