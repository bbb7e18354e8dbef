// Reads the entries of a zip file (a .pptx is one) with Node alone, so the tests need no unzip tool.
import { readFileSync } from 'node:fs'
import { inflateRawSync } from 'node:zlib'

/** Every entry of the zip: its name and its uncompressed bytes (stored or deflated entries). */
export function readZip(file: string): Map<string, Buffer> {
  const zip = readFileSync(file)
  // The end-of-central-directory record sits in the last 64 KiB + 22 bytes.
  let end = -1
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 65_557); at--) {
    if (zip.readUInt32LE(at) === 0x06054B50) {
      end = at
      break
    }
  }
  if (end < 0)
    throw new Error(`${file} is not a zip file (no end-of-central-directory record)`)
  const count = zip.readUInt16LE(end + 10)
  let at = zip.readUInt32LE(end + 16)
  const entries = new Map<string, Buffer>()
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014B50)
      throw new Error(`${file}: broken central directory at entry ${i}`)
    const method = zip.readUInt16LE(at + 10)
    const compressedSize = zip.readUInt32LE(at + 20)
    const nameLength = zip.readUInt16LE(at + 28)
    const extraLength = zip.readUInt16LE(at + 30)
    const commentLength = zip.readUInt16LE(at + 32)
    const localHeader = zip.readUInt32LE(at + 42)
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength)
    const dataStart = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28)
    const raw = zip.subarray(dataStart, dataStart + compressedSize)
    entries.set(name, method === 8 ? inflateRawSync(raw) : Buffer.from(raw))
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}
