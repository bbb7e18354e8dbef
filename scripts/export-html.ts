// npm run export:html [-- --out-dir DIR] [--lang en|zh|all]: the whole deck as one HTML file, <name>.html, for a
// venue PC with no install rights and no network: open it from disk (file://) in Chromium, Chrome, Edge or Firefox.
// Slides, click steps, charts, fonts, map and speaker notes are inside it; nothing is fetched.
//
// How: the data check `npm run build` makes, then `slidev build` for one file (node/slidev-adapter.ts: hash
// addresses, file.html#/5, since a file has no server to answer /5; relative paths, one JavaScript bundle,
// every asset inlined), then scripts, styles, fonts and images go inside index.html (lib/single-file.ts).
// The file is written only when all of that succeeded, so invalid data or a failed build writes nothing.
import type { Buffer } from 'node:buffer'
import type { DeckLang } from '../components/lib/deck-lang.ts'
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import process from 'node:process'
import { LANG_TAG, langSuffix } from '../components/lib/deck-lang.ts'
import { textsIn } from '../components/lib/ui-text.ts'
import { rawDeckData } from '../data/raw.ts'
import { checkDeck } from '../node/deck-check.ts'
import { buildDeck } from '../node/slidev-adapter.ts'
import { commandLine, LANG_OPTION, langsFrom, OUT_DIR_OPTION, readCommandLine } from './lib/cli.ts'
import { interruptedExit, onInterrupt } from './lib/interrupts.ts'
import { checkWritable, lockOutDir } from './lib/out-dir.ts'
import { EXPORT_DIR, exportBaseName, PROJECT_ROOT } from './lib/paths.ts'
import { inlineSite } from './lib/single-file.ts'

function siteFiles(dir: string, base = dir, files = new Map<string, Buffer>()): Map<string, Buffer> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory())
      siteFiles(path, base, files)
    else
      files.set(relative(base, path).split('\\').join('/'), readFileSync(path))
  }
  return files
}

/** The help's keys, in the order it lists them (their words: ui-text.ts). */
const HELP_KEYS = [
  'helpKeyNext',
  'helpKeyBack',
  'helpKeySkip',
  'helpKeyOverview',
  'helpKeyGoTo',
  'helpKeyDark',
  'helpKeyFullScreen',
] as const

/**
 * The file's own help, in the slides' language: `?` opens it (Slidev has no help screen), Esc or `?` closes it;
 * a hint says so for a few seconds after the file opens. Keys are Slidev's; the presenter view works from the
 * file because Slidev keeps two windows of one browser in step without a server.
 */
export function helpOverlay(lang: DeckLang): string {
  const t = textsIn(lang)
  return `
<div id="deck-help" role="dialog" aria-labelledby="deck-help-title" lang="${LANG_TAG[lang]}" hidden>
  <div class="deck-help-box">
    <h2 id="deck-help-title">${t('helpTitle')}</h2>
    <p>${t('helpIntro')}</p>
    <table>
${HELP_KEYS.map(key => t(key)).map(([key, what]) => `      <tr><th>${key}</th><td>${what}</td></tr>`).join('\n')}
    </table>
    <h3>${t('helpPresenterTitle')}</h3>
    <p>${t('helpPresenter')}</p>
    <p class="deck-help-close">${t('helpClose')}</p>
  </div>
</div>
<div id="deck-help-hint" aria-hidden="true">${t('helpHint')}</div>
<style>
  #deck-help { position: fixed; inset: 0; z-index: 1000; display: flex; align-items: center; justify-content: center;
    background: rgb(0 0 0 / 55%); font: 16px/1.45 Inter, 'Noto Sans SC', system-ui, sans-serif; text-autospace: normal; }
  #deck-help[hidden] { display: none; }
  .deck-help-box { max-width: 40rem; max-height: 90vh; overflow: auto; padding: 1.5rem 2rem; border-radius: 8px;
    background: #fff; color: #1a202c; }
  .deck-help-box h2 { margin: 0 0 .5rem; font-size: 1.4rem; }
  .deck-help-box h3 { margin: 1rem 0 .25rem; font-size: 1.1rem; }
  .deck-help-box p { margin: .5rem 0; }
  .deck-help-box table { margin: .5rem 0; }
  .deck-help-box th { padding-right: 1rem; text-align: left; white-space: nowrap; }
  .deck-help-box code, .deck-help-box kbd { padding: 0 .25em; border-radius: 3px; background: #edf2f7; }
  /* Bottom left: the bottom right corner holds the slide's number. */
  #deck-help-hint { position: fixed; left: 1rem; bottom: 1rem; z-index: 999; padding: .4rem .8rem; border-radius: 6px;
    background: rgb(26 32 44 / 85%); color: #fff; font: 14px Inter, 'Noto Sans SC', system-ui, sans-serif; pointer-events: none;
    transition: opacity .6s; }
  #deck-help-hint.gone { opacity: 0; }
</style>
<script>
  (function () {
    var help = document.getElementById('deck-help')
    var hint = document.getElementById('deck-help-hint')
    setTimeout(function () { hint.classList.add('gone') }, 5000)
    document.addEventListener('keydown', function (event) {
      var typing = /^(input|textarea|select)$/i.test(event.target.tagName || '')
      if (event.key === '?' && !typing) {
        help.hidden = !help.hidden
        hint.classList.add('gone')
        event.stopPropagation()
      }
      else if (event.key === 'Escape' && !help.hidden) {
        help.hidden = true
        event.stopPropagation()
      }
    }, true)
  })()
</script>
`
}

/** The one-file deck in each language into `outDir` (exports/ by default). */
export async function exportHtml({ outDir = EXPORT_DIR, langs = ['en'] }: { outDir?: string, langs?: DeckLang[] } = {}): Promise<number> {
  const entry = 'slides.md'
  // A folder that cannot be written is refused before anything is built.
  let createdOutDir: boolean
  try {
    createdOutDir = checkWritable(outDir).created
  }
  catch (error) {
    console.error(`export:html: nothing built. ${(error as Error).message}`)
    return 1
  }
  const removeOutDirIfEmpty = () => {
    if (createdOutDir && existsSync(outDir) && !readdirSync(outDir).length)
      rmSync(outDir, { recursive: true, force: true })
  }
  const problems = checkDeck(PROJECT_ROOT, entry, rawDeckData)
  if (problems.length) {
    console.error(`export:html: nothing written. The deck's data is invalid (${problems.length}):\n- ${problems.join('\n- ')}`)
    removeOutDirIfEmpty()
    return 1
  }
  const lock = await lockOutDir(outDir, 'npm run export:html', {
    onWait: holder => console.log(`export:html: waiting for ${holder.command} (process ${holder.pid}), which is writing into ${relative(process.cwd(), outDir) || outDir}`),
  })
  const started = performance.now()
  const work = mkdtempSync(join(tmpdir(), 'deck-html-'))
  // Staged beside their targets, so the last step is a rename within one file system.
  const files = langs.map(lang => ({
    lang,
    target: join(outDir, `${exportBaseName()}${langSuffix(lang)}.html`),
    staged: join(outDir, `.${exportBaseName()}${langSuffix(lang)}.html.${process.pid}`),
  }))
  const removeStaged = () => {
    for (const { staged } of files)
      rmSync(staged, { force: true })
    rmSync(work, { recursive: true, force: true })
    lock.release()
    removeOutDirIfEmpty()
  }
  const stopWatching = onInterrupt('export:html', removeStaged)
  try {
    for (const { lang, staged } of files) {
      const site = join(work, `site-${lang}`)
      await buildDeck({
        entry,
        outDir: site,
        target: 'single-file',
        lang,
      })
      writeFileSync(staged, inlineSite(siteFiles(site)).replace('</body>', `${helpOverlay(lang)}</body>`))
    }
    // Every language built: move them into place together.
    for (const { target, staged } of files) {
      renameSync(staged, target)
      const size = (statSync(target).size / 2 ** 20).toFixed(1)
      console.log(`Written: ${relative(process.cwd(), target) || target} (${size} MB). Open it in a browser; press ? on a slide for help.`)
    }
    console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`)
    return 0
  }
  catch (error) {
    const interrupted = interruptedExit('export:html', error)
    if (interrupted !== undefined)
      return interrupted
    console.error(`export:html: nothing written. ${(error as Error).message}`)
    return 1
  }
  finally {
    stopWatching()
    removeStaged()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const choice = commandLine('export:html', () => {
    const { values } = readCommandLine({
      args: process.argv.slice(2),
      options: {
        ...LANG_OPTION,
        ...OUT_DIR_OPTION,
      },
    })
    return {
      outDir: values['out-dir'],
      langs: langsFrom(values.lang),
    }
  })
  process.exitCode = await exportHtml(choice)
}
