// A stepped chart's takeaway arrives with its last step (chart-model.ts, takeawayShown): on the deck's own slides,
// whatever their order, each such slide must have clicks enough to reach it. An invariant on slides.md and data/.
import { describe, expect, it } from 'vitest'
import { footprintMapModel } from '../../components/lib/footprint-map-model.ts'
import { hindsightModel } from '../../components/lib/hindsight-model.ts'
import { marketShareModel } from '../../components/lib/market-share-model.ts'
import { timelineModel } from '../../components/lib/timeline-model.ts'
import { deckData } from '../../data/index.ts'
import { readDeck } from '../../scripts/lib/deck.ts'

const slides = await readDeck()
const data = deckData()

/** The chart's own model at the slide's last click: does it show the takeaway? */
function takeawayAtLastClick(content: string, clicks: number): boolean | undefined {
  const figures = content.match(/<MarketShareChart\s[^>]*:figures="\[([^\]]*)\]"/)
  if (figures) {
    return marketShareModel(data, [
      ...figures[1]!.matchAll(/'([^']+)'/g),
    ].map(m => m[1]!), clicks).takeawayShown
  }
  if (/<ExpansionTimeline\s[^>]*:step=/.test(content))
    return timelineModel(data, { step: clicks }).takeawayShown
  if (/<FootprintMap\s[^>]*:step=/.test(content))
    return footprintMapModel(data, clicks).takeawayShown
  if (/<HindsightTimeline\s[^>]*:step=/.test(content))
    return hindsightModel(data, clicks).takeawayShown
  return undefined
}

describe('the deck\'s stepped charts', () => {
  const stepped = slides.filter(slide => takeawayAtLastClick(slide.content, 0) !== undefined)

  it('are there to check', () => {
    expect(stepped.length).toBeGreaterThanOrEqual(3)
  })

  it('reach their takeaway by the slide\'s last click, and hide it before', () => {
    for (const slide of stepped) {
      const clicks = Number(slide.frontmatter.clicks ?? 0)
      expect(takeawayAtLastClick(slide.content, clicks), `slide ${slide.no} ("${slide.title}"): clicks: ${clicks}`).toBe(true)
      expect(takeawayAtLastClick(slide.content, 0), `slide ${slide.no}`).toBe(false)
    }
  })
})
