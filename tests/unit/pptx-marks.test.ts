// The competition chart's difference marks in the PPTX (scripts/lib/pptx-charts.ts): shapes over the native
// chart, placed from the same marks the SVG draws. The fixture (tests/fixtures/deck.ts): Test IaaS Southco 27.5,
// Westel 14.2, Eastcom 8.3, remainder 50; Southco's 17% of Test cloud comes from another source.
import { strFromU8, unzipSync } from 'fflate'
import PptxGenJS from 'pptxgenjs'
import { describe, expect, it } from 'vitest'
import { competitionModel } from '../../components/lib/competition-model.ts'
import { validateDeckData } from '../../data/validate.ts'
import { addNativeChart, markedPlotArea, nativeChartAltText } from '../../scripts/lib/pptx-charts.ts'
import { fixtureDeck } from '../fixtures/deck.ts'

const COLOURS = {
  accent: '1F5FAA',
  accent2: 'B5500C',
  rest: 'C8CFD8',
  other: '4F5F73',
  unverified: 'C0804F',
  ink: '1B2430',
}
const BOX = { x: 1, y: 1.5, w: 8, h: 4 }
const EMU = 914400

async function slideXml(spec: ReturnType<typeof competitionModel>['native'][number], lang?: string): Promise<{ slide: string, chart: string }> {
  const pptx = new PptxGenJS()
  const slide = pptx.addSlide()
  addNativeChart(pptx, slide, spec, BOX, COLOURS, px => px * 0.75, lang)
  const files = unzipSync(new Uint8Array(await pptx.write({ outputType: 'arraybuffer' }) as ArrayBuffer))
  return {
    slide: strFromU8(files['ppt/slides/slide1.xml']!),
    chart: strFromU8(files[Object.keys(files).find(f => /charts\/chart\d+\.xml$/.test(f))!]!),
  }
}

describe('the PPTX competition chart', () => {
  const spec = competitionModel(validateDeckData(fixtureDeck()), { market: 'test-iaas', highlight: 'iaas-south', compareWith: 'south-cloud' }).native[0]!

  it('draws the ratio bracket and the points arrow as shapes with arrowheads and their labels', async () => {
    const { slide } = await slideXml(spec)
    expect(slide).toContain('×1.9') // 27.5 / 14.2
    expect(slide).toContain('+11 pts vs 17% (2015, another source and definition)')
    expect(slide.match(/<a:tailEnd type="triangle"\/>/g)).toHaveLength(2)
  })

  it('fixes the plot area and scale, and ends the bracket at the middle of the highlighted (top) bar', async () => {
    const { slide, chart } = await slideXml(spec)
    expect(chart).toContain('<c:manualLayout>')
    expect(chart).toMatch(/<c:max val="50"\/>/)
    const plot = markedPlotArea(spec, BOX, { category: 9.75, title: 11.25, mark: 15 })
    const middleOfFirstBar = (BOX.y + plot.y * BOX.h + plot.h * BOX.h / 4 / 2) * EMU
    // The bracket's leg to the highlighted bar: a horizontal line (no height) at that bar's middle.
    const flat = [
      ...slide.matchAll(/<a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)" cy="0"\/>/g),
    ].map(m => Number(m[2]))
    expect(flat.some(y => Math.abs(y - middleOfFirstBar) < 0.02 * EMU)).toBe(true)
  })

  it('marks its labels with the slide\'s language', async () => {
    const { slide } = await slideXml(spec, 'zh-CN')
    const runs = slide.match(/<a:rPr\b[^>]*>/g) ?? []
    expect(runs.length).toBeGreaterThanOrEqual(2)
    expect(runs.filter(run => !/lang="zh-CN"/.test(run))).toEqual([])
  })

  it('says the comparisons in the chart\'s text alternative', () => {
    expect(nativeChartAltText(spec)).toContain('Southco is 1.9 times Westel')
  })
})
