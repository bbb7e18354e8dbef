// The deck's Markdown conventions (components/lib/slide-markdown.ts) on a small slide written for the test: its
// heading, its notes' budget line, its click cues and its zh| lines. The live deck's invariants are in story.test.ts.
import { describe, expect, it } from 'vitest'
import { budgetLine, clickCues, headingOf, noteBudget, noteParagraphs, paragraphPerClick, parseSlide, replaceClickCues, zhLines, zhText } from '../../components/lib/slide-markdown.ts'

const content = [
  '# Cloudco holds the market',
  'zh| # Cloudco占据市场',
  '',
  'Signed in **June**.',
  'zh| 于**6月**签署。',
].join('\n')

const note = [
  'Time 1:30 · The opening, slides 1–2: 2:00',
  'zh| · 开场，第1–2页：2:00',
  '',
  'First this. [click] Then that. [click:2] And the rest,',
  'zh| 先说这个。[click] 再说那个。[click:2] 还有其余的，',
  'on two lines.',
  'zh| 分两行。',
  '',
  '> Point at the map.',
  'zh| > 指向地图。',
].join('\n')

describe('parseSlide', () => {
  it('takes a slide as written apart: its title, its budget, its notes by click, its Chinese lines', () => {
    expect(parseSlide(content, note)).toEqual({
      title: 'Cloudco holds the market',
      budget: 90,
      notes: [
        { text: 'Time 1:30 · The opening, slides 1–2: 2:00', click: 0 },
        { text: 'First this.', click: 0 },
        { text: 'Then that.', click: 1 },
        { text: 'And the rest,\non two lines.', click: 3 },
        { text: '> Point at the map.', click: 3 },
      ],
      zh: [
        { part: 'slide', line: 2, text: '# Cloudco占据市场' },
        { part: 'slide', line: 5, text: '于**6月**签署。' },
        { part: 'notes', line: 2, text: '· 开场，第1–2页：2:00' },
        { part: 'notes', line: 5, text: '先说这个。[click] 再说那个。[click:2] 还有其余的，' },
        { part: 'notes', line: 7, text: '分两行。' },
        { part: 'notes', line: 10, text: '> 指向地图。' },
      ],
    })
  })

  it('reads the Chinese notes as it reads the English: the budget after 时间, the same clicks', () => {
    const chinese = parseSlide('# 签约', '时间 1:30 · 开场\n\n先说这个。[click] 再说那个。')
    expect(chinese.title).toBe('签约')
    expect(chinese.budget).toBe(90)
    expect(chinese.notes).toEqual([
      { text: '时间 1:30 · 开场', click: 0 },
      { text: '先说这个。', click: 0 },
      { text: '再说那个。', click: 1 },
    ])
  })

  it('gives no title, budget or notes to a slide without them', () => {
    expect(parseSlide('<FactCheck part="all" />')).toEqual({
      title: undefined,
      budget: undefined,
      notes: [],
      zh: [],
    })
  })
})

describe('the budget line', () => {
  it('is the time after "Time" or "时间" at the start of a note', () => {
    expect(noteBudget('Time 1:00\n\nHello.')).toBe(60)
    expect(noteBudget('时间 1:00 · 交易与地图，第3–5页：3:15\n\n大家好。')).toBe(60)
    expect(noteBudget('时间0:45\n\n展望。')).toBe(45)
    expect(noteBudget('\nTime 12:05')).toBe(725)
  })

  it('is nowhere else: not later in the note, not without a space after the English word, not past 59 seconds', () => {
    expect(noteBudget('Hello. Time 1:00')).toBeUndefined()
    expect(noteBudget('展望。时间 0:45')).toBeUndefined()
    expect(noteBudget('Time1:00')).toBeUndefined()
    expect(noteBudget('Time 1:60')).toBeUndefined()
    expect(noteBudget('Timekeeping 1:00')).toBeUndefined()
  })

  it('comes apart into its indent, its time as written and what follows it', () => {
    expect(budgetLine('  Time 2:00 · The deal')).toEqual({
      indent: '  ',
      time: '2:00',
      seconds: 120,
      rest: ' · The deal',
    })
    expect(budgetLine('Time 0:45')).toEqual({
      indent: '',
      time: '0:45',
      seconds: 45,
      rest: '',
    })
    expect(budgetLine('Time 1:30 · The deal\r')).toEqual({
      indent: '',
      time: '1:30',
      seconds: 90,
      rest: ' · The deal',
    })
    expect(budgetLine('Say it.')).toBeUndefined()
  })
})

describe('the heading', () => {
  it('is the first line starting "# ", without the mark', () => {
    expect(headingOf('Intro\n# First  \n# Second')).toBe('First')
    expect(headingOf('## A subheading\n#hashtag')).toBeUndefined()
  })
})

describe('the click cues', () => {
  it('move one step on, or as many as [click:N] says', () => {
    expect(clickCues('A [click] B [click:3] C [CLICK] D')).toEqual([1, 3, 1])
    expect(clickCues('No cue.')).toEqual([])
  })

  it('are replaced by what the caller makes of each', () => {
    let clicks = 0
    expect(replaceClickCues('A [click] B [click:2] C', steps => `<${clicks += steps}>`)).toBe('A <1> B <3> C')
  })

  it('each start a paragraph of the notes, the cue first', () => {
    expect(paragraphPerClick('Say it. [click] Then this, [click:2] and that.')).toBe('Say it.\n\n[click] Then this,\n\n[click:2] and that.')
  })

  it('give each paragraph the click its words belong to, counted from the note\'s start', () => {
    expect(noteParagraphs('Before.\n\n[click] One.\n[click] [click] Three.')).toEqual([
      { text: 'Before.', click: 0 },
      { text: 'One.', click: 1 },
      { text: 'Three.', click: 3 },
    ])
  })
})

describe('the zh| lines', () => {
  it('hold the Chinese after the mark and one space', () => {
    expect(zhText('zh| 签约')).toBe('签约')
    expect(zhText('zh|签约')).toBe('签约')
    expect(zhText('zh|  · 开场')).toBe(' · 开场')
    expect(zhText('zh 签约')).toBeUndefined()
    expect(zhLines('Deal\nzh| 签约\n\nzh| 又一行')).toEqual([
      { line: 2, text: '签约' },
      { line: 4, text: '又一行' },
    ])
  })
})
