// The reviewer's page of `npm run changes`: one self-contained HTML file (pictures inlined as data: URLs, a
// Content-Security-Policy that allows nothing else), a row per changed slide with what changed in words and its
// before and after pictures side by side, the changed region outlined on both. Unchanged slides are only counted.
import type { ExportedSlide, PixelChange, SlideChange } from './slide-changes.ts'
import { Buffer } from 'node:buffer'
import { describeChange } from './slide-changes.ts'

export interface ChangesPageInput {
  /** What the two sides are, e.g. "e590f4a" and "the working tree". */
  beforeLabel: string
  afterLabel: string
  changes: readonly SlideChange[]
  before: readonly ExportedSlide[]
  after: readonly ExportedSlide[]
}

/** Text for HTML, in content and in quoted attributes alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, char => `&#${char.charCodeAt(0)};`)
}

const dataUrl = (png: Uint8Array) => `data:image/png;base64,${Buffer.from(png).toString('base64')}`
const pct = (part: number, whole: number) => `${(part / whole * 100).toFixed(3)}%`

function outline(pixels: PixelChange | undefined): string {
  if (!pixels || pixels.resized)
    return ''
  const { box, picture } = pixels
  const style = `left:${pct(box.x, picture.width)};top:${pct(box.y, picture.height)};width:${pct(box.width, picture.width)};height:${pct(box.height, picture.height)}`
  return `<span class="changed-region" style="${style}" aria-hidden="true"></span>`
}

function picture(slide: ExportedSlide | undefined, side: string, no: number, change: SlideChange): string {
  if (!slide)
    return `<figure class="missing"><figcaption>${escapeHtml(side)}</figcaption><p>No slide ${no} here.</p></figure>`
  return `<figure><figcaption>${escapeHtml(side)}</figcaption><div class="shot">`
    + `<img src="${dataUrl(slide.png)}" alt="${escapeHtml(`Slide ${no}, ${side}`)}">${outline(change.pixels)}</div></figure>`
}

function textChanges(change: SlideChange): string {
  if (!change.text)
    return ''
  const items = change.text.map(({ removed, added, lead, trail }) => `<li>${[
    lead.length
      ? `<span class="context">… ${escapeHtml(lead.join(' '))}</span>`
      : '',
    removed.length
      ? `<del>${escapeHtml(removed.join(' '))}</del>`
      : '',
    added.length
      ? `<ins>${escapeHtml(added.join(' '))}</ins>`
      : '',
    trail.length
      ? `<span class="context">${escapeHtml(trail.join(' '))} …</span>`
      : '',
  ].filter(Boolean).join(' ')}</li>`)
  return `<p class="what">Words, <del>removed</del> and <ins>added</ins>:</p><ul class="words">${items.join('')}</ul>`
}

function row(input: ChangesPageInput, change: SlideChange): string {
  const { no } = change
  const summary = change.status === 'changed'
    ? describeChange({ ...change, text: undefined })
    : `slide ${change.status}`
  return `<section id="slide-${no}"><h2>Slide ${no}${change.title
    ? ` · ${escapeHtml(change.title)}`
    : ''}</h2>`
    + `${summary
      ? `<p class="what">${escapeHtml(summary)}</p>`
      : ''}${textChanges(change)}`
      + `<div class="pair">${picture(input.before[no - 1], `Before: ${input.beforeLabel}`, no, change)}`
      + `${picture(input.after[no - 1], `After: ${input.afterLabel}`, no, change)}</div></section>`
}

const STYLE = `
  body { font: 16px/1.45 system-ui, sans-serif; color: #1a1a1a; background: #fff; margin: 2rem auto; max-width: 110rem; padding: 0 1.5rem; }
  h1 { font-size: 1.6rem; margin: 0 0 .3rem; }
  h2 { font-size: 1.2rem; margin: 0 0 .3rem; }
  section { border-top: 1px solid #ccc; padding: 1.2rem 0 1.6rem; }
  .what { margin: 0 0 .4rem; color: #444; }
  .words { margin: 0 0 .8rem; padding-left: 1.2rem; }
  del { background: #fde2e2; color: #8a1111; }
  .context { color: #666; }
  ins { background: #dcf5dc; color: #0b5a16; text-decoration: none; }
  .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1.2rem; }
  figure { margin: 0; }
  figcaption { font-weight: 600; margin-bottom: .3rem; }
  .shot { position: relative; line-height: 0; border: 1px solid #bbb; }
  .shot img { width: 100%; height: auto; }
  .changed-region { position: absolute; outline: 3px solid #d4006f; outline-offset: 3px; background: rgb(212 0 111 / 8%); }
  .missing p { border: 1px dashed #bbb; padding: 2rem; color: #666; text-align: center; }
`

/** The whole page, as one string of HTML. */
export function changesPage(input: ChangesPageInput): string {
  const changed = input.changes.filter(change => change.status !== 'unchanged')
  const unchanged = input.changes.length - changed.length
  const title = `Slides changed: ${input.beforeLabel} → ${input.afterLabel}`
  const counts = `${changed.length} of ${input.changes.length} slides changed; ${unchanged} unchanged${unchanged
    ? ' (not pictured)'
    : ''}.`
  const index = changed.length
    ? `<p>${changed.map(({ no }) => `<a href="#slide-${no}">${no}</a>`).join(' · ')}</p>`
    : ''
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(counts)} The outlined box marks where the pixels differ.</p>
${index}
${changed.map(change => row(input, change)).join('\n')}
</body>
</html>
`
}
