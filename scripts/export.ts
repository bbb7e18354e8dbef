import type { Browser, Page } from 'playwright-core'
import type { DeckLang } from '../components/lib/deck-lang.ts'
import type { DeckSlide } from './lib/deck.ts'
import type { ExportFormat } from './lib/export-check.ts'
import type { ExportDate } from './lib/export-date.ts'
import type { PdfInfo } from './lib/pdf-finish.ts'
import type { PrintOptions } from './lib/print-view.ts'
import { Buffer } from 'node:buffer'
// npm run export | export:clicks | export:pptx | export:png | handout | export:all
//   [-- --dark] [--out-dir DIR] [--lang en|zh|all]   (export:clicks is `export.ts pdf --with-clicks`)
//
// One path for every format: check the data module (as `npm run build` does) before anything is written,
// build the deck once with its print routes, serve the built site, and print it with one Chromium:
//   pdf      tagged, a bookmark per slide, title/author/subject       <name>.pdf (-clicks with --with-clicks)
//   png      one PNG per slide                                        <name>-png/
//   pptx     editable text, native charts, pictures with alt text, notes  <name>.pptx
//   handout  per slide its picture and speaker notes, bookmarked      <name>-notes.pdf
//   all      the four above from one build and one browser
// Files are written into a staging folder and moved into place only when every format succeeded and was
// counted against the deck, so a failed or refused export leaves no file, not even a partial one.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import process from 'node:process'
import { LANG_TAG, langSuffix } from '../components/lib/deck-lang.ts'
import { formatDate } from '../components/lib/format.ts'
import { parseSlide } from '../components/lib/slide-markdown.ts'
import { LANGUAGE_NAME, uiText } from '../components/lib/ui-text.ts'
import { deckData } from '../data/index.ts'
import { rawDeckData } from '../data/raw.ts'
import { headmatterText } from '../node/bilingual-markdown.ts'
import { checkDeck } from '../node/deck-check.ts'
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.ts'
import { commandLine, LANG_OPTION, langsFrom, OUT_DIR_OPTION, readCommandLine } from './lib/cli.ts'
import { readDeck } from './lib/deck.ts'
import { countExportedSlides, exportShortfall } from './lib/export-check.ts'
import { exportDate } from './lib/export-date.ts'
import { interruptedExit, onInterrupt } from './lib/interrupts.ts'
import { checkWritable, lockOutDir } from './lib/out-dir.ts'
import { EXPORT_DIR, exportBaseName, PROJECT_ROOT } from './lib/paths.ts'
import { asOfKeyword, plainText, subjectAsOf } from './lib/pdf-finish.ts'

// Slidev, Vite, the browser driver and the PPTX writer load only once the data has passed its check,
// so a refusal comes at once.
async function loadTools() {
  const [{ chromium }, slidev, host, view, pptx] = await Promise.all([
    import('playwright-core'),
    import('../node/slidev-adapter.ts'),
    import('./lib/static-host.ts'),
    import('./lib/print-view.ts'),
    import('./lib/pptx-export.ts'),
  ])
  return {
    chromium,
    ...slidev,
    ...host,
    ...view,
    ...pptx,
  }
}
type Tools = Awaited<ReturnType<typeof loadTools>>

type Format = 'pdf' | 'png' | 'pptx' | 'handout'
const COMMANDS: readonly string[] = ['pdf', 'png', 'pptx', 'handout', 'all']
// The print view can be captured before its slides are drawn on a busy machine (see export-check.ts);
// a second try gives the page this long to settle first.
const RETRY_WAIT_MS = 3000

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`
const shown = (path: string) => relative(process.cwd(), path) || path

function fileSize(path: string): string {
  const bytes = statSync(path).isDirectory()
    ? readdirSync(path).reduce((sum, file) => sum + statSync(join(path, file)).size, 0)
    : statSync(path).size
  return bytes > 2 ** 20
    ? `${(bytes / 2 ** 20).toFixed(1)} MB`
    : `${Math.round(bytes / 1024)} KB`
}

/**
 * Title, author and a plain-text subject from the deck's headmatter, in `lang` (the Chinese from its `zh:` map);
 * the as-of date ("Dec 2026", 2026年12月) joins the subject and keywords.
 */
function documentInfo(slides: readonly DeckSlide[], asOf: string | undefined, date: Date, lang: DeckLang): PdfInfo {
  const head = slides[0]?.frontmatter ?? {}
  const when = asOf && formatDate(asOf, lang)
  return {
    title: headmatterText(head, 'title', lang) || slides[0]?.title || uiText(lang, 'untitledDeck'),
    author: typeof head.author === 'string'
      ? head.author
      : '',
    subject: subjectAsOf(plainText(headmatterText(head, 'info', lang) ?? ''), when, lang),
    date,
    lang: LANG_TAG[lang],
    ...(when
      ? {
          keywords: [
            asOfKeyword(when, lang),
          ],
        }
      : {}),
  }
}

/** Opens the print view, counts its slides against the deck, and tries once more (waiting) when short. */
async function drawnPrintView({ openPrintView }: Tools, browser: Browser, url: string, options: PrintOptions, slideCount: number, label: string): Promise<Page> {
  for (const waitMs of [0, RETRY_WAIT_MS]) {
    const page = await openPrintView(browser, url, options, waitMs)
    const drawn = await page.locator('.print-slide-container').count()
    const shortfall = exportShortfall('pdf', `the print view for ${label}`, drawn, slideCount, options.withClicks)
    if (!shortfall)
      return page
    await page.close()
    if (waitMs)
      throw new Error(`export: still incomplete after a second try: ${shortfall.replace(' pages', ' slides')}. Run it again when the machine is less busy.`)
    console.warn(`export: ${shortfall.replace(' pages', ' slides')}; loading it again, waiting ${RETRY_WAIT_MS} ms`)
  }
  throw new Error('unreachable')
}

/** What was written, counted back against the deck (a file short of slides is never reported as done). */
async function checkWritten(format: ExportFormat, path: string, slideCount: number, withClicks: boolean): Promise<number> {
  const found = await countExportedSlides(format, path)
  const shortfall = exportShortfall(format, path, found, slideCount, withClicks)
  if (shortfall)
    throw new Error(`export: ${shortfall}`)
  return found
}

/** The command line: what to export, in which languages, how, and where; refused at once when it is not understood. */
function exportChoice(args: string[]) {
  const { values, positionals } = readCommandLine({
    args,
    options: {
      ...LANG_OPTION,
      ...OUT_DIR_OPTION,
      'with-clicks': { type: 'boolean' },
      'dark': { type: 'boolean' },
    },
    allowPositionals: true,
  })
  const [command, ...more] = positionals
  if (!command || !COMMANDS.includes(command) || more.length)
    throw new Error(`say what to export: one of ${COMMANDS.join(', ')}; got "${positionals.join(' ')}"`)
  return {
    command,
    formats: command === 'all'
      ? ['pdf', 'png', 'pptx', 'handout'] as Format[]
      : [command as Format],
    langs: langsFrom(values.lang),
    withClicks: values['with-clicks'] ?? false,
    dark: values.dark ?? false,
    outDir: values['out-dir'] ?? EXPORT_DIR,
  }
}

async function main(): Promise<number> {
  const { command, formats, langs, withClicks, dark, outDir } = commandLine('export', () => exportChoice(process.argv.slice(2)))

  // A folder that cannot be written is refused before anything is built.
  let createdOutDir: boolean
  try {
    createdOutDir = checkWritable(outDir).created
  }
  catch (error) {
    console.error(`export: nothing built. ${(error as Error).message}`)
    return 1
  }
  const removeOutDirIfEmpty = () => {
    if (createdOutDir && existsSync(outDir) && !readdirSync(outDir).length)
      rmSync(outDir, { recursive: true, force: true })
  }

  // Invalid data never ships: the check `npm run build` makes, before anything is built or written.
  const problems = checkDeck(PROJECT_ROOT, 'slides.md', rawDeckData)
  if (problems.length) {
    console.error(`export: nothing written. The deck's data is invalid (${problems.length}):\n- ${problems.join('\n- ')}`)
    removeOutDirIfEmpty()
    return 1
  }
  let executablePath: string
  let dated: ExportDate
  try {
    dated = exportDate(PROJECT_ROOT, process.env)
    executablePath = findChromium()
  }
  catch (error) {
    console.error((error as Error).message)
    removeOutDirIfEmpty()
    return 1
  }

  // One export at a time writes into a folder; a second waits, so the folder never mixes two exports' files.
  const lock = await lockOutDir(outDir, `npm run export ${command}`, {
    onWait: holder => console.log(`export: waiting for ${holder.command} (process ${holder.pid}), which is writing into ${shown(outDir)}`),
  })
  const started = performance.now()
  const tools = await loadTools()
  const { chromium, buildDeck, hostStatically, photographSlides, printHandout, printSlidesPdf, writePptx } = tools
  // Validated once in this process (data/index.ts), as readDeck below reads it.
  const { asOf } = deckData()
  const name = exportBaseName()
  const suffix = `${withClicks ? '-clicks' : ''}${dark ? '-dark' : ''}`
  /** Each format's file for a language: English as before, Chinese with "-zh" (components/lib/deck-lang.ts). */
  const targetsIn = (lang: DeckLang): Record<Format, string> => ({
    pdf: `${name}${langSuffix(lang)}${suffix}.pdf`,
    png: `${name}${langSuffix(lang)}${suffix}-png`,
    pptx: `${name}${langSuffix(lang)}${dark ? '-dark' : ''}.pptx`,
    handout: `${name}${langSuffix(lang)}-notes.pdf`,
  })
  const written = langs.flatMap(lang => formats.map(format => ({ format, file: targetsIn(lang)[format] })))
  const work = mkdtempSync(join(tmpdir(), 'deck-export-'))
  const staging = mkdtempSync(join(outDir, '.export-'))
  const removeStaged = () => {
    rmSync(staging, { recursive: true, force: true })
    rmSync(work, { recursive: true, force: true })
    lock.release()
    removeOutDirIfEmpty()
  }
  // Ctrl-C: remove what is staged, then exit (the Slidev child and Chromium are stopped on exit).
  const stopWatching = onInterrupt('export', removeStaged)
  let browser: Browser | undefined
  // Chromium starts while Slidev builds (the two overlap on the cores less than they wait on each other).
  let launching: Promise<Browser> | undefined
  let browserLost = false
  let site: Awaited<ReturnType<Tools['hostStatically']>> | undefined
  try {
    for (const lang of langs) {
      // As the audience sees them: in this language, [[fig:...]] tokens in titles and notes filled from the data.
      const slides = await readDeck(undefined, { expand: true, lang })
      const titles = slides.map(slide => slide.title)
      const info = documentInfo(slides, asOf, dated.date, lang)
      const targets = targetsIn(lang)
      const staged = (format: Format) => join(staging, targets[format])
      const buildStart = performance.now()
      if (!browser && !launching) {
        launching = chromium.launch({ executablePath, args: CHROMIUM_ARGS })
        launching.catch(() => {})
      }
      await buildDeck({
        outDir: join(work, `site-${lang}`),
        target: 'print',
        lang,
      })
      console.log(`build: the deck${lang === 'en'
        ? ''
        : ` in ${LANGUAGE_NAME[lang].en}`} with its print view (${seconds(buildStart)}); files dated ${dated.date.toISOString().replace(/\.000Z$/, 'Z')} (${dated.from})`)
      // Served as a host would: unknown paths (/print) get index.html.
      await site?.stop()
      site = await hostStatically(join(work, `site-${lang}`), { missing: 'index.html' })
      if (!browser) {
        browser = await launching!
        browser.on('disconnected', () => {
          browserLost = true
        })
      }
      const printView = await drawnPrintView(tools, browser, site.url, { dark, withClicks }, slides.length, 'the slides')
      let pictures = new Map<number, Buffer>()
      for (const format of formats) {
        const start = performance.now()
        const path = staged(format)
        let detail = ''
        if (format === 'pdf') {
          await printSlidesPdf(printView, path, titles, info)
          detail = `${await checkWritten('pdf', path, slides.length, withClicks)} pages, tagged, ${titles.length} bookmarks`
        }
        else if (format === 'png' || (format === 'handout' && !pictures.size)) {
          const dir = format === 'png'
            ? path
            : join(work, `pictures-${lang}`)
          mkdirSync(dir, { recursive: true })
          pictures = await photographSlides(printView, dir)
          if (format === 'png')
            detail = `${await checkWritten('png', path, slides.length, withClicks)} images`
        }
        if (format === 'pptx') {
          const pptxView = withClicks
            ? await drawnPrintView(tools, browser, site.url, { dark, withClicks: false }, slides.length, 'the PowerPoint')
            : printView
          const { bytes, summary } = await writePptx({
            slideCount: slides.length,
            printView: pptxView,
            // The notes as written, in the slides' language with the tokens filled, taken apart.
            notes: slides.map(slide => parseSlide(slide.content, slide.note).notes),
            info,
          })
          writeFileSync(path, bytes)
          await checkWritten('pptx', path, slides.length, false)
          detail = `${summary.slides} slides, ${summary.charts} native charts, ${summary.pictures} vector pictures, notes on ${summary.notes}`
        }
        if (format === 'handout') {
          const inOrder = slides.map(slide => pictures.get(slide.no) ?? Buffer.alloc(0))
          await printHandout(browser, site.url, path, inOrder, titles, info)
          // Every slide's heading is in the handout's outline (printHandout checks); two or so share a page.
          const pages = await countExportedSlides('pdf', path)
          if (pages < Math.ceil(slides.length / 4) || pages > slides.length)
            throw new Error(`export: the handout has ${pages} pages for ${slides.length} slides; about two slides a page were expected`)
          detail = `${pages} pages, ${titles.length} bookmarks`
        }
        const line = `${format}: ${join(shown(outDir), targets[format])}${format === 'png'
          ? '/'
          : ''} (${detail}, ${fileSize(path)}, ${seconds(start)})`
        console.log(line)
      }
      await printView.close()
    }
    // Every format in every language is complete: move them into place together.
    for (const { file } of written) {
      const target = join(outDir, file)
      rmSync(target, { recursive: true, force: true })
      renameSync(join(staging, file), target)
    }
    console.log(`\nWritten in ${seconds(started)}:\n${written.map(({ format, file }) => `  ${shown(join(outDir, file))}${format === 'png'
      ? '/ (one PNG per slide)'
      : ''}`).join('\n')}`)
    return 0
  }
  catch (error) {
    const interrupted = interruptedExit('export', error)
    if (interrupted !== undefined)
      return interrupted
    const message = (error as Error).message
    const why = browserLost
      ? `Chromium quit during the export (it was killed or crashed): ${message.split('\n')[0]}`
      : message.startsWith('browserType.launch')
        ? `Chromium did not start (${executablePath}): ${message.split('\n')[0]}`
        : message
    console.error(`${why}\nexport: nothing written.`)
    return 1
  }
  finally {
    stopWatching()
    // Before any wait: when a Ctrl-C ended the Slidev child first, node/child-process.ts's own handler for the same
    // signal ends this process as soon as the child is stopped, which can fall in the waits below.
    removeStaged()
    // A Chromium started for a build that then failed was never handed over: close it too.
    await (browser ?? await launching?.catch(() => undefined))?.close()
    await site?.stop()
  }
}

process.exitCode = await main()
