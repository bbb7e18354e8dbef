// Chinese typography offline: Noto Sans SC for the Chinese deck, cut at build time down to the characters the deck
// can show, and served as `virtual:cjk-font.css` (styles/index.ts imports it) with the fonts inside as data: URLs,
// so the dev server, the site, the PDF and the one-file deck all carry it and fetch nothing. A build then moves
// each font out of the CSS into a .woff2 file of its own beside it, as Vite does with every asset above the build's
// `assetsInlineLimit` (the one-file build inlines everything, so there they stay): the stylesheet stays small, and
// a page downloads a font only when it shows a character of it. The English deck gets an empty module. Inter stays
// first in the font stack: it draws the Latin letters, digits and punctuation it has; Noto Sans SC draws the rest.
// - Which characters: chineseCharacters() reads every place the Chinese deck's words are written (slides.md's `zh|`
//   lines and headmatter `zh:` map, the data's `zh` texts, and the table of the words the code writes,
//   components/lib/ui-text.ts, its sentences said with sample values) and adds digits and punctuation.
// - Which fonts: @fontsource/noto-sans-sc 5.3.0 ships each weight as one "chinese-simplified" file (7,946 characters,
//   about 1.1 MB) and as ~100 small files that together hold the whole font, each with its unicode-range
//   (unicode.json). Cut from the one file, the deck's ~930 characters take 121 KB at 400; cut from the ~40 small files
//   they fall in, 188 KB (each file repeats the font's tables). So that file comes first; the small files give only
//   what it lacks.
//   The static files, never @fontsource-variable: Chromium prints variable (and CFF) fonts into a PDF as Type 3.
// - How: subset-font (HarfBuzz's hb-subset as WebAssembly) writes TrueType-flavoured woff2; harfbuzzjs reads back
//   which characters a subset really holds.
import type { Plugin, ResolvedConfig, Rollup } from 'vite'
import type { DeckLang } from '../components/lib/deck-lang.ts'
import { Buffer } from 'node:buffer'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, normalize, posix, sep } from 'node:path'
import process from 'node:process'
import subsetFont from 'subset-font'
import { zhText } from '../components/lib/slide-markdown.ts'
import * as uiTextTable from '../components/lib/ui-text.ts'
import { langFromEnv } from './process-lang.ts'

export const CJK_FONT_ID = 'virtual:cjk-font.css'
/**
 * The same fonts for the English deck's presenter view only (components/NotesLanguageSwitch.vue imports it): a
 * presenter may read Chinese notes beside English slides. Empty in the Chinese deck, which has them already; the
 * audience window of the English deck never loads it.
 */
export const CJK_NOTES_FONT_ID = 'virtual:cjk-notes-font.css'
// Vite's convention for a virtual module (\0 keeps other plugins off it); the .css ending makes Vite treat it as CSS.
const RESOLVED_ID = `\0${CJK_FONT_ID}`
const RESOLVED_NOTES_ID = `\0${CJK_NOTES_FONT_ID}`

export const CJK_FAMILY = 'Noto Sans SC'
/** The Chinese deck's text font: Inter for what it has (as the English deck), then Noto Sans SC. */
export const CJK_FONT_STACK = `Inter, '${CJK_FAMILY}', sans-serif`
/** Body text, and titles and bold text (600 and 700: one face serves both, see cjkFontCss). */
export const CJK_WEIGHTS = [400, 700] as const
/** The one weight the English deck's presenter view gets for Chinese notes. */
const NOTES_WEIGHT = 400

/** The table of the words the code writes (chart labels, the pace line, the one-file help), in the deck's folder. */
const UI_TEXT_FILE = 'components/lib/ui-text.ts'
/**
 * What a sentence of the table is said with, each for all its values at once: amounts below and above a million
 * dollars (their Chinese units differ), counts of one and more, and a name that is empty or not (an optional part).
 */
const SAMPLE_VALUES = [0.05, 1, 7, 25, '', 'Equinix'] as const
/** Always in the font, whatever the texts say today: digits, ASCII punctuation and Chinese punctuation. */
const ALWAYS = `0123456789!"#$%&'()*+,-./:;<=>?@[\\]^_\`{|}~（），。：；！？“”‘’、《》—·「」…`

const FONTSOURCE_DIR = dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/unicode.json'))

/** The characters Noto Sans SC must draw for `texts`: each once, sorted; no whitespace, no ASCII letters (Inter's). */
export function fontCharacters(texts: Iterable<string>): string {
  const found = new Set<string>(ALWAYS)
  for (const text of texts) {
    for (const char of text) {
      if (!/[\s\p{Cc}A-Z]/iu.test(char))
        found.add(char)
    }
  }
  return [...found].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('')
}

/** A text function's sentences, one for each sample value given for all its values (none when it throws on one). */
function said(text: (...values: unknown[]) => unknown): string[] {
  return SAMPLE_VALUES.flatMap((value) => {
    try {
      return [
        String(text(...Array.from({ length: text.length }).fill(value))),
      ]
    }
    catch {
      return []
    }
  })
}

/**
 * Every string under a `zh` key of the records (a function there is said with sample values: the UI's words), and
 * every string written in Chinese (a source's title as published).
 */
export function chineseInRecords(records: unknown): string[] {
  const texts: string[] = []
  const walk = (value: unknown, chinese: boolean) => {
    if (typeof value === 'string') {
      if (chinese || /\p{Script=Han}/u.test(value))
        texts.push(value)
    }
    else if (typeof value === 'function') {
      if (chinese)
        texts.push(...said(value as (...values: unknown[]) => unknown))
    }
    else if (Array.isArray(value)) {
      value.forEach(item => walk(item, chinese))
    }
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value))
        walk(item, chinese || key === 'zh')
    }
  }
  walk(records, false)
  return texts
}

/** The `zh|` lines of slides.md, and its headmatter's `zh:` map (the lines indented under it). */
export function chineseInMarkdown(markdown: string): string[] {
  const lines = markdown.split(/\r?\n/)
  const texts = lines.flatMap(line => zhText(line) ?? [])
  const headmatterEnd = lines[0]?.trim() === '---'
    ? lines.indexOf('---', 1)
    : -1
  let inZhMap = false
  for (const line of lines.slice(1, Math.max(headmatterEnd, 0))) {
    if (/^\S/.test(line))
      inZhMap = line.startsWith('zh:')
    else if (inZhMap)
      texts.push(line)
  }
  return texts
}

/**
 * The characters the Chinese deck can show (sorted, each once), from the deck in `root`, its `records` (data/raw.ts's
 * rawDeckData) and the code's words (the exports of components/lib/ui-text.ts: UI_TEXT and its tables), both loaded
 * by the caller: a dev server must load them afresh after an edit.
 */
export function chineseCharacters(root: string, records: unknown, uiText: unknown = uiTextTable, entry = join(root, 'slides.md')): string {
  return fontCharacters([
    ...chineseInMarkdown(readFileSync(entry, 'utf8')),
    ...chineseInRecords(records),
    ...chineseInRecords(uiText),
  ])
}

/** One @font-face's font: a weight of Noto Sans SC holding `characters` (what its cmap says), as woff2. */
export interface SubsetFontFace {
  weight: number
  characters: string
  woff2: Buffer
}

/** subset-font 2.9's keepAllGlyphs (newer than @types/subset-font 2.3): the whole font, only its format changed. */
const AS_TRUETYPE = { targetFormat: 'truetype', keepAllGlyphs: true } as const

/** The characters a font (TrueType, WOFF or WOFF2) has a glyph for, in code point order. */
export async function charactersInFont(font: Buffer): Promise<string> {
  const hb = await import('harfbuzzjs')
  const sfnt = await subsetFont(font, '', AS_TRUETYPE as Parameters<typeof subsetFont>[2])
  const face = new hb.Face(new hb.Blob(sfnt))
  const codePoints = [
    ...face.collectUnicodes(),
  ].sort((a, b) => a - b)
  return String.fromCodePoint(...codePoints)
}

interface Slice { file: string, ranges: (readonly [number, number])[] }

let slicesRead: Slice[] | undefined
/** The small files of each weight and the code points each holds ("[119]" -> noto-sans-sc-119-400-normal.woff2). */
function slices(): Slice[] {
  slicesRead ??= Object.entries(JSON.parse(readFileSync(join(FONTSOURCE_DIR, 'unicode.json'), 'utf8')) as Record<string, string>)
    .map(([name, range]) => ({
      file: name.replace(/^\[(\d+)\]$/, '$1'),
      ranges: range.split(',').map((part) => {
        const [from = '', to = from] = part.replace(/^U\+/i, '').split('-')
        return [
          Number.parseInt(from, 16),
          Number.parseInt(to, 16),
        ] as const
      }),
    }))
  return slicesRead
}

function fontsourceFile(slice: string, weight: number): Buffer {
  return readFileSync(join(FONTSOURCE_DIR, 'files', `noto-sans-sc-${slice}-${weight}-normal.woff2`))
}

/**
 * Cut subsets kept on disk between runs, by what they were cut from and to: the same characters from the same
 * font give the same bytes, so a second build or dev start need not cut them again (HarfBuzz takes 1-3 s).
 */
const DISK_CACHE = join(dirname(FONTSOURCE_DIR), '..', '.cache', 'deck-cjk-font')

async function subsetOf(font: Buffer, text: string, weight: number): Promise<SubsetFontFace | undefined> {
  const key = createHash('sha256').update(font).update(`\0${weight}\0${text}`).digest('hex').slice(0, 32)
  const cached = join(DISK_CACHE, `${key}.json`)
  if (existsSync(cached)) {
    const { characters, woff2 } = JSON.parse(readFileSync(cached, 'utf8')) as { characters: string, woff2: string }
    return characters
      ? {
          weight,
          characters,
          woff2: Buffer.from(woff2, 'base64'),
        }
      : undefined
  }
  const woff2 = await subsetFont(font, text, { targetFormat: 'woff2' })
  const characters = await charactersInFont(woff2)
  try {
    mkdirSync(DISK_CACHE, { recursive: true })
    // Written beside it and renamed: a reader never sees half a file.
    const partial = `${cached}.${process.pid}`
    writeFileSync(partial, JSON.stringify({
      characters,
      woff2: woff2.toString('base64'),
    }))
    renameSync(partial, cached)
  }
  catch {
    // A read-only install: cut again next time.
  }
  return characters
    ? { weight, characters, woff2 }
    : undefined
}

async function subsetWeight(text: string, weight: number): Promise<SubsetFontFace[]> {
  const main = await subsetOf(fontsourceFile('chinese-simplified', weight), text, weight)
  const faces = main
    ? [main]
    : []
  // What the one file lacks, from the small file that holds it; a character no file holds is left to the next font.
  const lacking = new Map<string, string>()
  for (const char of text) {
    if (main?.characters.includes(char))
      continue
    const codePoint = char.codePointAt(0)!
    const slice = slices().find(each => each.ranges.some(([from, to]) => codePoint >= from && codePoint <= to))
    if (slice)
      lacking.set(slice.file, (lacking.get(slice.file) ?? '') + char)
  }
  for (const [slice, chars] of lacking) {
    const face = await subsetOf(fontsourceFile(slice, weight), chars, weight)
    if (face)
      faces.push(face)
  }
  return faces
}

const subsets = new Map<string, Promise<SubsetFontFace[]>>()

/**
 * Noto Sans SC cut to the characters of `text`, in each of `weights`: per weight one font (plus one for each small
 * file that holds a character the main file lacks). Kept per process: the dev server asks again at each reload.
 */
export function subsetNotoSansSC(text: string, weights: readonly number[] = CJK_WEIGHTS): Promise<SubsetFontFace[]> {
  const key = `${weights.join(',')}:${text}`
  let faces = subsets.get(key)
  if (!faces) {
    faces = (async () => {
      const all: SubsetFontFace[] = []
      // One weight after another: HarfBuzz's WebAssembly runs on this thread anyway.
      for (const weight of weights)
        all.push(...await subsetWeight(text, weight))
      return all
    })()
    faces.catch(() => subsets.delete(key))
    subsets.set(key, faces)
  }
  return faces
}

/** "U+4e00-4e01,U+4e03": the code points of `characters` as CSS writes a unicode-range. */
export function unicodeRange(characters: string): string {
  const codePoints = [
    ...new Set([...characters].map(char => char.codePointAt(0)!)),
  ].sort((a, b) => a - b)
  const ranges: string[] = []
  for (let i = 0; i < codePoints.length; i++) {
    const from = codePoints[i]!
    while (codePoints[i + 1] === codePoints[i]! + 1)
      i++
    const to = codePoints[i]!
    ranges.push(`U+${from.toString(16)}${to === from
      ? ''
      : `-${to.toString(16)}`}`)
  }
  return ranges.join(',')
}

/**
 * The faces as @font-face rules, and the Chinese deck's font stack where the page, Slidev's app and the slides set
 * theirs (Slidev's `font-sans` on html, body, #app and #page-root from the headmatter's `fonts.sans`; styles/deck.css
 * on .slidev-layout). Charts (SVG text), tables and notes inherit it. Without a 600 face the heaviest serves 600 too,
 * so a takeaway (600) and a title (700) share one bold instead of the browser thickening 400.
 */
export function cjkFontCss(faces: readonly SubsetFontFace[]): string {
  if (!faces.length)
    return ''
  const heaviest = Math.max(...faces.map(face => face.weight))
  const bold = faces.some(face => face.weight === 600) || heaviest < 600
    ? undefined
    : heaviest
  const rules = faces.map(face => `@font-face {
  font-family: '${CJK_FAMILY}';
  font-style: normal;
  font-display: swap;
  font-weight: ${face.weight === bold
    ? `600 ${bold}`
    : face.weight};
  src: url(data:font/woff2;base64,${face.woff2.toString('base64')}) format('woff2');
  unicode-range: ${unicodeRange(face.characters)};
}`)
  // The Chinese deck's page, and anything marked Chinese in the English one (the notes, the notes switch).
  rules.push(`html:lang(zh-CN),
html:lang(zh-CN) :is(body, #app, #page-root, .font-sans, .slidev-layout),
[lang='zh-CN'] {
  font-family: ${CJK_FONT_STACK};
}`)
  return `${rules.join('\n')}\n`
}

/** What a build's fonts need from Rollup's plugin context: a file emitted, and its name. */
interface EmitsAssets {
  emitFile: (file: { type: 'asset', name: string, source: Uint8Array }) => string
  getFileName: (referenceId: string) => string
}

/**
 * In a built bundle's stylesheets, each of `faces` written as a data: URL becomes a .woff2 file of its own (one per
 * face, however many stylesheets hold it), unless the build's `assetsInlineLimit` keeps that asset inline. The URL
 * is written as Vite writes an asset's: below `base`, or relative to the stylesheet when the base is relative.
 */
export function moveFontsToFiles(bundle: Rollup.OutputBundle, faces: Iterable<SubsetFontFace>, config: Pick<ResolvedConfig, 'base' | 'build'>, context: EmitsAssets): string[] {
  const stylesheets = Object.values(bundle).filter((file): file is Rollup.OutputAsset => file.type === 'asset' && file.fileName.endsWith('.css'))
  const moved: string[] = []
  for (const face of faces) {
    const inline = `data:font/woff2;base64,${face.woff2.toString('base64')}`
    const holding = stylesheets.filter(css => String(css.source).includes(inline))
    const name = `noto-sans-sc-${face.weight}.woff2`
    const limit = config.build.assetsInlineLimit
    const keepInline = typeof limit === 'function'
      ? limit(name, face.woff2) ?? face.woff2.length < 4096
      : face.woff2.length < limit
    if (!holding.length || keepInline)
      continue
    const fileName = context.getFileName(context.emitFile({ type: 'asset', name, source: face.woff2 }))
    moved.push(fileName)
    for (const css of holding) {
      const url = config.base === '' || config.base.startsWith('.')
        ? posix.relative(posix.dirname(css.fileName), fileName)
        : `${config.base}${fileName}`
      css.source = String(css.source).replaceAll(inline, url)
    }
  }
  return moved
}

export interface CjkFontOptions {
  /** The deck's folder (Slidev's `userRoot`): slides.md, data/raw.ts and components/lib/ui-text.ts are read from it. */
  root: string
  /** The deck's Markdown (Slidev's `entry`); default <root>/slides.md. */
  entry?: string
  /** The slides' language; default DECK_LANG, else English (then the module is empty). */
  lang?: DeckLang
  weights?: readonly number[]
}

/** Serves `virtual:cjk-font.css`; registered by setup/vite-plugins.ts. */
export function cjkFont({ root, entry = join(root, 'slides.md'), lang = langFromEnv(process.env), weights = CJK_WEIGHTS }: CjkFontOptions): Plugin {
  const watched = [
    join(normalize(root), 'data') + sep,
    normalize(entry),
    join(normalize(root), UI_TEXT_FILE),
  ]
  let logger: { info: (message: string) => void, warn: (message: string) => void } = console

  // A module runner loads a file afresh each time: Node's import cache would keep the first version.
  async function fresh(file: string): Promise<Record<string, unknown> | undefined> {
    const { runnerImport } = await import('vite')
    try {
      return (await runnerImport<Record<string, unknown>>(join(root, file), { root, logLevel: 'silent' })).module
    }
    catch (error) {
      // The data plugin (or the type check) reports a file that does not load: until it is fixed, the font is cut
      // without its new words (data's left out, the code's words as the server started with them).
      logger.warn(`cjk-font: ${file} did not load, its new characters are left out of Noto Sans SC: ${(error as Error).message}`)
      return undefined
    }
  }

  let config: ResolvedConfig | undefined
  /** The faces this process served, to move out of a build's stylesheets. */
  const served = new Set<SubsetFontFace>()
  let logged = ''
  async function stylesheet(cut: readonly number[] = weights): Promise<string> {
    const [data, uiText] = await Promise.all([
      fresh('data/raw.ts'),
      fresh(UI_TEXT_FILE),
    ])
    const text = chineseCharacters(root, data?.rawDeckData, uiText, entry)
    const started = performance.now()
    const faces = await subsetNotoSansSC(text, cut)
    if (config?.command === 'build') {
      for (const face of faces)
        served.add(face)
    }
    const css = cjkFontCss(faces)
    if (text !== logged) {
      logged = text
      const missing = [...text].filter(char => !faces.some(face => face.characters.includes(char)))
      logger.info(`cjk-font: Noto Sans SC, ${[...text].length} characters in ${weights.join('/')}: ${faces.length} fonts, ${Math.round(css.length / 1024)} KB of CSS, ${Math.round(performance.now() - started)} ms${missing.length
        ? `; not in the font: ${missing.join('')}`
        : ''}`)
    }
    return css
  }

  return {
    name: 'deck-cjk-font',
    configResolved(resolved) {
      config = resolved
      logger = resolved.logger
    },
    configureServer() {
      // Cut the fonts while the presenter opens the browser, not when the page first asks for them.
      if (lang === 'zh')
        stylesheet().catch(error => logger.warn(`cjk-font: ${(error as Error).message}`))
    },
    resolveId(id) {
      if (id === CJK_FONT_ID)
        return RESOLVED_ID
      if (id === CJK_NOTES_FONT_ID)
        return RESOLVED_NOTES_ID
    },
    load(id) {
      if (id === RESOLVED_ID) {
        return lang === 'zh'
          ? stylesheet()
          : ''
      }
      if (id === RESOLVED_NOTES_ID) {
        // Notes are set in the regular weight: half the bytes and the time of both.
        return lang === 'zh'
          ? ''
          : stylesheet([NOTES_WEIGHT])
      }
    },
    generateBundle: {
      // After Vite's own plugins have written the stylesheets, minified.
      order: 'post',
      handler(_, bundle) {
        if (config && served.size)
          moveFontsToFiles(bundle, served, config, this)
      },
    },
    handleHotUpdate(ctx) {
      const file = normalize(ctx.file)
      if (!watched.some(path => file === path || (path.endsWith(sep) && file.startsWith(path))))
        return
      const module = ctx.server.moduleGraph.getModuleById(lang === 'zh'
        ? RESOLVED_ID
        : RESOLVED_NOTES_ID)
      if (!module)
        return
      // Read again at the next request; the subset is cut again only when the characters changed.
      ctx.server.moduleGraph.invalidateModule(module)
      return [...ctx.modules, module]
    },
  }
}
