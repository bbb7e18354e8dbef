// What a PPTX slide says, read from the file as a person opening it would find it: its text boxes and table
// cells, its native charts (titles, categories, series names, the values their labels show) and the text
// alternatives of its pictures. And the words a PDF page shows that its PPTX slide leaves out, so a PPTX
// that drops a card's body, a table or a chart's footnote fails even when the slide model does not list it.
import { strFromU8 } from 'fflate'
import { unescapeMarkup as unescape } from './markup-text.ts'
import { reading } from './slide-says.ts'

/** The text of slide/chart XML: one line per paragraph (a:p), line break (a:br) or cached chart value (c:v); alt texts (descr) included. */
export function xmlText(xml: string): string {
  const alts = [
    ...xml.matchAll(/\bdescr="([^"]*)"/g),
  ].map(m => m[1]!)
  const text = xml.replace(/<\/a:p>|<\/c:v>|<a:br\/>/g, '\n').replace(/<[^>]+>/g, '')
  return unescape([text, ...alts].join('\n'))
}

/** Excel number formats as the labels show them: 23 with `0"%"` reads 23%. */
function chartLabels(xml: string): string[] {
  const format = xml.match(/<c:dLbls>[\s\S]*?<c:numFmt formatCode="([^"]*)"/)?.[1] ?? ''
  const suffix = unescape(format).match(/^[^;"]*"([^"]*)"/)?.[1] ?? ''
  const decimals = unescape(format).match(/^0\.(0+)/)?.[1]?.length ?? 0
  return [
    ...xml.matchAll(/<c:val>[\s\S]*?<\/c:val>/g),
  ].flatMap(val => [
    ...val[0].matchAll(/<c:v>([^<]*)<\/c:v>/g),
  ]).map(m => Number(m[1])).filter(v => Number.isFinite(v) && v !== 0).map(v => `${v.toFixed(decimals)}${suffix}`)
}

/** Each slide's text, in slide order (slide1.xml …), with the text of the charts it links to. */
export function pptxSlideTexts(files: Record<string, Uint8Array>): string[] {
  const text = (path: string) => strFromU8(files[path] ?? new Uint8Array())
  const count = Object.keys(files).filter(path => /^ppt\/slides\/slide\d+\.xml$/.test(path)).length
  return Array.from({ length: count }, (_, i) => {
    const rels = text(`ppt/slides/_rels/slide${i + 1}.xml.rels`)
    const charts = [
      ...rels.matchAll(/Target="(?:\.\.|\/ppt)\/charts\/([^"]+)"/g),
    ].map(m => text(`ppt/charts/${m[1]}`))
    return [
      xmlText(text(`ppt/slides/slide${i + 1}.xml`)),
      ...charts.map(xml => [
        xmlText(xml),
        ...chartLabels(xml),
      ].join('\n')),
    ].join('\n')
  })
}

/**
 * The words of `pdfPage` (pdftotext's reading of one page) that `pptxSlide` does not say, in order. A word is
 * compared as reading() keeps it, so line wraps and hyphenated breaks do not matter; Chinese, written without
 * spaces, is compared a line's run of Chinese characters at a time.
 */
export function wordsMissing(pdfPage: string, pptxSlide: string): string[] {
  const said = reading(pptxSlide)
  // A Chinese label and its number ("市场其余部分56%") may be a legend and a value label in a chart: compared apart.
  const words = pdfPage.split(/\s+/).flatMap(word => word.split(/(?<=\p{Script=Han})(?=\P{Script=Han})|(?<=\P{Script=Han})(?=\p{Script=Han})/u))
  return words.filter(word => reading(word) && !said.includes(reading(word)))
}
