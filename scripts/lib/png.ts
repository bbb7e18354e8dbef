// Slide pictures read back for comparing them pixel by pixel (scripts/lib/slide-changes.ts): pngjs decodes any PNG
// (palette, 16-bit and interlaced ones too) to 8-bit RGBA; a file it cannot read is refused, naming the file.
import { Buffer } from 'node:buffer'
import { PNG } from 'pngjs'

export interface DecodedPng {
  width: number
  height: number
  /** Four bytes a pixel (red, green, blue, alpha), row after row from the top left. */
  rgba: Uint8Array
}

/** Decodes a PNG file's bytes; `source` (a file name) starts the error message when they are not a readable PNG. */
export function decodePng(bytes: Uint8Array, source = 'PNG'): DecodedPng {
  try {
    const { width, height, data } = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
    return {
      width,
      height,
      rgba: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    }
  }
  catch (error) {
    throw new Error(`${source}: not a PNG that can be read (${(error as Error).message})`)
  }
}
