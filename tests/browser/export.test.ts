import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportBaseName, PROJECT_ROOT } from '../../scripts/lib/paths.ts'
import { readDeck } from '../../scripts/lib/deck.ts'
import { pdfFonts, pdfPageCount, pdfText } from './pdf-tools.ts'

const slides = await readDeck()
const outDir = mkdtempSync(join(tmpdir(), 'deck-export-'))
const name = exportBaseName()

function run(script: string, ...args: string[]): string {
  return execFileSync(process.execPath, [join(PROJECT_ROOT, 'scripts', script), ...args, '--out-dir', outDir], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true' },
  })
}

describe('npm run export (PDF, through slidev export and the system browser)', () => {
  let printed = ''
  const pdf = join(outDir, `${name}.pdf`)
  beforeAll(() => { printed = run('export.ts', 'pdf') })

  it('tells the user where the file is', () => {
    expect(printed).toContain(`Written: `)
    expect(printed).toContain(`${name}.pdf`)
    expect(existsSync(pdf)).toBe(true)
  })

  it('has one page per slide', () => {
    expect(pdfPageCount(pdf)).toBe(slides.length)
  })

  it('embeds every font it uses, so it prints the same anywhere', () => {
    const fonts = pdfFonts(pdf)
    expect(fonts.length).toBeGreaterThan(0)
    expect(fonts.filter(font => !font.embedded)).toEqual([])
    expect(fonts.map(font => font.name).join(' ')).toContain('Inter')
  })

  it('puts each slide title on its own page as text', () => {
    slides.forEach((slide, index) => {
      expect(pdfText(pdf, index + 1).replace(/\s+/g, ' ')).toContain(slide.title)
    })
  })
})

describe('npm run handout (speaker notes PDF)', () => {
  it('writes one page or more per slide with its number, title and notes', () => {
    const printed = run('handout.ts')
    const file = join(outDir, `${name}-notes.pdf`)
    expect(printed).toContain(`${name}-notes.pdf`)
    expect(pdfPageCount(file)).toBeGreaterThanOrEqual(slides.length)
    const text = pdfText(file).replace(/\s+/g, ' ')
    for (const slide of slides)
      expect(text).toContain(`${slide.no}/${slides.length} ${slide.title}`)
  })
})
