import type { Plugin } from 'vite'
import { Buffer } from 'node:buffer'
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { zhLines } from '../../components/lib/slide-markdown.ts'
import { CONFIDENCE_WORD, CONTINENT_NAME, LANGUAGE_NAME, UI_TEXT } from '../../components/lib/ui-text.ts'
import { rawDeckData } from '../../data/raw.ts'
import {
  charactersInFont,
  chineseCharacters,
  chineseInMarkdown,
  chineseInRecords,
  CJK_FONT_ID,
  CJK_NOTES_FONT_ID,
  cjkFont,
  fontCharacters,
  moveFontsToFiles,
  subsetNotoSansSC,
  unicodeRange,
} from '../../node/cjk-font.ts'
import { codeTexts } from '../code-text.ts'

const ROOT = process.cwd()
const FILES = join(dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/unicode.json')), 'files')
/** What a font for the fixture must not hold: a character Noto Sans SC has (in its main file) that the fixture lacks. */
const LEFT_OUT = '猫'
const FIXTURE = '阿里云签约，经两处枢纽触达客户'
/** What a character that Inter or no one draws becomes: ASCII letters and spaces never reach Noto Sans SC. */
const NOT_NOTO = /[\sA-Z]/i
const SUBSET = 60_000

type Hook = (this: unknown, ...args: unknown[]) => unknown
const hook = (plugin: Plugin, name: keyof Plugin) => plugin[name] as Hook

function chars(text: string): string[] {
  return [...text].filter(char => !NOT_NOTO.test(char))
}

describe('charactersInFont', () => {
  it('reads the Han characters fontsource says one of its small files holds, and no other', async () => {
    const unicode = JSON.parse(readFileSync(join(FILES, '..', 'unicode.json'), 'utf8')) as Record<string, string>
    // unicode.json gives each small file the ranges Google sliced it by; every Han code point in them is in the file.
    const listed: string[] = []
    for (const range of unicode['[100]']!.split(',')) {
      const [from, to = from] = range.replace('U+', '').split('-').map(hex => Number.parseInt(hex, 16))
      for (let codePoint = from!; codePoint <= to!; codePoint++)
        listed.push(String.fromCodePoint(codePoint))
    }
    const han = listed.filter(char => /\p{Script=Han}/u.test(char))
    expect(han.length).toBeGreaterThan(100)
    const held = await charactersInFont(readFileSync(join(FILES, 'noto-sans-sc-100-400-normal.woff2')))
    expect(han.filter(char => !held.includes(char))).toEqual([])
    expect(listed).not.toContain('阿')
    expect(held).not.toContain('阿')
  }, 30_000)
})

describe('subsetNotoSansSC', () => {
  it('gives each weight a woff2 with a glyph for every character asked for and none for one left out', async () => {
    const faces = await subsetNotoSansSC(FIXTURE, [400, 700])
    expect(faces.map(face => face.weight)).toEqual([400, 700])
    for (const face of faces) {
      expect(face.woff2.subarray(0, 4).toString('latin1')).toBe('wOF2')
      const held = await charactersInFont(face.woff2)
      for (const char of FIXTURE)
        expect(held, `weight ${face.weight}, "${char}"`).toContain(char)
      expect(held).not.toContain(LEFT_OUT)
      expect(face.characters).toBe(held)
    }
    // The font it comes from holds the left-out character: it was left out by the subset, not missing from Noto.
    const [all] = await subsetNotoSansSC(LEFT_OUT, [400])
    expect(all!.characters).toContain(LEFT_OUT)
  }, 60_000)

  it('is a small fraction of the files it is cut from', async () => {
    const [face] = await subsetNotoSansSC(FIXTURE, [400])
    const whole = statSync(join(FILES, 'noto-sans-sc-chinese-simplified-400-normal.woff2')).size
    expect(face!.woff2.length).toBeLessThan(SUBSET)
    expect(face!.woff2.length).toBeLessThan(whole / 20)
  }, 30_000)

  it('takes a character the main file lacks from the small file that holds it, and skips one no file holds', async () => {
    // → is not among the main file's 7,946 characters; ⌃ is in no file of Noto Sans SC.
    const faces = await subsetNotoSansSC('云→⌃', [400])
    expect(faces.map(face => face.characters).sort()).toEqual(['→', '云'].sort())
  }, 30_000)
})

describe('the characters', () => {
  it('fontCharacters: each once, in code point order, digits and Chinese punctuation always; no letters or spaces', () => {
    const found = fontCharacters(['云 Cloud 云，', '阿\n'])
    expect(found).toContain('云')
    expect(found).toContain('阿')
    expect(found).toContain('，')
    expect(found).toContain('7')
    expect(found).toContain('《')
    expect(found).not.toMatch(/[\sA-Z]/i)
    expect([...found].length).toBe(new Set(found).size)
    const codePoints = [...found].map(char => char.codePointAt(0)!)
    expect(codePoints).toEqual([...codePoints].sort((a, b) => a - b))
  })

  it('chineseInMarkdown: the zh| lines and the headmatter zh map, not the English', () => {
    const markdown = [
      '---',
      'title: Deal',
      'zh:',
      '  title: 交易',
      'lang: en',
      '---',
      '# The deal',
      'zh| # 签约',
      '---',
      'layout: cards',
      '---',
      '<!--',
      'We go on.',
      'zh| 我们继续。',
      '-->',
    ].join('\n')
    expect(chineseInMarkdown(markdown)).toEqual(['# 签约', '我们继续。', '  title: 交易'])
  })

  it('chineseInRecords: a function under a zh key said with sample values, every branch of its sentence', () => {
    const table = {
      money: {
        en: (usdBn: number) => `$${usdBn}bn`,
        zh: (usdBn: number) => usdBn < 1
          ? `${usdBn * 10000}万美元`
          : `${usdBn * 10}亿美元`,
      },
      note: {
        zh: (label: string, note: string) => `${label}${note
          ? `（${note}）`
          : ''}`,
      },
      uiText: (key: string) => key,
    }
    const said = chineseInRecords(table).join('')
    expect(said).toContain('万美元')
    expect(said).toContain('亿美元')
    expect(said).toContain('（')
    expect(said).not.toContain('bn')
  })

  it('chineseInRecords: every string under a zh key, at any depth, and strings written in Chinese elsewhere', () => {
    const records = {
      claims: [
        {
          text: 'In June',
          zh: {
            text: '六月',
            noun: ['个城市', '个城市'],
          },
        },
      ],
      sources: [
        { title: '阿里云发布', publisher: 'Reuters' },
      ],
    }
    expect(chineseInRecords(records).sort()).toEqual(['个城市', '个城市', '六月', '阿里云发布'].sort())
  })

  it('unicodeRange: runs of code points as ranges', () => {
    // 一 U+4E00, 丁 U+4E01, 七 U+4E03.
    expect(unicodeRange('七一丁一')).toBe('U+4e00-4e01,U+4e03')
  })
})

describe('the live deck', () => {
  const characters = new Set(chineseCharacters(ROOT, rawDeckData))

  it('has every character of every zh| line of slides.md', () => {
    const lines = zhLines(readFileSync(join(ROOT, 'slides.md'), 'utf8')).map(line => line.text)
    const missing = new Set(lines.flatMap(chars).filter(char => !characters.has(char)))
    expect([...missing].join('')).toBe('')
  })

  it('has every character of the data\'s Chinese', () => {
    const said = JSON.stringify([
      rawDeckData.claims,
      rawDeckData.events,
      rawDeckData.regions,
      rawDeckData.figures,
    ].flat().map(record => record?.zh))
    const missing = new Set(chars(said).filter(char => !characters.has(char) && /\P{ASCII}/u.test(char)))
    expect([...missing].join('')).toBe('')
  })

  it('cuts a font that draws every Chinese character of every ui-text entry, a sentence said with values of its own', async () => {
    // Values of this test's own (a number where one is counted, a name where one goes, a real date), not the
    // subsetter's samples; amounts on both sides of a million dollars, whose Chinese units differ.
    const say = (text: unknown): string[] => {
      if (typeof text !== 'function')
        return [text].flat().map(String)
      const sentence = text as (...values: unknown[]) => string
      // A value a sentence refuses (a name for a date, a fraction for a year) says nothing.
      return [7, 0.5, 0.05, 2015, 'Equinix'].flatMap((value) => {
        try {
          return [
            String(sentence(...Array.from({ length: sentence.length }).fill(value))),
          ]
        }
        catch {
          return []
        }
      })
    }
    const said = [
      ...Object.values(UI_TEXT).flatMap(entry => say(entry.zh)),
      UI_TEXT.dateDay.zh(2015, 6, 9),
      UI_TEXT.timelineEvent.zh('2015年6月', 'Equinix', '香港', '注'),
      ...[CONTINENT_NAME, CONFIDENCE_WORD, LANGUAGE_NAME].flatMap(table => Object.values(table).map(names => names.zh)),
    ].join('')
    const han = [
      ...new Set(said.match(/\p{Script=Han}/gu)),
    ]
    expect(han.length).toBeGreaterThan(200)
    const faces = await subsetNotoSansSC(chineseCharacters(ROOT, rawDeckData), [400])
    const drawn = new Set(faces.flatMap(face => [...face.characters]))
    expect(han.filter(char => !characters.has(char) || !drawn.has(char)).join('')).toBe('')
  }, 60_000)

  it('has every Chinese character typed in ui-text.ts, even in a branch no sample value reaches', () => {
    const file = join(ROOT, 'components/lib/ui-text.ts')
    const typed = codeTexts(file, readFileSync(file, 'utf8')).join('').match(/\p{Script=Han}/gu) ?? []
    expect(typed.length).toBeGreaterThan(300)
    expect([
      ...new Set(typed),
    ].filter(char => !characters.has(char)).join('')).toBe('')
  })

  it('reads the code\'s words from the ui-text table, not from a list of source files', () => {
    const withoutUi = new Set(chineseCharacters(ROOT, rawDeckData, {}))
    expect(characters.size).toBeGreaterThan(withoutUi.size)
    expect(chineseCharacters(ROOT, rawDeckData, {
      extra: { zh: '猫' },
    })).toContain('猫')
  })
})

/** A deck folder as cjkFont reads it: slides.md, data/raw.ts and the code's words (components/lib/ui-text.ts). */
function deckFolder(chinese: string): { root: string, writeData: (text: string) => void } {
  const root = mkdtempSync(join(tmpdir(), 'cjk-font-'))
  for (const folder of ['data', 'components/lib'])
    mkdirSync(join(root, folder), { recursive: true })
  writeFileSync(join(root, 'slides.md'), `---\ntitle: Deal\n---\n# The deal\nzh| # ${chinese}\n`)
  writeFileSync(join(root, 'components/lib/ui-text.ts'), [
    'export const UI_TEXT = {',
    '  source: { en: \'Source\', zh: \'来源\' },',
    '  help: { en: (n: number) => \'Help \' + n, zh: (n: number) => \'帮助\' + n },',
    '}',
    '',
  ].join('\n'))
  const writeData = (text: string) => writeFileSync(join(root, 'data/raw.ts'), `export const rawDeckData = ${JSON.stringify({
    claims: [
      {
        zh: { text },
      },
    ],
  })}\n`)
  writeData('香港')
  return { root, writeData }
}

async function served(plugin: Plugin, module = CJK_FONT_ID): Promise<string> {
  hook(plugin, 'configResolved').call(plugin, {
    logger: {
      info: () => {},
      warn: () => {},
    },
  })
  const id = hook(plugin, 'resolveId')(module) as string
  return await hook(plugin, 'load')(id) as string
}

function faces(css: string): string[] {
  return [
    ...css.matchAll(/@font-face \{[^}]*\}/g),
  ].map(match => match[0])
}

describe('the virtual:cjk-font.css module', () => {
  it('is empty in the English deck, whose presenter view gets the fonts for Chinese notes from its own module', async () => {
    const { root } = deckFolder('签约')
    expect(await served(cjkFont({ root, lang: 'en' }))).toBe('')
    const notes = await served(cjkFont({ root, lang: 'en' }), CJK_NOTES_FONT_ID)
    // The notes are set in the regular weight only.
    expect(faces(notes).map(face => face.match(/font-weight: ([\d ]+);/)?.[1])).toEqual(['400'])
    expect(notes).toMatch(/\[lang='zh-CN'\] \{\s*font-family: Inter, 'Noto Sans SC'/)
    expect(await served(cjkFont({ root, lang: 'zh' }), CJK_NOTES_FONT_ID)).toBe('')
  })

  it('in the Chinese deck: Noto Sans SC in 400 and a bold for 600 and 700, inline, and the Chinese font stack', async () => {
    const { root, writeData } = deckFolder('签约')
    const plugin = cjkFont({ root, lang: 'zh' })
    const css = await served(plugin)
    const [regular, bold] = faces(css)
    expect(regular).toMatch(/font-weight: 400;/)
    expect(bold).toMatch(/font-weight: 600 700;/)
    for (const face of [regular, bold]) {
      expect(face).toMatch(/font-family: 'Noto Sans SC';/)
      expect(face).toMatch(/src: url\(data:font\/woff2;base64,[A-Za-z0-9+/=]+\) format\('woff2'\);/)
      // 签 U+7B7E, 香 U+9999, 来 U+6765, 帮 U+5E2E: the slide, the data, a phrase and a sentence of the code's words.
      expect(face).toMatch(/unicode-range: [^;]*U\+7b7e/)
      expect(face).toMatch(/unicode-range: [^;]*U\+9999/)
      expect(face).toMatch(/unicode-range: [^;]*U\+6765/)
      expect(face).toMatch(/unicode-range: [^;]*U\+5e2e/)
    }
    expect(css).toMatch(/html:lang\(zh-CN\) :is\([^)]*\.slidev-layout[^)]*\),\s*\[lang='zh-CN'\] \{\s*font-family: Inter, 'Noto Sans SC', sans-serif;/)

    // An analyst's edit in the dev server: the module is read again with the new character (猫 U+732B).
    writeData('猫')
    expect(faces(await served(plugin))[0]).toMatch(/unicode-range: [^;]*U\+732b/)
  }, 60_000)
})

describe('a build\'s fonts (moveFontsToFiles)', () => {
  const big = {
    weight: 400,
    characters: '云',
    woff2: Buffer.alloc(5000, 1),
  }
  const small = {
    weight: 700,
    characters: '云',
    woff2: Buffer.alloc(100, 2),
  }
  const inline = (face: typeof big) => `url(data:font/woff2;base64,${face.woff2.toString('base64')})`
  function bundle() {
    const css = (fileName: string, source: string) => ({ type: 'asset' as const, fileName, source })
    return {
      'assets/index.css': css('assets/index.css', `@font-face{src:${inline(big)}}@font-face{src:${inline(small)}}`),
      'assets/Notes.css': css('assets/Notes.css', `@font-face{src:${inline(big)}}`),
      'assets/other.css': css('assets/other.css', 'p{color:red}'),
    } as unknown as Parameters<typeof moveFontsToFiles>[0]
  }
  function emitter() {
    const emitted: { name: string, bytes: number }[] = []
    return {
      emitted,
      context: {
        emitFile: (file: { name: string, source: Uint8Array }) => {
          emitted.push({ name: file.name, bytes: file.source.length })
          return String(emitted.length)
        },
        getFileName: (ref: string) => `assets/${emitted[Number(ref) - 1]!.name.replace('.woff2', `-h${ref}.woff2`)}`,
      },
    }
  }
  const source = (files: ReturnType<typeof bundle>, name: string) => String((files[name] as { source: string }).source)

  it('moves a font above the inline limit into one file, named from every stylesheet below the site\'s base', () => {
    const files = bundle()
    const { emitted, context } = emitter()
    const moved = moveFontsToFiles(files, [big, small], {
      base: '/repo/',
      build: { assetsInlineLimit: 4096 } as never,
    }, context)
    expect(moved).toEqual(['assets/noto-sans-sc-400-h1.woff2'])
    expect(emitted).toEqual([
      { name: 'noto-sans-sc-400.woff2', bytes: 5000 },
    ])
    expect(source(files, 'assets/index.css')).toBe(`@font-face{src:url(/repo/assets/noto-sans-sc-400-h1.woff2)}@font-face{src:${inline(small)}}`)
    expect(source(files, 'assets/Notes.css')).toBe('@font-face{src:url(/repo/assets/noto-sans-sc-400-h1.woff2)}')
    expect(source(files, 'assets/other.css')).toBe('p{color:red}')
  })

  it('writes the file\'s address relative to the stylesheet when the base is relative', () => {
    const files = bundle()
    moveFontsToFiles(files, [big], {
      base: './',
      build: { assetsInlineLimit: 4096 } as never,
    }, emitter().context)
    expect(source(files, 'assets/Notes.css')).toBe('@font-face{src:url(noto-sans-sc-400-h1.woff2)}')
  })

  it('leaves every font inline when the build inlines all its assets (the one-file deck)', () => {
    const files = bundle()
    const { emitted, context } = emitter()
    expect(moveFontsToFiles(files, [big, small], {
      base: './',
      build: {
        assetsInlineLimit: () => true,
      } as never,
    }, context)).toEqual([])
    expect(emitted).toEqual([])
    expect(source(files, 'assets/Notes.css')).toBe(`@font-face{src:${inline(big)}}`)
  })
})
