// A small PNG decoder for comparing slide pictures pixel by pixel (scripts/lib/slide-changes.ts). It reads what
// Chromium's screenshots are: 8-bit grey, grey+alpha, RGB or RGBA, not interlaced, any of the five row filters.
// Anything else (palette, 16-bit, interlaced, a damaged chunk) is refused with a message naming what it found.
import { unzlibSync } from 'fflate'

export interface DecodedPng {
  width: number
  height: number
  /** Four bytes a pixel (red, green, blue, alpha), row after row from the top left. */
  rgba: Uint8Array
}

const SIGNATURE = [
  0x89,
  0x50,
  0x4E,
  0x47,
  0x0D,
  0x0A,
  0x1A,
  0x0A,
]
/** Bytes a pixel has in the file, by colour type (8-bit samples). */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 }
const COLOUR_TYPES = '0 (grey), 2 (RGB), 4 (grey and alpha) or 6 (RGBA)'

let crcTable: Uint32Array | undefined
/** The CRC-32 every PNG chunk ends with, over its type and data. */
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256)
    for (let n = 0; n < 256; n++) {
      let c = n
      for (let k = 0; k < 8; k++) {
        c = c & 1
          ? 0xEDB88320 ^ (c >>> 1)
          : c >>> 1
      }
      crcTable[n] = c >>> 0
    }
  }
  let crc = 0xFFFFFFFF
  for (const byte of bytes)
    crc = crcTable[(crc ^ byte) & 0xFF]! ^ (crc >>> 8)
  return (crc ^ 0xFFFFFFFF) >>> 0
}

/** The Paeth predictor of the PNG specification: whichever of left, above, upper left is nearest to their sum. */
function paeth(left: number, above: number, upperLeft: number): number {
  const p = left + above - upperLeft
  const toLeft = Math.abs(p - left)
  const toAbove = Math.abs(p - above)
  const toUpperLeft = Math.abs(p - upperLeft)
  if (toLeft <= toAbove && toLeft <= toUpperLeft)
    return left
  return toAbove <= toUpperLeft
    ? above
    : upperLeft
}

/** The raw samples, row filters undone: `data` holds per row a filter byte, then `stride` bytes. */
function unfilter(data: Uint8Array, height: number, stride: number, bpp: number, source: string): Uint8Array {
  const pixels = new Uint8Array(height * stride)
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)]!
    const row = data.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))
    const out = y * stride
    const prev = out - stride
    for (let i = 0; i < stride; i++) {
      const left = i >= bpp
        ? pixels[out + i - bpp]!
        : 0
      const above = y > 0
        ? pixels[prev + i]!
        : 0
      const upperLeft = y > 0 && i >= bpp
        ? pixels[prev + i - bpp]!
        : 0
      let predicted: number
      switch (filter) {
        case 0: predicted = 0
          break
        case 1: predicted = left
          break
        case 2: predicted = above
          break
        case 3: predicted = (left + above) >>> 1
          break
        case 4: predicted = paeth(left, above, upperLeft)
          break
        default:
          throw new Error(`${source}: row ${y} has filter type ${filter}; a PNG row filter is 0 to 4`)
      }
      pixels[out + i] = (row[i]! + predicted) & 0xFF
    }
  }
  return pixels
}

/** Any supported colour type, as RGBA. */
function toRgba(pixels: Uint8Array, width: number, height: number, channels: number): Uint8Array {
  if (channels === 4)
    return pixels
  const rgba = new Uint8Array(width * height * 4)
  for (let p = 0; p < width * height; p++) {
    const from = p * channels
    const to = p * 4
    if (channels >= 3) {
      rgba.set(pixels.subarray(from, from + 3), to)
      rgba[to + 3] = 255
    }
    else {
      const grey = pixels[from]!
      rgba[to] = grey
      rgba[to + 1] = grey
      rgba[to + 2] = grey
      rgba[to + 3] = channels === 2
        ? pixels[from + 1]!
        : 255
    }
  }
  return rgba
}

/** Decodes a PNG file's bytes; `source` (a file name) starts every error message. */
export function decodePng(bytes: Uint8Array, source = 'PNG'): DecodedPng {
  if (bytes.length < 8 || SIGNATURE.some((byte, i) => bytes[i] !== byte))
    throw new Error(`${source}: not a PNG file (it does not start with the PNG signature)`)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let header: { width: number, height: number, bitDepth: number, colourType: number, interlace: number } | undefined
  const compressed: Uint8Array[] = []
  let ended = false
  for (let at = 8; at < bytes.length && !ended;) {
    if (at + 12 > bytes.length)
      throw new Error(`${source}: cut short: a chunk starts at byte ${at} but the file ends at ${bytes.length}`)
    const length = view.getUint32(at)
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8))
    if (at + 12 + length > bytes.length)
      throw new Error(`${source}: cut short: chunk ${type} at byte ${at} says it has ${length} bytes, the file ends before`)
    const data = bytes.subarray(at + 8, at + 8 + length)
    const stored = view.getUint32(at + 8 + length)
    if (crc32(bytes.subarray(at + 4, at + 8 + length)) !== stored)
      throw new Error(`${source}: chunk ${type} at byte ${at} is damaged (its CRC does not match its bytes)`)
    if (type === 'IHDR') {
      const fields = new DataView(data.buffer, data.byteOffset, data.byteLength)
      header = {
        width: fields.getUint32(0),
        height: fields.getUint32(4),
        bitDepth: data[8]!,
        colourType: data[9]!,
        interlace: data[12]!,
      }
    }
    else if (type === 'IDAT') {
      compressed.push(data)
    }
    else if (type === 'IEND') {
      ended = true
    }
    at += 12 + length
  }
  if (!header)
    throw new Error(`${source}: no IHDR chunk, so no size or colour type`)
  const { width, height, bitDepth, colourType, interlace } = header
  const channels = CHANNELS[colourType]
  if (channels === undefined) {
    throw new Error(`${source}: colour type ${colourType}${colourType === 3
      ? ' (palette)'
      : ''} is not supported; supported: ${COLOUR_TYPES}`)
  }
  if (bitDepth !== 8)
    throw new Error(`${source}: bit depth ${bitDepth} is not supported; supported: 8 bits a sample`)
  if (interlace !== 0)
    throw new Error(`${source}: interlace method ${interlace} (Adam7) is not supported; supported: 0 (not interlaced)`)
  if (!compressed.length)
    throw new Error(`${source}: no IDAT chunk, so no pixels`)
  if (!ended)
    throw new Error(`${source}: cut short: no IEND chunk`)

  const joined = new Uint8Array(compressed.reduce((sum, part) => sum + part.length, 0))
  let offset = 0
  for (const part of compressed) {
    joined.set(part, offset)
    offset += part.length
  }
  let data: Uint8Array
  try {
    data = unzlibSync(joined)
  }
  catch (error) {
    throw new Error(`${source}: the pixel data does not decompress (${(error as Error).message})`)
  }
  const stride = width * channels
  const expected = height * (stride + 1)
  if (data.length < expected)
    throw new Error(`${source}: the pixel data has ${data.length} bytes; ${width}×${height} pixels need ${expected}`)
  return {
    width,
    height,
    rgba: toRgba(unfilter(data, height, stride, channels, source), width, height, channels),
  }
}
