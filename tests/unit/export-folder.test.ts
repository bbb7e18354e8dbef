import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { afterAll, describe, expect, it } from 'vitest'
import { compareExportDirs, exportNameIn, finalPictures, readExportFolder } from '../../scripts/lib/export-folder.ts'
import { rgbaPicture } from '../fixtures/png.ts'

const root = mkdtempSync(join(tmpdir(), 'export-folder-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const WHITE = [255, 255, 255, 255] as const

/** An export folder as `export.ts all` writes one: `<name>.pdf` with a page per slide, `<name>-png/` with its pictures. */
async function exportFolder(dir: string, name: string, texts: string[], pictures: Record<string, Uint8Array>): Promise<string> {
  const path = join(root, dir)
  mkdirSync(join(path, `${name}-png`), { recursive: true })
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  for (const text of texts)
    pdf.addPage([400, 200]).drawText(text, { x: 20, y: 150, size: 14, font })
  writeFileSync(join(path, `${name}.pdf`), await pdf.save())
  for (const [file, png] of Object.entries(pictures))
    writeFileSync(join(path, `${name}-png`, file), png)
  return path
}

describe('finalPictures', () => {
  it('takes each slide at its last click step, in slide order', () => {
    expect(finalPictures([
      '10.png',
      '02-03.png',
      '01.png',
      '02-02.png',
      'notes.txt',
      '03-04.png',
    ])).toEqual([
      { no: 1, file: '01.png' },
      { no: 2, file: '02-03.png' },
      { no: 3, file: '03-04.png' },
      { no: 10, file: '10.png' },
    ])
  })
})

describe('compareExportDirs', () => {
  it('reads each slide\'s PDF page and picture and compares them', async () => {
    const pictures = {
      '01.png': rgbaPicture(4, 4, WHITE).png(),
      '02-03.png': rgbaPicture(4, 4, WHITE).png(),
    }
    const before = await exportFolder('before', 'deck', ['Equinix and Aliyun', 'Aliyun holds 23% of cloud'], pictures)
    const after = await exportFolder('after', 'deck', ['Equinix and Aliyun', 'Aliyun holds 27% of cloud'], pictures)
    const { changes } = await compareExportDirs(before, after, 'deck')
    expect(changes.map(change => [change.no, change.status])).toEqual([
      [1, 'unchanged'],
      [2, 'changed'],
    ])
    expect(changes[1]!.text?.map(({ removed, added }) => [removed, added])).toEqual([
      [
        ['23%'],
        ['27%'],
      ],
    ])
    expect(changes[1]!.title).toBe('Aliyun holds 27% of cloud')
  })

  it('refuses a folder whose PDF and pictures count different slides, naming both counts', async () => {
    const dir = await exportFolder('short', 'deck', ['one', 'two', 'three'], {
      '01.png': rgbaPicture(2, 2, WHITE).png(),
    })
    await expect(readExportFolder(dir, 'deck')).rejects.toThrow('deck.pdf has 3 pages but deck-png/ has 1 slide pictures')
  })

  it('says which file of an export is missing', async () => {
    const dir = await exportFolder('no-pdf', 'deck', [], {})
    rmSync(join(dir, 'deck.pdf'))
    await expect(readExportFolder(dir, 'deck')).rejects.toThrow(`${dir}: no deck.pdf`)
  })
})

describe('exportNameIn', () => {
  it('finds an export named otherwise, as an older commit may have named it', async () => {
    const dir = await exportFolder('renamed', 'old-name', ['one'], {
      '01.png': rgbaPicture(2, 2, WHITE).png(),
    })
    expect(exportNameIn(dir, 'equinix-aliyun-briefing')).toBe('old-name')
  })
})
