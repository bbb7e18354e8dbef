import type { ColourType, RowFilter } from '../fixtures/png.ts'
import { Buffer } from 'node:buffer'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { zlibSync } from 'fflate'
import { PDFDocument, rgb } from 'pdf-lib'
import { afterAll, describe, expect, it } from 'vitest'
import { decodePng } from '../../scripts/lib/png.ts'
import { encodePng, ihdr, PNG_SIGNATURE, pngChunk, rgbaPicture } from '../fixtures/png.ts'

const dir = mkdtempSync(join(tmpdir(), 'png-test-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// 5 × 4 pixels whose samples all differ from their neighbours, so every filter predicts something non-trivial.
const WIDTH = 5
const HEIGHT = 4
const samplesFor = (channels: number) => Uint8Array.from({ length: WIDTH * HEIGHT * channels }, (_, i) => (i * 37 + 11) % 256)

describe('decodePng', () => {
  it.each([0, 1, 2, 3, 4] as RowFilter[])('reads RGBA rows written with filter %i', (filter) => {
    const samples = samplesFor(4)
    const decoded = decodePng(encodePng({
      width: WIDTH,
      height: HEIGHT,
      colourType: 6,
      samples,
    }, filter))
    expect(decoded.width).toBe(WIDTH)
    expect(decoded.height).toBe(HEIGHT)
    expect([...decoded.rgba]).toEqual([...samples])
  })

  it('reads Paeth rows where two of its candidates are equally near (the spec breaks ties left, above, upper left)', () => {
    // Grey, 2 × 2: the last pixel has left a, above b, upper left c. a 150, b 0, c 100 ties above with upper left;
    // a 0, b 150, c 100 ties left with upper left.
    for (const samples of [
      [100, 0, 150, 77],
      [100, 150, 0, 77],
    ]) {
      const decoded = decodePng(encodePng({
        width: 2,
        height: 2,
        colourType: 0,
        samples: Uint8Array.from(samples),
      }, 4))
      expect([...decoded.rgba].filter((_, i) => i % 4 === 0)).toEqual(samples)
    }
    // Five levels over RGBA, as flat fills and edges on a slide give: ties of every kind.
    const levels = Uint8Array.from({ length: 8 * 6 * 4 }, (_, i) => (i * i * 31 + i * 17 + (i >> 2) * 101) % 6 * 50)
    expect([
      ...decodePng(encodePng({
        width: 8,
        height: 6,
        colourType: 6,
        samples: levels,
      }, 4)).rgba,
    ]).toEqual([...levels])
  })

  it('reads a picture whose rows each use another filter', () => {
    const samples = samplesFor(4)
    const png = encodePng({
      width: WIDTH,
      height: HEIGHT,
      colourType: 6,
      samples,
    }, y => ((y + 3) % 5) as RowFilter)
    expect([
      ...decodePng(png).rgba,
    ]).toEqual([...samples])
  })

  it.each([
    [
      2,
      'RGB',
      ([r, g, b]: number[]) => [r, g, b, 255],
    ],
    [
      0,
      'grey',
      ([v]: number[]) => [v, v, v, 255],
    ],
    [
      4,
      'grey and alpha',
      ([v, a]: number[]) => [v, v, v, a],
    ],
  ] as [ColourType, string, (pixel: number[]) => number[]][])('turns colour type %i (%s) into RGBA', (colourType, _, toRgba) => {
    const channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[colourType]
    const samples = samplesFor(channels)
    const decoded = decodePng(encodePng({
      width: WIDTH,
      height: HEIGHT,
      colourType,
      samples,
    }, y => (y % 5) as RowFilter))
    const expected = Array.from({ length: WIDTH * HEIGHT }, (_, p) => toRgba([
      ...samples.subarray(p * channels, (p + 1) * channels),
    ])).flat()
    expect([...decoded.rgba]).toEqual(expected)
  })

  it('reads a PNG that libpng wrote (poppler renders a PDF with a red square on white)', async () => {
    const pdf = await PDFDocument.create()
    pdf.addPage([40, 30]).drawRectangle({
      x: 10,
      y: 5,
      width: 20,
      height: 10,
      color: rgb(1, 0, 0),
    })
    writeFileSync(join(dir, 'square.pdf'), await pdf.save())
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '72',
      '-singlefile',
      join(dir, 'square.pdf'),
      join(dir, 'square'),
    ])
    const { width, height, rgba } = decodePng(readFileSync(join(dir, 'square.png')))
    expect([width, height]).toEqual([40, 30])
    const pixel = (x: number, y: number) => [
      ...rgba.subarray((y * width + x) * 4, (y * width + x) * 4 + 4),
    ]
    // PDF y runs upwards: the square spans rows 15 to 24 from the top.
    expect(pixel(20, 20)).toEqual([255, 0, 0, 255])
    expect(pixel(2, 2)).toEqual([255, 255, 255, 255])
    expect(pixel(20, 27)).toEqual([255, 255, 255, 255])
  })

  it('refuses a file that is not a PNG', () => {
    expect(() => decodePng(Buffer.from('GIF89a, not a PNG'), 'slide 3 before')).toThrow('slide 3 before: not a PNG file')
  })

  it('names the unsupported colour type, bit depth or interlacing', () => {
    const idat = pngChunk('IDAT', new Uint8Array([
      0x78,
      0x9C,
      0x03,
      0x00,
      0x00,
      0x00,
      0x00,
      0x01,
    ]))
    const end = pngChunk('IEND', new Uint8Array())
    const file = (header: Buffer) => Buffer.concat([PNG_SIGNATURE, header, idat, end])
    expect(() => decodePng(file(ihdr(2, 2, { colourType: 3 })))).toThrow('colour type 3 (palette) is not supported')
    expect(() => decodePng(file(ihdr(2, 2, { bitDepth: 16 })))).toThrow('bit depth 16 is not supported')
    expect(() => decodePng(file(ihdr(2, 2, { interlace: 1 })))).toThrow('interlace method 1 (Adam7) is not supported')
  })

  it('names the chunk whose bytes were damaged', () => {
    const png = rgbaPicture(3, 3, [10, 20, 30, 255]).png()
    const idatAt = png.indexOf('IDAT')
    png[idatAt + 6] = png[idatAt + 6]! ^ 0xFF
    expect(() => decodePng(png, '07.png')).toThrow(`07.png: chunk IDAT at byte ${idatAt - 4} is damaged`)
  })

  it('says a file cut short is cut short', () => {
    const png = rgbaPicture(3, 3, [10, 20, 30, 255]).png()
    expect(() => decodePng(png.subarray(0, png.length - 20))).toThrow('cut short')
  })

  it('names a row filter that does not exist', () => {
    const bad = Buffer.concat([
      PNG_SIGNATURE,
      ihdr(1, 1, { colourType: 6 }),
      pngChunk('IDAT', zlibSync(new Uint8Array([7, 1, 2, 3, 4]))),
      pngChunk('IEND', new Uint8Array()),
    ])
    expect(() => decodePng(bad)).toThrow('row 0 has filter type 7')
  })
})
