// Turns a built site (one JS bundle, its CSS and assets) into one HTML file that needs nothing beside
// it: scripts and styles go inline, every asset they or the page name becomes a data: URL. Pure string
// work on the files a build wrote, so it is tested without a browser.
import type { Buffer } from 'node:buffer'
import { extname } from 'node:path'

const MIME: Record<string, string> = {
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
}

/** A built site as path (relative to its folder, e.g. "assets/index-x.js") to contents. */
export type SiteFiles = ReadonlyMap<string, Buffer>

export function dataUrl(path: string, contents: Buffer): string {
  const type = MIME[extname(path).toLowerCase()]
  if (!type)
    throw new Error(`single file: no data: URL type for ${path}`)
  return `data:${type};base64,${contents.toString('base64')}`
}

/** "/assets/a.js", "./assets/a.js", "assets/a.js" and "/repo/assets/a.js" all name assets/a.js. */
function sitePath(reference: string, files: SiteFiles): string | undefined {
  const clean = reference.replace(/[?#].*$/, '')
  const candidates = [
    clean.replace(/^\.?\//, ''),
    ...[
      ...files.keys(),
    ].filter(path => clean.endsWith(`/${path}`)),
  ]
  return candidates.find(path => files.has(path))
}

/** Every reference to an asset file (fonts, images) in `text`, replaced with its data: URL. */
export function inlineAssetUrls(text: string, files: SiteFiles): string {
  let result = text
  for (const [path, contents] of files) {
    if (/\.(?:js|css|html|txt)$/.test(path) || path === '_redirects')
      continue
    const url = dataUrl(path, contents)
    // The path as the build wrote it: absolute, relative, or bare (inside url() or a string).
    result = result.replace(new RegExp(`(["'(\`])(?:\\.?/)?(?:[\\w.-]+/)*?${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=["')\`?#])`, 'g'), (_, open: string) => `${open}${url}`)
  }
  return result
}

/** Keeps a script's text from ending the inline <script> element early. */
const scriptSafe = (code: string) => code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--')
const styleSafe = (css: string) => css.replace(/<\/(style)/gi, '<\\/$1')

/**
 * The site's index.html with its module script and stylesheets inline and every asset a data: URL.
 * Fails, naming it, when the page still points at a file it could not take in (another JS chunk, a
 * file missing from the build), so an incomplete deck is never written.
 */
export function inlineSite(files: SiteFiles, page = 'index.html'): string {
  const html = files.get(page)?.toString('utf8')
  if (html === undefined)
    throw new Error(`single file: the build has no ${page}`)
  const text = (reference: string, kind: string) => {
    const path = sitePath(reference, files)
    if (!path)
      throw new Error(`single file: ${page} names the ${kind} ${reference}, which the build did not write`)
    return files.get(path)!.toString('utf8')
  }
  let out = html
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, () => { throw new Error('single file: the build split its JavaScript into chunks (a <link rel="modulepreload"> remains); build it as one bundle') })
    .replace(/<script type="module"[^>]*\bsrc="([^"]+)"[^>]*><\/script>/g, (_, src: string) => {
      const code = text(src, 'script')
      const chunk = code.match(/\bimport\s*\(\s*["'`]\.{0,2}\/[^"'`]+\.js["'`]\s*\)|\bfrom\s*["']\.{0,2}\/[^"']+\.js["']/)
      if (chunk)
        throw new Error(`single file: the bundle ${src} still loads another file (${chunk[0]}); build it as one bundle`)
      return `<script type="module">${scriptSafe(inlineAssetUrls(code, files))}</script>`
    })
    .replace(/<link rel="stylesheet"[^>]*\bhref="([^"]+)"[^>]*>/g, (_, href: string) => `<style>${styleSafe(inlineAssetUrls(text(href, 'stylesheet'), files))}</style>`)
  out = inlineAssetUrls(out, files)
  const leftover = out.match(/<(?:script|link|img)\b[^>]*\s(?:src|href)="(?!data:|#)([^"]+)"/)
  if (leftover)
    throw new Error(`single file: ${page} still points at ${leftover[1]}, which would be fetched`)
  return out
}
