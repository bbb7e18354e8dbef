import type { ExportedSlide } from '../../scripts/lib/slide-changes.ts'
import { Buffer } from 'node:buffer'
import { describe, expect, it } from 'vitest'
import { changesPage } from '../../scripts/lib/changes-page.ts'
import { compareDecks } from '../../scripts/lib/slide-changes.ts'
import { exportedSlide, rgbaPicture } from '../fixtures/png.ts'

const WHITE = [255, 255, 255, 255] as const
const RED = [220, 30, 30, 255] as const
const plain = () => rgbaPicture(20, 10, WHITE)

// Slide 1 unchanged, slide 2 retyped (with markup in its text), slide 3 repainted at x 5–9, y 2–4.
const before: ExportedSlide[] = [
  exportedSlide('Title slide\n', plain()),
  exportedSlide('Shares & counts\nAliyun 23%\n', plain()),
  exportedSlide('Map\n', plain()),
]
const after: ExportedSlide[] = [
  before[0]!,
  exportedSlide('Shares & counts <script>alert(1)</script>\nAliyun "27%"\n', plain().paint(1, 1, 2, 2, RED)),
  exportedSlide('Map\n', plain().paint(5, 2, 5, 3, RED)),
]
const page = changesPage({
  beforeLabel: 'e590f4a',
  afterLabel: 'the working tree',
  changes: compareDecks(before, after),
  before,
  after,
})
const sections = page.split('<section').slice(1)

describe('changesPage', () => {
  it('has a row for each changed slide only, and counts the unchanged ones', () => {
    expect(sections.map(section => section.match(/id="slide-(\d+)"/)?.[1])).toEqual(['2', '3'])
    expect(page).toContain('2 of 3 slides changed; 1 unchanged (not pictured).')
  })

  it('pictures each changed slide before and after, inlined as the exported PNG bytes', () => {
    const sources = [
      ...sections[1]!.matchAll(/<img src="([^"]+)"/g),
    ].map(match => match[1]!)
    expect(sources.map(source => source.slice(0, 22))).toEqual(['data:image/png;base64,', 'data:image/png;base64,'])
    expect(sources.map(source => Buffer.from(source.slice(22), 'base64'))).toEqual([before[2]!.png, after[2]!.png])
    expect(sections[1]).toContain('Before: e590f4a')
    expect(sections[1]).toContain('After: the working tree')
  })

  it('asks for nothing from outside the page', () => {
    const addresses = [
      ...page.matchAll(/\b(?:src|href)="([^"]*)"/g),
    ].map(match => match[1]!)
    expect(addresses.filter(address => !address.startsWith('data:') && !address.startsWith('#'))).toEqual([])
    expect(page).not.toMatch(/url\(|@import|<link|<script/i)
    expect(page).toContain('content="default-src \'none\'; img-src data:')
  })

  it('outlines the changed region where it lies on the picture', () => {
    // x 5 of 20 is 25% from the left, y 2 of 10 is 20% from the top; 5 × 3 pixels are 25% × 30%.
    expect(sections[1]).toContain('left:25.000%;top:20.000%;width:25.000%;height:30.000%')
  })

  it('shows slide text as text, never as markup', () => {
    expect(page).not.toContain('<script>')
    expect(sections[0]).toContain('&#60;script&#62;alert(1)&#60;/script&#62;')
    expect(sections[0]).toContain('Shares &#38; counts')
    expect(sections[0]).toContain('<ins>&#34;27%&#34;</ins>')
  })
})
