import type { NativeChartSpec } from '../../components/lib/native-chart.ts'
// What the exports say about themselves: the subject is plain text (a viewer's document properties and a
// search engine's snippet show Markdown as typed), and the PowerPoint reads the charts the page carries.
import { PDFDocument } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { COUNT_FORMAT } from '../../components/lib/native-chart.ts'
import { readDeck } from '../../scripts/lib/deck.ts'
import { finishPdf, plainText, subjectAsOf } from '../../scripts/lib/pdf-finish.ts'
import { nativeChartAltText, parseNativeCharts } from '../../scripts/lib/pptx-charts.ts'
import { fallbackScale } from '../../scripts/lib/pptx-export.ts'

describe('plainText (a headmatter `info:` as a document subject)', () => {
  it('drops Markdown marks and keeps the words, in one line', () => {
    const markdown = '## Briefing: two hubs\nThe **June** deal between *Equinix* and `Aliyun`,\nsee [the article](https://example.org).\n- first point'
    expect(plainText(markdown)).toBe('Briefing: two hubs. The June deal between Equinix and Aliyun, see the article. first point')
  })

  it('leaves plain text as it is', () => {
    expect(plainText('A briefing on one deal. Every figure is sourced.')).toBe('A briefing on one deal. Every figure is sourced.')
  })

  it('finds the deck\'s own info already plain, so the built site\'s meta description is too', async () => {
    const info = String((await readDeck())[0]?.frontmatter.info ?? '')
    expect(info.length).toBeGreaterThan(20)
    expect(plainText(info)).toBe(info.replace(/\s+/g, ' ').trim())
  })
})

describe('subjectAsOf (when "today" is, for a reader of the file alone)', () => {
  it('adds the as-of date to the subject as a sentence of its own', () => {
    expect(subjectAsOf('A briefing on one deal.', 'Dec 2018')).toBe('A briefing on one deal. As of Dec 2018.')
  })

  it('leaves the subject as it is when the deck has no as-of date', () => {
    expect(subjectAsOf('A briefing on one deal.', undefined)).toBe('A briefing on one deal.')
  })

  it('reaches the finished PDF: its subject and keywords carry the date', async () => {
    const blank = await PDFDocument.create()
    blank.addPage()
    const bytes = await finishPdf(await blank.save(), [
      { title: 'One', page: 1 },
    ], {
      title: 'T',
      author: 'A',
      subject: subjectAsOf('A briefing.', 'Dec 2018'),
      keywords: ['as of Dec 2018'],
      date: new Date('2018-12-01T00:00:00Z'),
    })
    const finished = await PDFDocument.load(bytes, { updateMetadata: false })
    expect(finished.getSubject()).toBe('A briefing. As of Dec 2018.')
    expect(finished.getKeywords()).toBe('as of Dec 2018')
  })
})

describe('parseNativeCharts (the native charts a chart\'s <figure> carries)', () => {
  const spec: NativeChartSpec = {
    type: 'stacked-bar',
    title: 'Regions by country',
    categories: ['North', 'South'],
    series: [
      {
        name: 'Open',
        values: [2, 1],
      },
      {
        name: 'Later',
        values: [0, 3],
      },
    ],
    numberFormat: COUNT_FORMAT,
    colours: ['accent2', 'other'],
  }

  it('reads back what the page wrote, and nothing from a figure without the attribute', () => {
    expect(parseNativeCharts(JSON.stringify([spec]), 'slide 3')).toEqual([spec])
    expect(parseNativeCharts(null, 'slide 3')).toEqual([])
  })

  it('refuses a broken attribute, naming the figure, rather than draw a wrong chart', () => {
    expect(() => parseNativeCharts('{"type":', 'slide 3, facilities-chart')).toThrow(/slide 3, facilities-chart: data-native-chart is not JSON/)
    expect(() => parseNativeCharts(JSON.stringify(spec), 'slide 3')).toThrow(/must be a list of charts/)
    expect(() => parseNativeCharts(JSON.stringify([
      { title: 'x' },
    ]), 'slide 3')).toThrow(/needs categories, series and colours/)
    expect(() => parseNativeCharts(JSON.stringify([
      {
        ...spec,
        categories: ['North'],
      },
    ]), 'slide 3')).toThrow(/2 values for 1 categories/)
  })

  it('states every value in the chart\'s text alternative, series by series', () => {
    expect(nativeChartAltText(spec)).toBe('Regions by country: Open: North 2, South 1; Later: North 0, South 3')
  })
})

describe('fallbackScale (a one-line title set in a wider font where Inter is missing)', () => {
  it('keeps the size of a line with room for a font a fifth wider', () => {
    expect(fallbackScale({ oneLineWidth: 500 }, 900)).toBe(1)
  })

  it('shrinks a line that a font a fifth wider would wrap, just enough to keep it on one line', () => {
    const scale = fallbackScale({ oneLineWidth: 824 }, 900)
    expect(scale).toBeLessThan(1)
    expect(824 * 1.2 * scale).toBeCloseTo(900, 6)
  })

  it('leaves text that already wraps on the slide as it is', () => {
    expect(fallbackScale({}, 300)).toBe(1)
  })
})
