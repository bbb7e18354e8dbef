import type PptxGenJS from 'pptxgenjs'
import type { ColourRole, NativeChartSpec } from '../../components/lib/native-chart.ts'
// Draws a chart's native-chart spec (components/lib/native-chart.ts, read from the printed slide) as a
// PowerPoint bar chart with its data sheet, named series and value labels in the deck's colours, so a
// venue edits the numbers in PowerPoint's own sheet. The spec holds what to draw; this file only how.
import { checkNativeChart } from '../../components/lib/native-chart.ts'

/** The deck's colours as the slide was drawn (light or dark), six hex digits each. */
export type DeckColours = Record<ColourRole | 'ink', string>

/** The specs a chart's <figure> carries in `data-native-chart`, checked; `where` names the figure in an error. */
export function parseNativeCharts(json: string | null, where: string): NativeChartSpec[] {
  if (!json)
    return []
  let specs: unknown
  try {
    specs = JSON.parse(json)
  }
  catch (error) {
    throw new Error(`pptx: ${where}: data-native-chart is not JSON (${(error as Error).message})`)
  }
  if (!Array.isArray(specs))
    throw new TypeError(`pptx: ${where}: data-native-chart must be a list of charts (got ${json.slice(0, 80)})`)
  return specs.map((spec: NativeChartSpec) => {
    if (!spec || !Array.isArray(spec.categories) || !Array.isArray(spec.series) || !Array.isArray(spec.colours))
      throw new Error(`pptx: ${where}: a native chart needs categories, series and colours (got ${JSON.stringify(spec).slice(0, 80)})`)
    return checkNativeChart(spec)
  })
}

/** The chart as the slide's text alternative reads it: "Title: Series: A 1, B 2". */
export function nativeChartAltText(spec: NativeChartSpec): string {
  return `${spec.title}: ${spec.series.map(s => `${s.name}: ${spec.categories.map((category, i) => `${category} ${s.values[i]}`).join(', ')}`).join('; ')}`
}

export function addNativeChart(pptx: PptxGenJS, slide: PptxGenJS.Slide, spec: NativeChartSpec, box: { x: number, y: number, w: number, h: number }, colours: DeckColours, pt: (px: number) => number): void {
  const stacked = spec.type === 'stacked-bar'
  const data = spec.series.map(series => ({ name: series.name, labels: spec.categories, values: series.values }))
  slide.addChart(pptx.ChartType.bar, data, {
    ...box,
    barDir: 'bar',
    barGrouping: stacked ? 'stacked' : 'clustered',
    barGapWidthPct: 40,
    // One colour per bar (pptxgenjs colours a one-series chart's bars one by one when given several).
    chartColors: (spec.barColours ?? spec.colours).map(role => colours[role]),
    showTitle: true,
    title: spec.title,
    titleFontFace: 'Inter',
    titleFontSize: pt(15),
    titleColor: colours.ink,
    showLegend: spec.series.length > 1,
    legendPos: 'b',
    legendFontFace: 'Inter',
    legendFontSize: pt(13),
    showValue: true,
    dataLabelFormatCode: spec.numberFormat,
    dataLabelFontFace: 'Inter',
    dataLabelFontSize: pt(14),
    dataLabelFontBold: true,
    dataLabelColor: stacked ? 'FFFFFF' : colours.ink,
    dataLabelPosition: stacked ? 'ctr' : 'outEnd',
    catAxisLabelFontFace: 'Inter',
    catAxisLabelFontSize: pt(13),
    catAxisLabelColor: colours.ink,
    // First category on top, as the slide reads (pptxgenjs writes the value; its types know only 'minMax').
    catAxisOrientation: 'maxMin' as 'minMax',
    valAxisHidden: true,
    valAxisLabelFormatCode: spec.numberFormat,
    valGridLine: { style: 'none' },
    altText: nativeChartAltText(spec),
  })
}

/** WCAG 2 contrast ratio of two six-digit hex colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [0, 2, 4].map(i => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map(c => c <= 0.04045
      ? c / 12.92
      : ((c + 0.055) / 1.055) ** 2.4)
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!
  }
  const [hi, lo] = [
    luminance(a),
    luminance(b),
  ].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

/**
 * pptxgenjs gives every series' value labels one colour; a label drawn inside its bar (a stacked chart's) gets
 * whichever of the ink and white reads better on that series' fill, so a label on a light grey remainder is dark.
 */
export function withReadableLabels(chartXml: string, ink: string): string {
  return chartXml.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (ser) => {
    const fill = ser.match(/<c:spPr>\s*<a:solidFill>\s*<a:srgbClr val="([0-9A-F]{6})"/i)?.[1]
    const inside = /<c:dLblPos val="(?:ctr|inEnd|inBase)"\/>/.test(ser)
    if (!fill || !inside)
      return ser
    const label = contrastRatio(ink, fill) >= contrastRatio('FFFFFF', fill)
      ? ink
      : 'FFFFFF'
    return ser.replace(/<c:dLbls>[\s\S]*?<\/c:dLbls>/, labels => labels.replace(/(<a:defRPr\b[^>]*>\s*<a:solidFill>\s*<a:srgbClr val=")[0-9A-F]{6}"/i, `$1${label}"`))
  })
}
