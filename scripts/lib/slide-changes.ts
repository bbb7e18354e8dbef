// Which slides differ between two exports of the deck, and how: the words that were removed and added
// (word-diff.ts), and the pixels that differ (how many, and the rectangle around them). Pure: two decks in, one
// record a slide out; reading export folders is export-folder.ts, the reviewer's page changes-page.ts.
import type { DecodedPng } from './png.ts'
import type { TextHunk } from './word-diff.ts'
import { Buffer } from 'node:buffer'
import { decodePng } from './png.ts'
import { wordDiff } from './word-diff.ts'

/** One slide as exported: its text (as pdftotext reads its PDF page) and its picture (the PNG export). */
export interface ExportedSlide {
  text: string
  png: Uint8Array
}

/** A rectangle in the picture's pixels, from its top left corner. */
export interface PixelBox {
  x: number
  y: number
  width: number
  height: number
}

export interface PixelChange {
  /** Pixels that differ in any channel (every pixel when the sizes differ). */
  count: number
  /** `count` as a share of the new picture's pixels, 0 to 1. */
  share: number
  /** The smallest rectangle that holds every differing pixel (the whole new picture when the sizes differ). */
  box: PixelBox
  /** The new picture's size, which `box` is measured in. */
  picture: { width: number, height: number }
  /** Both sizes, when they are not the same. */
  resized?: { before: { width: number, height: number }, after: { width: number, height: number } }
}

export type { TextHunk }

export type SlideStatus = 'unchanged' | 'changed' | 'added' | 'removed'

export interface SlideChange {
  /** 1-based, as the deck numbers its slides. */
  no: number
  /** The first line of the slide's text (the new one; the old one for a removed slide). */
  title: string
  status: SlideStatus
  /** Present when the words differ. */
  text?: TextHunk[]
  /** Present when the pictures differ. */
  pixels?: PixelChange
}

const TITLE_MAX = 80

/** The first non-empty line, up to the first wide gap (pdftotext's layout puts columns side by side). */
export function slideTitle(text: string): string {
  const line = text.split('\n').map(l => l.trim()).find(Boolean) ?? ''
  const title = (line.split(/\s{3,}/)[0] ?? '').replace(/\s+/g, ' ')
  return title.length > TITLE_MAX
    ? `${title.slice(0, TITLE_MAX - 1)}…`
    : title
}

/**
 * How two pictures differ, or undefined when every pixel is the same. Counted here rather than by pixelmatch: the
 * report wants every changed pixel and the rectangle around them, where pixelmatch weighs perceived colour difference.
 */
export function pixelChange(before: DecodedPng, after: DecodedPng): PixelChange | undefined {
  const total = after.width * after.height
  if (before.width !== after.width || before.height !== after.height) {
    return {
      count: total,
      share: 1,
      box: {
        x: 0,
        y: 0,
        width: after.width,
        height: after.height,
      },
      picture: { width: after.width, height: after.height },
      resized: {
        before: { width: before.width, height: before.height },
        after: { width: after.width, height: after.height },
      },
    }
  }
  let count = 0
  let left = after.width
  let top = after.height
  let right = -1
  let bottom = -1
  const { rgba: a } = before
  const { rgba: b } = after
  for (let y = 0; y < after.height; y++) {
    for (let x = 0; x < after.width; x++) {
      const at = (y * after.width + x) * 4
      if (a[at] === b[at] && a[at + 1] === b[at + 1] && a[at + 2] === b[at + 2] && a[at + 3] === b[at + 3])
        continue
      count++
      left = Math.min(left, x)
      right = Math.max(right, x)
      top = Math.min(top, y)
      bottom = Math.max(bottom, y)
    }
  }
  if (!count)
    return undefined
  return {
    count,
    share: count / total,
    box: {
      x: left,
      y: top,
      width: right - left + 1,
      height: bottom - top + 1,
    },
    picture: { width: after.width, height: after.height },
  }
}

function compareSlide(no: number, before: ExportedSlide, after: ExportedSlide): SlideChange {
  const title = slideTitle(after.text)
  const text = wordDiff(before.text, after.text)
  // The same bytes are the same picture: nothing to decode.
  const pixels = Buffer.from(before.png).equals(after.png)
    ? undefined
    : pixelChange(decodePng(before.png, `slide ${no} before`), decodePng(after.png, `slide ${no} after`))
  if (!text.length && !pixels)
    return { no, title, status: 'unchanged' }
  return {
    no,
    title,
    status: 'changed',
    ...(text.length
      ? { text }
      : {}),
    ...(pixels
      ? { pixels }
      : {}),
  }
}

/** One record a slide, in order; slides past the shorter deck's end are added (or removed). */
export function compareDecks(before: readonly ExportedSlide[], after: readonly ExportedSlide[]): SlideChange[] {
  const changes: SlideChange[] = []
  for (let index = 0; index < Math.max(before.length, after.length); index++) {
    const no = index + 1
    const old = before[index]
    const now = after[index]
    if (old && now) {
      changes.push(compareSlide(no, old, now))
    }
    else if (now) {
      changes.push({
        no,
        title: slideTitle(now.text),
        status: 'added',
      })
    }
    else if (old) {
      changes.push({
        no,
        title: slideTitle(old.text),
        status: 'removed',
      })
    }
  }
  return changes
}

// A line a slide: long rewrites are cut short here (the page shows them whole).
const LISTED_HUNKS = 4
const LISTED_WORDS = 12
function shortened(words: readonly string[]) {
  return words.length > LISTED_WORDS
    ? `${words.slice(0, LISTED_WORDS).join(' ')} …`
    : words.join(' ')
}

function percent(share: number) {
  return share >= 0.001 || share === 0
    ? `${(share * 100).toFixed(1)}%`
    : '<0.1%'
}

/** What changed on one slide, in a line: `text (− 23%, + 25%); pixels 3.2% in x 120–480, y 60–210`. */
export function describeChange(change: SlideChange): string {
  if (change.status === 'added' || change.status === 'removed' || change.status === 'unchanged')
    return change.status
  const parts: string[] = []
  if (change.text) {
    const hunks = change.text.slice(0, LISTED_HUNKS).map(({ removed, added }) => [
      removed.length
        ? `− ${shortened(removed)}`
        : '',
      added.length
        ? `+ ${shortened(added)}`
        : '',
    ].filter(Boolean).join(', '))
    const more = change.text.length - LISTED_HUNKS
    parts.push(`text (${hunks.join('; ')}${more > 0
      ? `; and ${more} more`
      : ''})`)
  }
  const pixels = change.pixels
  if (pixels?.resized) {
    const { before, after } = pixels.resized
    parts.push(`picture resized from ${before.width}×${before.height} to ${after.width}×${after.height}`)
  }
  else if (pixels) {
    const { x, y, width, height } = pixels.box
    parts.push(`pixels ${percent(pixels.share)} (${pixels.count}) in x ${x}–${x + width - 1}, y ${y}–${y + height - 1}`)
  }
  return parts.join('; ')
}
