import type PptxGenJS from 'pptxgenjs'
import type { BarScale } from '../../components/lib/difference-marks.ts'
import type { ColourRole, NativeChartSpec } from '../../components/lib/native-chart.ts'
// Draws a chart's native-chart spec (components/lib/native-chart.ts, read from the printed slide) as a
// PowerPoint bar chart with its data sheet, named series and value labels in the deck's colours, so a
// venue edits the numbers in PowerPoint's own sheet. The spec holds what to draw; this file only how.
import { markGeometry } from '../../components/lib/difference-marks.ts'
import { checkNativeChart } from '../../components/lib/native-chart.ts'
import { estimateTextWidth } from '../../components/lib/text-width.ts'

/** The gap between bars, in % of a bar's thickness. */
const GAP_WIDTH = 40
/** Where Inter is missing, LibreOffice draws DejaVu Sans, some 17% wider: text room is measured for that. */
const FALLBACK_WIDER = 1.2

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
  const marks = (spec.marks ?? []).map(m => `; ${m.sentence}`).join('')
  return `${spec.title}: ${spec.series.map(s => `${s.name}: ${spec.categories.map((category, i) => `${category} ${s.values[i]}`).join(', ')}`).join('; ')}${marks}`
}

/**
 * A chart title's type size (pt) at which it stays on one line across the chart (`width`, inches, less the title's
 * margins) in a fallback font `wider` than Inter: a title that wrapped split "Oct / 2015". Never below 70% of `size`.
 */
export function fittedTitleSize(title: string, width: number, size: number, wider = FALLBACK_WIDER): number {
  const fits = size * (width - 0.3) * 72 / (wider * estimateTextWidth(title, size))
  return Math.round(Math.max(size * 0.7, Math.min(size, fits)) * 10) / 10
}

export function addNativeChart(pptx: PptxGenJS, slide: PptxGenJS.Slide, spec: NativeChartSpec, box: { x: number, y: number, w: number, h: number }, colours: DeckColours, pt: (px: number) => number, lang = 'en-US'): void {
  const stacked = spec.type === 'stacked-bar'
  const data = spec.series.map(series => ({ name: series.name, labels: spec.categories, values: series.values }))
  // A chart with difference marks fixes its plot area and scale, so the marks drawn over it meet its bars.
  const marked = Boolean(spec.marks?.length)
  const valueMax = spec.valueMax ?? Math.max(...spec.series.flatMap(s => s.values), 1)
  const sizes = {
    category: pt(13),
    title: pt(15),
    mark: pt(20),
    points: pt(13),
    label: pt(14),
  }
  const plot = marked
    ? markedPlotArea(spec, box, sizes)
    : undefined
  slide.addChart(pptx.ChartType.bar, data, {
    ...box,
    barDir: 'bar',
    barGrouping: stacked ? 'stacked' : 'clustered',
    barGapWidthPct: GAP_WIDTH,
    ...(plot
      ? { layout: plot }
      : {}),
    // The SVG's scale where the model gives one (panels side by side share it), so bars compare across charts.
    ...(plot || spec.valueMax !== undefined
      ? { valAxisMinVal: 0, valAxisMaxVal: valueMax }
      : {}),
    // One colour per bar (pptxgenjs colours a one-series chart's bars one by one when given several).
    chartColors: (spec.barColours ?? spec.colours).map(role => colours[role]),
    showTitle: true,
    title: spec.title,
    titleFontFace: 'Inter',
    // Chinese: LibreOffice adds a quarter-em wherever Chinese meets Latin or digits.
    titleFontSize: fittedTitleSize(spec.title, box.w, pt(15), lang.startsWith('zh')
      ? FALLBACK_WIDER * 1.2
      : FALLBACK_WIDER),
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
    // No axis line, as the SVG draws none: a difference mark's label may cross where it would run.
    catAxisLineShow: false,
    valAxisHidden: true,
    valAxisLabelFormatCode: spec.numberFormat,
    valGridLine: { style: 'none' },
    altText: nativeChartAltText(spec),
  })
  if (plot)
    addMarks(pptx, slide, spec, nativeBarScale(spec, box, plot, valueMax, sizes.label), colours, sizes, lang)
}

/** The plot area's place in the chart box (fractions), fixed when the chart carries marks so they meet its bars. */
export interface PlotArea { x: number, y: number, w: number, h: number }

/**
 * Where a chart with difference marks puts its plot area: room left for the category names, above for the
 * title and a points arrow, right for a ratio bracket's label (sizes in points, the box in inches).
 */
export function markedPlotArea(spec: NativeChartSpec, box: { w: number, h: number }, sizes: { category: number, title: number, mark: number }): PlotArea {
  const inches = (text: string, size: number, bold = false) => FALLBACK_WIDER * estimateTextWidth(text, size, bold) / 72
  // Room for the widest category name, or a viewer moves the plot area right to make it (LibreOffice does).
  const left = Math.min(0.45, (Math.max(...spec.categories.map(c => inches(c, sizes.category))) + 0.2) / box.w)
  const top = Math.min(0.3, (sizes.title * 1.6 + (spec.marks?.some(m => m.kind === 'points')
    ? sizes.mark * 1.8
    : 0)) / 72 / box.h)
  const right = Math.min(0.25, Math.max(0, ...(spec.marks ?? []).filter(m => m.kind === 'ratio').map(m => inches(m.label, sizes.mark, true) + 0.5)) / box.w)
  return {
    x: left,
    y: top,
    w: 1 - left - right - 0.02,
    h: 1 - top - 0.04,
  }
}

/** The native chart's bars in inches on the slide: the same scale the marks' geometry takes from the SVG. */
export function nativeBarScale(spec: NativeChartSpec, box: { x: number, y: number, w: number, h: number }, plot: PlotArea, valueMax: number, labelSize: number): BarScale {
  const band = plot.h * box.h / spec.categories.length
  const bar = band / (1 + GAP_WIDTH / 100)
  const decimals = /0\.(0+)/.exec(spec.numberFormat)?.[1]?.length ?? 0
  const unit = spec.numberFormat.includes('%')
    ? '%'
    : ''
  const values = spec.series[0]?.values ?? []
  return {
    x: v => box.x + (plot.x + plot.w * v / valueMax) * box.w,
    barTop: row => box.y + plot.y * box.h + row * band + (band - bar) / 2,
    barHeight: bar,
    pad: 0.08,
    right: box.x + box.w,
    // Each bar's value label sits at its end (outEnd): a bracket's leg starts after it.
    clear: row => FALLBACK_WIDER * estimateTextWidth(`${(values[row] ?? 0).toFixed(decimals)}${unit}`, labelSize, true) / 72 + 0.06,
  }
}

/** A chart's difference marks as PowerPoint shapes over it: lines (the last with an arrowhead) and a text box. */
/** `lang`: the text boxes' language, as the slide's other text says it (zh-CN gets its East Asian font from the writer). */
export function addMarks(pptx: PptxGenJS, slide: PptxGenJS.Slide, spec: NativeChartSpec, scale: BarScale, colours: DeckColours, sizes: { mark: number, points: number }, lang = 'en-US'): void {
  for (const mark of spec.marks ?? []) {
    const size = mark.kind === 'ratio'
      ? sizes.mark
      : sizes.points
    const bold = mark.kind === 'ratio'
    const width = FALLBACK_WIDER * estimateTextWidth(mark.label, size, bold) / 72 + 0.1
    const geometry = markGeometry(mark, scale, width)
    const colour = mark.kind === 'ratio'
      ? colours.ink
      : colours.other
    const name = `difference mark: ${mark.kind}`
    for (const guide of geometry.guides) {
      slide.addShape(pptx.ShapeType.line, {
        ...lineBox(guide),
        line: { color: colours.other, width: 1, dashType: 'dash' },
        objectName: name,
      })
    }
    geometry.segments.forEach((segment, i) => slide.addShape(pptx.ShapeType.line, {
      ...lineBox(segment),
      line: {
        color: colour,
        width: 1.5,
        ...(i === geometry.segments.length - 1
          ? { endArrowType: 'triangle' }
          : {}),
      },
      objectName: name,
    }))
    const height = size * 1.5 / 72
    slide.addText(mark.label, {
      x: geometry.label.anchor === 'start'
        ? geometry.label.x
        : geometry.label.x - width,
      y: geometry.label.y - height / 2,
      w: width,
      h: height,
      margin: 0,
      fontFace: 'Inter',
      fontSize: size,
      bold,
      color: colour,
      align: geometry.label.anchor === 'start'
        ? 'left'
        : 'right',
      valign: 'middle',
      // One line, as the SVG draws it: a wider fallback font runs past the box rather than wrapping onto the bars.
      wrap: false,
      lang,
      objectName: name,
    })
  }
}

/** A segment as a PowerPoint line: its box, flipped where it runs left or up (so the arrowhead lands at its end). */
function lineBox(s: { x1: number, y1: number, x2: number, y2: number }): { x: number, y: number, w: number, h: number, flipH: boolean, flipV: boolean } {
  return {
    x: Math.min(s.x1, s.x2),
    y: Math.min(s.y1, s.y2),
    w: Math.abs(s.x2 - s.x1),
    h: Math.abs(s.y2 - s.y1),
    flipH: s.x2 < s.x1,
    flipV: s.y2 < s.y1,
  }
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

/** A diagonal hatch in `colour` on `background`, as the slide draws a remainder. */
function hatch(colour: string, background: string): string {
  return `<a:pattFill prst="wdUpDiag"><a:fgClr><a:srgbClr val="${colour}"/></a:fgClr><a:bgClr><a:srgbClr val="${background}"/></a:bgClr></a:pattFill>`
}

/**
 * The chart's remainder (`label`: the part of a market no source publishes) hatched, as the slide draws it, not
 * a solid bar that reads as one more company: a stacked chart's series of that name, or a one-series chart's bar
 * for that category. pptxgenjs has no pattern fills; the chart XML is rewritten.
 */
export function withHatchedRemainder(chartXml: string, label: string, background: string): string {
  // The label as pptxgenjs writes it into the XML (its encodeXmlEntities).
  const name = label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
  const hatched = (xml: string) => xml.replace(/(<c:spPr>\s*)<a:solidFill>\s*<a:srgbClr val="([0-9A-F]{6})"\s*\/>\s*<\/a:solidFill>/i, (_, before: string, colour: string) => `${before}${hatch(colour, background)}`)
  return chartXml.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (ser) => {
    if (ser.match(/<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/)?.[1] === name)
      return hatched(ser)
    const cat = ser.match(/<c:cat>[\s\S]*?<\/c:cat>/)?.[0] ?? ''
    const index = [
      ...cat.matchAll(/<c:pt idx="(\d+)">\s*<c:v>([^<]*)<\/c:v>/g),
    ].find(m => m[2] === name)?.[1]
    if (index === undefined)
      return ser
    return ser.replace(new RegExp(`<c:dPt>\\s*<c:idx val="${index}"\\/>[\\s\\S]*?<\\/c:dPt>`), hatched)
  })
}
