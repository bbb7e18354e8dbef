// Reads a folder written by `node scripts/export.ts all` as one record a slide (its text from the PDF, its PNG)
// and compares two such folders (scripts/lib/slide-changes.ts). Text comes from poppler's pdftotext.
import type { ExportedSlide, SlideChange } from './slide-changes.ts'
import { execFile } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { compareDecks } from './slide-changes.ts'

const run = promisify(execFile)
/** `07.png`, or `07-04.png` for slide 7 at click step 4 (a slide with click steps is pictured at its last). */
const SLIDE_PNG = /^(\d+)(?:-(\d+))?\.png$/

/** The text of each page of a PDF, as laid out on it (pdftotext ends every page with a form feed). */
export async function pdfPageTexts(pdf: string): Promise<string[]> {
  let stdout: string
  try {
    ({ stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 * 2 ** 20 }))
  }
  catch (error) {
    const { code, stderr } = error as { code?: string, stderr?: string }
    throw new Error(code === 'ENOENT'
      ? 'pdftotext was not found: install poppler (`sudo apt-get install -y poppler-utils`)'
      : `pdftotext could not read ${pdf}: ${stderr?.trim() || (error as Error).message}`)
  }
  const pages = stdout.split('\f')
  if (pages.at(-1)?.trim() === '')
    pages.pop()
  return pages
}

/** Per slide, in order, the picture of its last click step. */
export function finalPictures(files: readonly string[]): { file: string, no: number }[] {
  const last = new Map<number, { file: string, step: number }>()
  for (const file of files) {
    const match = file.match(SLIDE_PNG)
    if (!match)
      continue
    const no = Number(match[1])
    const step = Number(match[2] ?? 1)
    if (step >= (last.get(no)?.step ?? 0))
      last.set(no, { file, step })
  }
  return [...last].sort(([a], [b]) => a - b).map(([no, { file }]) => ({ file, no }))
}

/** Every slide of an export folder: `<name>.pdf` page N and `<name>-png/NN.png`, counted against each other. */
export async function readExportFolder(dir: string, name: string): Promise<ExportedSlide[]> {
  const pdf = join(dir, `${name}.pdf`)
  const pngDir = join(dir, `${name}-png`)
  for (const path of [pdf, pngDir]) {
    if (!existsSync(path))
      throw new Error(`${dir}: no ${path.slice(dir.length + 1)} (export both with \`node scripts/export.ts all --out-dir ${dir}\`)`)
  }
  const pictures = finalPictures(readdirSync(pngDir))
  const texts = await pdfPageTexts(pdf)
  if (texts.length !== pictures.length)
    throw new Error(`${dir}: ${name}.pdf has ${texts.length} pages but ${name}-png/ has ${pictures.length} slide pictures; export again`)
  return pictures.map(({ file, no }, index) => {
    if (no !== index + 1)
      throw new Error(`${pngDir}: slide ${index + 1} has no picture (found ${file} in its place)`)
    return {
      text: texts[index]!,
      png: readFileSync(join(pngDir, file)),
    }
  })
}

/**
 * The export name in a folder: `preferred` (this deck's exportFilename) when its PDF is there, else the one name
 * with both a PDF and a PNG folder (an older commit may have named its exports differently).
 */
export function exportNameIn(dir: string, preferred: string): string {
  if (!existsSync(dir))
    throw new Error(`${dir}: no such folder`)
  if (existsSync(join(dir, `${preferred}.pdf`)))
    return preferred
  const names = readdirSync(dir)
    .filter(file => file.endsWith('.pdf'))
    .map(file => file.slice(0, -'.pdf'.length))
    .filter(name => existsSync(join(dir, `${name}-png`)))
  return names.length === 1
    ? names[0]!
    : preferred
}

export interface ExportComparison {
  before: ExportedSlide[]
  after: ExportedSlide[]
  changes: SlideChange[]
}

/** Compares two export folders slide by slide; `afterName` when the deck's exportFilename changed in between. */
export async function compareExportDirs(beforeDir: string, afterDir: string, name: string, afterName = name): Promise<ExportComparison> {
  const before = await readExportFolder(beforeDir, name)
  const after = await readExportFolder(afterDir, afterName)
  return {
    before,
    after,
    changes: compareDecks(before, after),
  }
}
