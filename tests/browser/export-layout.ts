// How the exported pictures and the handout are laid out, read from the files as a person would get them.
import { readFileSync } from 'node:fs'
import { pdfPageCount, pdfText } from './pdf-tools.ts'

/** A PNG's width and height, from its header (the IHDR chunk right after the 8-byte signature). */
export function pngSize(file: string): { width: number, height: number } {
  const header = readFileSync(file).subarray(0, 24)
  return {
    width: header.readUInt32BE(16),
    height: header.readUInt32BE(20),
  }
}

/** The slide numbers each page of a handout heads ("5/29 Title"), page by page. */
export function handoutSlidesByPage(file: string, slideCount: number): number[][] {
  const heading = new RegExp(`^\\s*(\\d+)\\s*/\\s*${slideCount}\\s`, 'gm')
  return Array.from({
    length: pdfPageCount(file),
  }, (_, i) => [
    ...pdfText(file, i + 1).matchAll(heading),
  ].map(match => Number(match[1])))
}
