// The one-file deck's last step: a built site's page with its script, styles, fonts and images inside
// it, or a clear refusal when something would still be fetched. Small hand-written "builds" as fixtures.
import { Buffer } from 'node:buffer'
import { describe, expect, it } from 'vitest'
import { inlineSite } from '../../scripts/lib/single-file.ts'

const FONT = Buffer.from([0x77, 0x4F, 0x46, 0x32, 1, 2, 3])
const ICON = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')

function site(html: string, extra: Record<string, string | Buffer> = {}): Map<string, Buffer> {
  const files: Record<string, string | Buffer> = {
    'index.html': html,
    'assets/index-a1.js': 'const logo = "/assets/logo-b2.svg"; console.log(logo, "</script>")',
    'assets/index-c3.css': '@font-face { font-family: Inter; src: url(/assets/inter-d4.woff2) format("woff2") } body { color: red }',
    'assets/inter-d4.woff2': FONT,
    'assets/logo-b2.svg': ICON,
    'favicon.svg': ICON,
    ...extra,
  }
  return new Map(Object.entries(files).map(([path, body]) => [
    path,
    Buffer.isBuffer(body)
      ? body
      : Buffer.from(body),
  ]))
}

const PAGE = [
  '<html><head><link rel="icon" href="/favicon.svg">',
  '<script type="module" crossorigin src="/assets/index-a1.js"></script>',
  '<link rel="stylesheet" crossorigin href="/assets/index-c3.css">',
  '</head><body><div id="app"></div></body></html>',
].join('\n')

describe('inlineSite', () => {
  it('puts the script, the styles, the font, an image the script names and the icon inside the page', () => {
    const html = inlineSite(site(PAGE))
    expect(html).not.toMatch(/(?:src|href)="\/|url\(\/|"\/assets\//)
    expect(html).toContain('<style>@font-face { font-family: Inter; src: url(data:font/woff2;base64,')
    expect(html).toContain(`data:font/woff2;base64,${FONT.toString('base64')}`)
    expect(html).toContain(`"data:image/svg+xml;base64,${ICON.toString('base64')}"`)
    expect(html).toContain(`<link rel="icon" href="data:image/svg+xml;base64,`)
    expect(html).toMatch(/<script type="module">const logo = /)
  })

  it('keeps "</script>" inside the code from ending the script element', () => {
    const html = inlineSite(site(PAGE))
    expect(html.match(/<\/script>/g)).toHaveLength(1)
    expect(html).toContain('"<\\/script>"')
  })

  it('refuses a build split into chunks, saying so', () => {
    const split = PAGE.replace('</head>', '<link rel="modulepreload" crossorigin href="/assets/vue-e5.js"></head>')
    expect(() => inlineSite(site(split, { 'assets/vue-e5.js': 'export {}' }))).toThrow(/split its JavaScript into chunks/)
    const lazy = site(PAGE, { 'assets/index-a1.js': 'import("./md-f6.js")' })
    expect(() => inlineSite(lazy)).toThrow(/still loads another file \(import\("\.\/md-f6\.js"\)\)/)
  })

  it('refuses a page that names a file the build did not write, naming it', () => {
    const missing = PAGE.replace('index-c3.css', 'index-zz.css')
    expect(() => inlineSite(site(missing))).toThrow('names the stylesheet /assets/index-zz.css, which the build did not write')
  })
})
