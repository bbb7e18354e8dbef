import { describe, expect, it } from 'vitest'
import { fittedTitleSize, withHatchedRemainder, withReadableLabels } from '../../scripts/lib/pptx-charts.ts'
import { tableScale, validParagraphs } from '../../scripts/lib/pptx-export.ts'
import { contrast } from '../contrast.ts'

/** A stacked chart's series as pptxgenjs writes it: its fill, then its value labels, white, inside the bar. */
function series(fill: string, position = 'ctr'): string {
  return `<c:ser><c:idx val="0"/><c:spPr><a:solidFill><a:srgbClr val="${fill}"/></a:solidFill></c:spPr>`
    + `<c:dLbls><c:numFmt formatCode="0" sourceLinked="0"/><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr b="1" sz="1370"><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></a:defRPr></a:pPr></a:p></c:txPr>`
    + `<c:dLblPos val="${position}"/><c:showVal val="1"/></c:dLbls></c:ser>`
}
function labelColours(xml: string) {
  return [
    ...xml.matchAll(/<c:dLbls>[\s\S]*?<a:srgbClr val="([0-9A-F]{6})"/g),
  ].map(m => m[1]!)
}

describe('withReadableLabels', () => {
  const ink = '1F2937'

  it('writes a label inside a light bar in the ink and inside a dark bar in white, each at least 4.5:1', () => {
    const xml = withReadableLabels(`<c:barChart>${series('C9D1DB')}${series('7C2D12')}</c:barChart>`, ink)
    const [onLight, onDark] = labelColours(xml)
    expect(onLight).toBe(ink)
    expect(onDark).toBe('FFFFFF')
    expect(contrast(`#${onLight}`, '#C9D1DB')).toBeGreaterThanOrEqual(4.5)
    expect(contrast(`#${onDark}`, '#7C2D12')).toBeGreaterThanOrEqual(4.5)
  })

  it('leaves a label outside its bar as it is (it sits on the slide, not the bar)', () => {
    const xml = series('C9D1DB', 'outEnd')
    expect(withReadableLabels(xml, ink)).toBe(xml)
  })
})

describe('tableScale', () => {
  it('keeps a table that fits at its size', () => {
    expect(tableScale({
      rowLines: [1, 2, 1],
      size: 14,
    }, 400)).toBe(1)
  })

  it('shrinks a table that a wider font would push past the room left on the slide, the longer the more', () => {
    const rows = (count: number) => ({
      rowLines: Array.from<number>({ length: count }).fill(3),
      size: 14,
    })
    const eight = tableScale(rows(8), 420)
    const twelve = tableScale(rows(12), 420)
    expect(eight).toBeLessThan(1)
    expect(twelve).toBeLessThan(eight)
    expect(twelve).toBeGreaterThanOrEqual(0.6)
  })
})

describe('validParagraphs', () => {
  const textRun = (text: string, size = 1400) => `<a:r><a:rPr lang="zh-CN" sz="${size}"><a:solidFill><a:srgbClr val="1B2430"/></a:solidFill></a:rPr><a:t>${text}</a:t></a:r>`
  const props = '<a:pPr algn="l"><a:lnSpc><a:spcPts val="1780"/></a:lnSpc></a:pPr>'

  it('keeps one paragraph properties element, first, where pptxgenjs writes one before every run', () => {
    const xml = validParagraphs(`<p:txBody><a:p>${props}${textRun('来源：')}${props}${textRun('ZDNet')}<a:endParaRPr/></a:p><a:p>${props}${textRun('2014年')}</a:p></p:txBody>`)
    expect(xml).toBe(`<p:txBody><a:p>${props}${textRun('来源：')}${textRun('ZDNet')}<a:endParaRPr/></a:p><a:p>${props}${textRun('2014年')}</a:p></p:txBody>`)
    for (const paragraph of xml.match(/<a:p>[\s\S]*?<\/a:p>/g)!)
      expect(paragraph.match(/<a:pPr\b/g)?.length ?? 0).toBeLessThanOrEqual(1)
  })

  it('gives a line break the type of the run after it, without that run\'s link', () => {
    const linked = textRun('2014年3月', 1100).replace('</a:rPr>', '<a:hlinkClick r:id="rId4"/></a:rPr>')
    const xml = validParagraphs(`<a:p>${props}${textRun('ZDNet，', 1100)}<a:br/>${props}${linked}</a:p>`)
    expect(xml).toContain('<a:br><a:rPr lang="zh-CN" sz="1100"><a:solidFill><a:srgbClr val="1B2430"/></a:solidFill></a:rPr></a:br>')
    expect(xml.match(/<a:hlinkClick/g)).toHaveLength(1)
    expect(xml).not.toContain('<a:br/>')
  })
})

describe('fittedTitleSize', () => {
  it('keeps a short chart title at its size and shrinks a long one, never below 70%', () => {
    expect(fittedTitleSize('Shares', 5, 11.3)).toBe(11.3)
    const long = fittedTitleSize('Aliyun regions by country or region, to Oct 2015', 4, 11.3)
    expect(long).toBeLessThan(11.3)
    expect(long).toBeGreaterThanOrEqual(11.3 * 0.7)
    expect(fittedTitleSize('Equinix cities on Microsoft\'s list, May 2015 (16 cities), and a great deal more', 2, 11.3)).toBe(7.9)
  })
})

describe('withHatchedRemainder', () => {
  const serNamed = (name: string, fill: string) => `<c:ser><c:idx val="0"/><c:tx><c:strRef><c:strCache><c:pt idx="0"><c:v>${name}</c:v></c:pt></c:strCache></c:strRef></c:tx><c:spPr><a:solidFill><a:srgbClr val="${fill}"/></a:solidFill></c:spPr></c:ser>`
  const point = (index: number, fill: string) => `<c:dPt><c:idx val="${index}"/><c:bubble3D val="0"/><c:spPr><a:solidFill><a:srgbClr val="${fill}"/></a:solidFill></c:spPr></c:dPt>`

  it('hatches a stacked chart\'s remainder series and leaves the others solid', () => {
    const xml = withHatchedRemainder(`${serNamed('Share held', 'B4500B')}${serNamed('Rest of market', 'C9D1DB')}`, 'Rest of market', 'FFFFFF')
    expect(xml).toContain('<c:v>Share held</c:v></c:pt></c:strCache></c:strRef></c:tx><c:spPr><a:solidFill><a:srgbClr val="B4500B"/>')
    expect(xml).toContain('<a:pattFill prst="wdUpDiag"><a:fgClr><a:srgbClr val="C9D1DB"/></a:fgClr><a:bgClr><a:srgbClr val="FFFFFF"/></a:bgClr></a:pattFill>')
    expect(xml.match(/<a:pattFill/g)).toHaveLength(1)
  })

  it('hatches a one-series chart\'s remainder bar, found by its category, and no other bar', () => {
    const cat = '<c:cat><c:strRef><c:strCache><c:pt idx="0"><c:v>Aliyun</c:v></c:pt><c:pt idx="1"><c:v>Remainder (not a published share)</c:v></c:pt></c:strCache></c:strRef></c:cat>'
    const ser = `<c:ser><c:idx val="0"/><c:spPr><a:solidFill><a:srgbClr val="B4500B"/></a:solidFill></c:spPr>${point(0, 'B4500B')}${point(1, 'C9D1DB')}${cat}</c:ser>`
    const xml = withHatchedRemainder(ser, 'Remainder (not a published share)', 'FFFFFF')
    expect(xml).toContain(point(0, 'B4500B'))
    expect(xml).toContain('<c:dPt><c:idx val="1"/><c:bubble3D val="0"/><c:spPr><a:pattFill prst="wdUpDiag"><a:fgClr><a:srgbClr val="C9D1DB"/>')
    expect(withHatchedRemainder(ser, 'Rest of market', 'FFFFFF')).toBe(ser)
  })
})
