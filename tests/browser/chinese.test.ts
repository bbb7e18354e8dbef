// The deck presented in Simplified Chinese (`npm run dev -- --lang zh`), as a presenter uses it: the audience
// window and the presenter window agree on the slides' language, and the notes' language is the presenter's own
// choice, switched in the presenter view without a restart (and kept for the next time); the English deck can
// be read from Chinese notes the same way. Every format's Chinese files are checked in every-format.test.ts.
import type { Page } from 'playwright-core'
import type { PageProblems } from './harness.ts'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { budgetLine, clickCues, headingOf, noteParagraphs, replaceClickCues } from '../../components/lib/slide-markdown.ts'
import { readDeck } from '../../scripts/lib/deck.ts'
import { copyDeck } from './deck-copy.ts'
import { takeDevServerTurn } from './dev-server-turn.ts'
import { chromiumForFile, takeProblems, watchedPage, watchPage } from './harness.ts'
import { waitForStep } from './slide-checks.ts'

const english = await readDeck(undefined, { expand: true })
const chinese = await readDeck(undefined, { expand: true, lang: 'zh' })
/** The Chinese dev server the browser files share (global-setup.ts). */
const chineseUrl = inject('chineseDeckUrl')
const browser = chromiumForFile()

/** The words (Latin) and characters (Han) a reader sees, so rendered notes compare with their Markdown. */
function units(text: string): string[] {
  return text.toLowerCase().match(/\p{Script=Han}|[\p{L}\p{N}]+/gu) ?? []
}

/** How much of `note` the notes pane shows: the share of its words and characters found there. */
async function shownOf(pane: Page, note: string): Promise<number> {
  const shown = new Set(units(await pane.locator('.grid-section.note .slidev-note').first().innerText()))
  const written = units(replaceClickCues(note, () => ''))
  return written.filter(unit => shown.has(unit)).length / written.length
}

async function presenterPair(url: string, no: number): Promise<{ audience: Page, presenter: Page, problems: PageProblems }> {
  const { page: audience, problems } = await watchedPage(browser())
  const presenter = await audience.context().newPage()
  watchPage(presenter, problems, 'presenter ')
  await audience.goto(`${url}/${no}`)
  await presenter.goto(`${url}/presenter/${no}`)
  await waitForStep(audience, { no, clicks: 0 })
  await waitForStep(presenter, { no, clicks: 0 }, '.grid-section.main')
  return { audience, presenter, problems }
}

describe('npm run dev -- --lang zh', () => {
  // Every Chinese slide's number is checked in built-site.test.ts's walk through the Chinese built site.
  it('shows both windows the slides in Chinese (the page says zh-CN), and the presenter the Chinese notes, and the English ones at a press of the switch, kept after a reload', async () => {
    const { audience, presenter, problems } = await presenterPair(chineseUrl, 4)
    expect(await audience.evaluate(() => document.documentElement.lang)).toBe('zh-CN')
    const title = chinese[3]!.title
    await expect.poll(() => audience.locator('.slidev-page-4 h1').first().innerText()).toBe(title)
    await expect.poll(() => presenter.locator('.grid-section.main .slidev-page-4 h1').first().innerText()).toBe(title)
    await expect.poll(() => shownOf(presenter, chinese[3]!.note), { timeout: 10_000 }).toBeGreaterThan(0.9)
    expect(await shownOf(presenter, english[3]!.note)).toBeLessThan(0.3)

    await presenter.getByRole('button', { name: 'English' }).click()
    await expect.poll(() => shownOf(presenter, english[3]!.note), { timeout: 10_000 }).toBeGreaterThan(0.9)
    expect(await shownOf(presenter, chinese[3]!.note)).toBeLessThan(0.3)
    // The audience still sees the Chinese slide.
    expect(await audience.locator('.slidev-page-4 h1').first().innerText()).toBe(title)

    await presenter.reload()
    await waitForStep(presenter, { no: 4, clicks: 0 }, '.grid-section.main')
    await expect.poll(() => shownOf(presenter, english[3]!.note), { timeout: 10_000 }).toBeGreaterThan(0.9)
    expect(await presenter.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true')
    expect(takeProblems(problems)).toEqual([])
    await audience.context().close()
  })
})

// The presenter view marks in the notes where each click starts, highlights the part for the current click and
// jumps to a click when its mark is double-clicked: in the Chinese notes the marks must count this slide's clicks.
describe('the click marks in the notes, in either language', () => {
  const marked = chinese.find(slide => clickCues(slide.note).length >= 2)!
  const cues = clickCues(marked.note).length
  const steps = Array.from({ length: cues }, (_, i) => i + 1)
  /** What the notes say from click `clicks` to the next cue, without the budget line: its Han characters. */
  // Pairs of neighbouring Han characters: single characters recur across parts (的, 是), pairs rarely do.
  const hanPairs = (text: string) => {
    const han = text.match(/\p{Script=Han}/gu) ?? []
    return han.slice(1).map((c, i) => `${han[i]}${c}`)
  }
  const partAt = (clicks: number) => hanPairs(noteParagraphs(marked.note).filter(part => part.click === clicks && !budgetLine(part.text)).map(part => part.text).join('\n'))

  it('count the slide\'s own clicks in the Chinese notes and the English ones, and highlight the part for the click the presenter is at', async () => {
    const { audience, presenter, problems } = await presenterPair(chineseUrl, marked.no)
    const block = (lang: string) => presenter.locator(`.grid-section.note .deck-notes[lang="${lang}"]`).first()
    const marks = (lang: string) => block(lang).locator('.slidev-note-click-mark:not([data-clicks="0"])')
    const numbers = (lang: string) => marks(lang).evaluateAll(found => found.map(mark => Number((mark as HTMLElement).dataset.clicks)))
    // The characters of the Chinese notes the presenter view does not fade.
    const highlighted = async () => hanPairs(await block('zh-CN').evaluate((notes) => {
      const walker = document.createTreeWalker(notes, NodeFilter.SHOW_TEXT)
      let text = ''
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.parentElement?.closest('.slidev-note-fade'))
          text += node.textContent
      }
      return text
    }))
    const shows = async (clicks: number) => {
      const shown = new Set(await highlighted())
      const part = partAt(clicks)
      return part.filter(unit => shown.has(unit)).length / part.length
    }
    await expect.poll(() => numbers('zh-CN'), { timeout: 10_000 }).toEqual(steps)
    expect(await numbers('en')).toEqual(steps)
    await expect.poll(() => shows(0)).toBe(1)
    expect(await shows(1)).toBeLessThan(0.5)

    await presenter.keyboard.press('ArrowRight')
    await waitForStep(presenter, { no: marked.no, clicks: 1 }, '.grid-section.main')
    await expect.poll(() => marks('zh-CN').first().getAttribute('class')).toContain('slidev-note-click-mark-active')
    await expect.poll(() => shows(1)).toBe(1)
    // A double click on the last mark takes both windows to that click.
    await marks('zh-CN').last().dblclick()
    await waitForStep(audience, { no: marked.no, clicks: cues })
    expect(takeProblems(problems)).toEqual([])
    await audience.context().close()
  })
})

describe('the English deck read from Chinese notes', () => {
  takeDevServerTurn()
  it('switches the presenter\'s notes to Chinese while the slides stay English', async () => {
    const { audience, presenter, problems } = await presenterPair(inject('deckUrl'), 6)
    await expect.poll(() => shownOf(presenter, english[5]!.note), { timeout: 10_000 }).toBeGreaterThan(0.9)
    await presenter.getByRole('button', { name: '中文' }).click()
    await expect.poll(() => shownOf(presenter, chinese[5]!.note), { timeout: 10_000 }).toBeGreaterThan(0.9)
    expect(await audience.locator('.slidev-page-6 h1').first().innerText()).toBe(english[5]!.title)
    // The keys still drive the talk after the switch was clicked (Slidev ignores them while a button has the focus).
    await presenter.keyboard.press('ArrowDown')
    await waitForStep(audience, { no: 7, clicks: 0 })
    expect(takeProblems(problems)).toEqual([])
    await audience.context().close()
  })
})

describe('a translation removed', () => {
  const root = mkdtempSync(join(tmpdir(), 'deck-untranslated-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('is refused by npm run build and every export, naming the slide and line, the record and field, and the language', () => {
    const copy = copyDeck(root, 'deck')
    // Slide 3's title loses its Chinese line; a claim loses its Chinese text.
    const slides = readFileSync(join(copy, 'slides.md'), 'utf8')
    const title = `# ${headingOf(english[2]!.content)}`
    const line = slides.split('\n').findIndex(text => text === title) + 1
    writeFileSync(join(copy, 'slides.md'), slides.split('\n').filter((_, at) => at !== line).join('\n'))
    const claims = readFileSync(join(copy, 'data', 'claims.ts'), 'utf8')
    const claimZh = claims.match(/\n(\s+)zh: \{\n\s+subject: [^\n]*\n\s+text: [^\n]*\n/)!
    writeFileSync(join(copy, 'data', 'claims.ts'), claims.replace(claimZh[0], claimZh[0].replace(/\n\s+text: [^\n]*\n$/, '\n')))

    for (const [script, ...args] of [
      [
        'build.ts',
        '--out',
        join(root, 'dist'),
      ],
      [
        'export.ts',
        'pdf',
        '--out-dir',
        join(root, 'out'),
      ],
      [
        'export-html.ts',
        '--lang',
        'zh',
        '--out-dir',
        join(root, 'out'),
      ],
    ]) {
      const result = spawnSync(process.execPath, [
        join(copy, 'scripts', script!),
        ...args,
      ], {
        cwd: copy,
        encoding: 'utf8',
        env: { ...process.env, CI: 'true' },
      })
      const said = `${result.stdout}\n${result.stderr}`
      expect(result.status, `${script} ${said}`).not.toBe(0)
      expect(said, script).toMatch(/slide 3, line 1: "# .*" has no Simplified Chinese \(zh\)/)
      if (script !== 'build.ts')
        expect(said, script).toMatch(/claims\[\d+\] "[a-z0-9-]+": field "zh\.text" is missing its Simplified Chinese \(zh\) translation/)
    }
    expect(existsSync(join(root, 'out'))
      ? readdirSync(join(root, 'out'))
      : []).toEqual([])
  })
})
