import type { Browser, Page } from 'playwright-core'
// The PPTX writer on a fixture print view (two slides, no deck): links on runs, a card's body beside its
// heading, the print view's own slide number left out in favour of PowerPoint's, the title on the content's
// left edge, a picture's words in its alt text and its PNG copy sharp enough for a projector.
import { strFromU8, unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FALLBACK_MIN_WIDTH, writePptx } from '../../scripts/lib/pptx-export.ts'
import { sharedChromium } from './harness.ts'

const STYLE = `<style>
:root { --deck-ink: #1F2937; --deck-accent: #B4500B; --deck-accent-2: #0B5CAD; --deck-rest: #C9D1DB; --deck-other: #6B7280 }
body { margin: 0; font: 16px/1.3 sans-serif }
.print-slide-container { width: 980px; height: 551px; position: relative; overflow: hidden }
.slidev-layout { padding: 30px 58px; box-sizing: border-box; height: 100% }
h1 { margin: 0 0 12px; font-size: 30px }
.card { background: #F3F4F6; padding: 10px 14px } .card strong { display: block }
.slide-number { position: absolute; right: 58px; bottom: 12px }
</style>`
const PRINT_VIEW = `${STYLE}
<div class="print-slide-container"><div class="slidev-layout"><h1>The cover</h1></div></div>
<div class="print-slide-container"><div class="slidev-layout">
  <h1>Links and cards</h1>
  <p>Read <a href="https://example.com/report">the full report</a>, or go <a href="#/1" data-slide="1">back to the cover</a>; <a href="#local">an anchor</a> stays text.</p>
  <div class="card"><strong>What happened</strong><span>A body written beside its heading.</span></div>
  <svg role="img" aria-label="A small map" width="300" height="120" viewBox="0 0 300 120"><rect width="300" height="120" fill="#C9D1DB"/><text x="10" y="60">Legend words</text></svg>
  <div class="slide-number">2</div>
</div></div>`
const NOTES = [1, 2].map(no => [
  { text: `Notes ${no}`, click: 0 },
])

let browser: Browser
let files: Record<string, Uint8Array>
const xml = (path: string) => strFromU8(files[path] ?? new Uint8Array())

async function pageWith(html: string): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: 1000, height: 1200 },
  })
  await page.setContent(html)
  return page
}

/** The PPTX written from the two-slide fixture, its print view given as HTML. */
async function fixturePptx(printView: string): ReturnType<typeof writePptx> {
  return writePptx({
    slideCount: 2,
    printView: await pageWith(printView),
    notes: NOTES,
    info: {
      title: 'Fixture',
      author: 'Tests',
      subject: 'Fixture',
      date: new Date('2026-01-01T00:00:00Z'),
    },
  })
}

beforeAll(async () => {
  browser = await sharedChromium()
  files = unzipSync((await fixturePptx(PRINT_VIEW)).bytes)
}, 60_000)

afterAll(async () => {
  await browser?.close()
})

/** The text box whose runs say `text`: its XML, from <p:sp> to </p:sp>. */
function shapeSaying(slide: string, text: string): string {
  const shape = slide.split('<p:sp>').find(sp => sp.includes(text))
  if (!shape)
    throw new Error(`no shape says "${text}"`)
  return shape
}

describe('writePptx on a fixture print view', () => {
  it('links a run inside <a href="http…"> to its address and one inside <a data-slide="N"> to slide N', () => {
    const slide = xml('ppt/slides/slide2.xml')
    const rels = xml('ppt/slides/_rels/slide2.xml.rels')
    const linkOf = (text: string) => {
      const run = slide.split('<a:r>').find(r => r.includes(`<a:t>${text}</a:t>`))
      const id = run?.match(/<a:hlinkClick r:id="([^"]+)"/)?.[1]
      return id && rels.match(new RegExp(`<Relationship Id="${id}"[^>]*Target="([^"]+)"`))?.[1]
    }
    expect(linkOf('the full report')).toBe('https://example.com/report')
    expect(linkOf('back to the cover')).toBe('slide1.xml')
    expect(slide).toContain('ppaction://hlinksldjump')
    expect(linkOf('an anchor')).toBeUndefined()
  })

  it('refuses a link to a slide the deck does not have, naming the link and the value', async () => {
    const broken = PRINT_VIEW.replace('data-slide="1"', 'data-slide="9"')
    await expect(fixturePptx(broken)).rejects.toThrow('pptx: slide 2: the link "back to the cover" has data-slide="9"; it must name a slide from 1 to 2')
  })

  it('keeps a card\'s body written beside its heading', () => {
    expect(xml('ppt/slides/slide2.xml')).toContain('A body written beside its heading.')
  })

  it('numbers every slide but the cover with PowerPoint\'s own field, not the print view\'s number as text', () => {
    expect(xml('ppt/slides/slide1.xml')).not.toContain('type="slidenum"')
    const slide = xml('ppt/slides/slide2.xml')
    expect(slide).toContain('type="slidenum"')
    expect(slide.replace(/<a:fld\b[\s\S]*?<\/a:fld>/g, '')).not.toMatch(/<a:t>2<\/a:t>/)
  })

  it('puts the title placeholder on the content\'s left edge', () => {
    const left = (shape: string) => Number(shape.match(/<a:off x="(\d+)"/)?.[1])
    const title = xml('ppt/slideLayouts/slideLayout2.xml') || xml('ppt/slideLayouts/slideLayout1.xml')
    const titleX = left(title.split('<p:sp>').find(sp => sp.includes('type="title"'))!)
    const textX = left(shapeSaying(xml('ppt/slides/slide2.xml'), 'the full report'))
    // 58 px of a 980-px slide is 0.79 in: the same within a pixel (1/73.5 in, 12 440 EMU).
    expect(Math.abs(titleX - textX)).toBeLessThan(12_440)
    expect(titleX / 914_400).toBeCloseTo(58 / 73.5, 1)
  })

  it('gives a picture its drawn words as alt text and a PNG copy at least FALLBACK_MIN_WIDTH pixels wide', () => {
    expect(xml('ppt/slides/slide2.xml')).toMatch(/descr="A small map\s+Legend words"/)
    const pngs = Object.entries(files).filter(([path]) => /^ppt\/media\/.*\.png$/.test(path))
    expect(pngs).toHaveLength(1)
    const png = pngs[0]![1]
    // A PNG's width: bytes 16–19 of its IHDR chunk.
    expect(new DataView(png.buffer, png.byteOffset).getUint32(16)).toBeGreaterThanOrEqual(FALLBACK_MIN_WIDTH)
  })
})
