import { Buffer } from 'node:buffer'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument, rgb } from 'pdf-lib'
import { afterAll, describe, expect, it } from 'vitest'
import { decodePng } from '../../scripts/lib/png.ts'
import { rgbaPicture } from '../fixtures/png.ts'

const dir = mkdtempSync(join(tmpdir(), 'png-test-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('decodePng', () => {
  it('reads a PNG that libpng wrote (poppler renders a PDF with a red square on white) as RGBA pixels', async () => {
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

  it('gives a picture stored without alpha the same pixels as one stored with it', () => {
    const picture = rgbaPicture(4, 3, [10, 20, 30, 255]).paint(1, 1, 2, 1, [200, 90, 20, 255])
    expect(decodePng(picture.png(2))).toEqual(decodePng(picture.png(6)))
  })

  it('refuses a file that is not a PNG, naming it', () => {
    expect(() => decodePng(Buffer.from('GIF89a, not a PNG'), 'slide 3 before')).toThrow(/^slide 3 before: not a PNG that can be read/)
  })

  it('refuses a damaged or cut-short file, naming it', () => {
    const png = rgbaPicture(3, 3, [10, 20, 30, 255]).png()
    const damaged = Buffer.from(png)
    const idatAt = damaged.indexOf('IDAT')
    damaged[idatAt + 6] = damaged[idatAt + 6]! ^ 0xFF
    expect(() => decodePng(damaged, '07.png')).toThrow(/^07\.png: not a PNG that can be read/)
    expect(() => decodePng(png.subarray(0, png.length - 20), '08.png')).toThrow(/^08\.png: not a PNG that can be read/)
  })
})
