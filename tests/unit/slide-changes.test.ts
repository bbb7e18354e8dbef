import type { ExportedSlide } from '../../scripts/lib/slide-changes.ts'
import { describe, expect, it } from 'vitest'
import { compareDecks, describeChange, slideTitle } from '../../scripts/lib/slide-changes.ts'
import { wordDiff } from '../../scripts/lib/word-diff.ts'
import { exportedSlide, rgbaPicture } from '../fixtures/png.ts'

const WHITE = [255, 255, 255, 255] as const
const ORANGE = [200, 90, 20, 255] as const
const slate = () => rgbaPicture(10, 8, WHITE).paint(0, 0, 10, 2, [30, 40, 60, 255])

// Four slides before; after: slide 1 the same, slide 2 retyped, slide 3 a bar grown, and a fifth slide at the end.
const before: ExportedSlide[] = [
  exportedSlide('Equinix and Aliyun\n\n  June 2015 briefing\n', slate()),
  exportedSlide('Alibaba at home   Sources: EWC\n  Aliyun holds 23% of China cloud computing\n', slate()),
  exportedSlide('Aliyun regions\n  Hong Kong   Silicon Valley\n', slate()),
  exportedSlide('Backup: sources\n', slate()),
]
const after: ExportedSlide[] = [
  before[0]!,
  exportedSlide('Alibaba at home   Sources: EWC\n  Aliyun holds   27%   of China cloud computing\n', slate()),
  exportedSlide(before[2]!.text, slate().paint(3, 2, 3, 3, ORANGE)),
  before[3]!,
  exportedSlide('\n\nHindsight: 2015 to 2026\n', slate()),
]

describe('compareDecks', () => {
  const changes = compareDecks(before, after)

  it('gives one record a slide, numbered from 1, and counts slides past the old end as added', () => {
    expect(changes.map(change => [change.no, change.status])).toEqual([
      [1, 'unchanged'],
      [2, 'changed'],
      [3, 'changed'],
      [4, 'unchanged'],
      [5, 'added'],
    ])
    expect(changes[4]!.title).toBe('Hindsight: 2015 to 2026')
  })

  it('names the words removed and added, whatever the spacing around them', () => {
    expect(changes[1]!.text).toEqual([
      {
        removed: ['23%'],
        added: ['27%'],
        lead: ['EWC', 'Aliyun', 'holds'],
        trail: ['of', 'China', 'cloud'],
      },
    ])
    // The same picture: only the text changed.
    expect(changes[1]!.pixels).toBeUndefined()
  })

  it('counts the pixels that differ and boxes them', () => {
    const { pixels, text } = changes[2]!
    expect(text).toBeUndefined()
    expect(pixels).toMatchObject({
      count: 9,
      share: 9 / 80,
      box: { x: 3, y: 2, width: 3, height: 3 },
      picture: { width: 10, height: 8 },
    })
  })

  it('finds no change in a picture encoded differently but with the same pixels', () => {
    const reencoded = [
      {
        text: before[2]!.text,
        png: slate().png(2), // without alpha: other bytes, the same pixels
      },
    ]
    expect(reencoded[0]!.png.equals(before[2]!.png)).toBe(false)
    expect(compareDecks([before[2]!], reencoded)[0]!.status).toBe('unchanged')
  })

  it('counts a picture of another size as changed all over', () => {
    const wider = [
      {
        text: before[2]!.text,
        png: rgbaPicture(12, 8, WHITE).png(),
      },
    ]
    const [change] = compareDecks([before[2]!], wider)
    expect(change!.status).toBe('changed')
    expect(change!.pixels).toMatchObject({
      share: 1,
      resized: {
        before: { width: 10, height: 8 },
        after: { width: 12, height: 8 },
      },
    })
  })

  it('counts slides missing from the new deck as removed, titled from the old one', () => {
    const removed = compareDecks(before, before.slice(0, 2))
    expect(removed.slice(2).map(change => [change.no, change.status, change.title])).toEqual([
      [3, 'removed', 'Aliyun regions'],
      [4, 'removed', 'Backup: sources'],
    ])
  })

  it('says in one line what changed, for the printed list', () => {
    expect(describeChange(changes[1]!)).toBe('text (− 23%, + 27%)')
    expect(describeChange(changes[2]!)).toBe('pixels 11.3% (9) in x 3–5, y 2–4')
    expect(describeChange(changes[4]!)).toBe('added')
  })
})

describe('wordDiff', () => {
  it('finds nothing when only spacing and line breaks moved', () => {
    expect(wordDiff('Aliyun  23%\nof cloud', 'Aliyun 23% of\n  cloud')).toEqual([])
  })

  it('keeps separate changes apart, in reading order', () => {
    const hunks = wordDiff('one two three four five six seven', 'one 2 three four five six seven eight')
    expect(hunks.map(({ removed, added }) => ({ removed, added }))).toEqual([
      {
        removed: ['two'],
        added: ['2'],
      },
      {
        removed: [],
        added: ['eight'],
      },
    ])
  })

  it('shows a replaced word as one change where the old word recurs next to it', () => {
    expect(wordDiff('share 20% 23% 23% in 2015', 'share 20% 21% 23% in 2015').map(({ removed, added }) => ({ removed, added }))).toEqual([
      {
        removed: ['23%'],
        added: ['21%'],
      },
    ])
  })

  it('finds a sentence rewritten in the middle of a long text', () => {
    const common = Array.from({ length: 200 }, (_, i) => `w${i}`)
    const old = [
      ...common.slice(0, 100),
      'Aliyun',
      'led',
      ...common.slice(100),
    ].join(' ')
    const now = [
      ...common.slice(0, 100),
      'Aliyun',
      'trailed',
      'both',
      ...common.slice(100),
    ].join(' ')
    expect(wordDiff(old, now).map(({ removed, added }) => ({ removed, added }))).toEqual([
      {
        removed: ['led'],
        added: ['trailed', 'both'],
      },
    ])
  })
})

describe('slideTitle', () => {
  it('is the first line with text, up to a wide gap where the layout puts another column', () => {
    expect(slideTitle('\n\n   Where sources disagree        Backup\nAliyun 23%')).toBe('Where sources disagree')
  })

  it('is cut short past 80 characters', () => {
    expect(slideTitle('word '.repeat(40))).toHaveLength(80)
  })
})
