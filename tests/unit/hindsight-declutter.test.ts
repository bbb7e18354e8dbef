// The hindsight timeline decluttered: no two texts touching (labels, dots, the lanes' names, the start marker's
// label), in English and Chinese widths, on the deck's own data (an invariant: any valid edit must keep it) and on a
// crowded fixture; and a source line that names what fits in two lines and points to the backup for the rest.
import { describe, expect, it } from 'vitest'
import { TIMELINE_SOURCE_FIT } from '../../components/lib/format.ts'
import { FACING_GAP, hindsightLayout, inkBoxes, touching } from '../../components/lib/hindsight-layout.ts'
import { hindsightModel } from '../../components/lib/hindsight-model.ts'
import { estimateTextWidth } from '../../components/lib/text-width.ts'
import { timelineModel } from '../../components/lib/timeline-model.ts'
import { deckData } from '../../data/index.ts'
import { inLanguage } from '../../data/translation.ts'

interface Step { id: string, date: string, label: string }

/** `count` steps a month apart from `from`, each labelled by `label(i)`: many long labels in a short span. */
function crowd(prefix: string, from: number, count: number, label: (i: number) => string): Step[] {
  return Array.from({ length: count }, (_, i) => {
    const month = from + i
    return {
      id: `${prefix}${i}`,
      date: `${2000 + Math.floor(month / 12)}-${String(month % 12 + 1).padStart(2, '0')}`,
      label: label(i),
    }
  })
}

function crowdedLayout(lang: 'en' | 'zh') {
  const en = [
    'Export controls widened',
    'A long-named review',
    'Rules for data abroad',
    'Licences paused',
  ]
  const zh = [
    '扩大出口管制',
    '一项名称很长的审查',
    '数据出境规则',
    '暂停许可',
  ]
  const words = lang === 'en'
    ? en
    : zh
  const lanes = [
    {
      name: lang === 'en'
        ? 'A government with a long name'
        : '名称很长的一国政府',
      events: crowd('a', 25 * 12, 12, i => `${words[i % 4]} ${i}`),
    },
    {
      name: lang === 'en'
        ? 'Another government'
        : '另一国政府',
      events: [
        ...crowd('b', 16 * 12 + 2, 2, i => words[i]!),
        ...crowd('c', 25 * 12 + 6, 10, i => `${words[(i + 1) % 4]} ${i}`),
      ],
    },
    {
      name: lang === 'en'
        ? 'The companies'
        : '相关公司',
      events: crowd('d', 26 * 12, 6, i => `${words[(i + 2) % 4]}, ${i}`),
    },
  ]
  return hindsightLayout(lanes, {
    start: '2015-06',
    end: '2026-12',
    dateOf: e => e.date,
    labelOf: e => e.label,
  })
}

describe('the hindsight timeline\'s texts', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`never touch on the deck's data, in ${lang === 'en'
      ? 'English'
      : 'Chinese'}`, () => {
      const model = hindsightModel(inLanguage(deckData(), lang))
      const boxes = inkBoxes(model.layout, model.startText, e => e.label, model.scaleText)
      expect(boxes.length).toBeGreaterThan(2 * model.layout.lanes.length)
      expect(touching(boxes)).toEqual([])
    })

    it(`never touch when a year is crowded, in ${lang === 'en'
      ? 'English'
      : 'Chinese'}`, () => {
      const layout = crowdedLayout(lang)
      const boxes = inkBoxes(layout, 'Start, June 2015', e => e.label, lang === 'en'
        ? 'Busier years drawn wider'
        : '事件多的年份画得更宽')
      expect(touching(boxes)).toEqual([])
      // Every label stays inside the chart.
      for (const { box } of boxes)
        expect(box.x >= 0 && box.x + box.width <= layout.width).toBe(true)
    })
  }

  // "Data exports eased  Beijing summit●" read as one phrase: a label that reads right of its dot, then one that reads
  // left of its dot, in one row, with no dot between them (the old layout left 15 units on the Chinese deck's data).
  for (const lang of ['en', 'zh'] as const) {
    it(`keeps two labels that face each other in a row far enough apart to read as two, in ${lang === 'en'
      ? 'English'
      : 'Chinese'}`, () => {
      for (const layout of [
        hindsightModel(inLanguage(deckData(), lang)).layout,
        crowdedLayout(lang),
      ]) {
        const facing: string[] = []
        for (const lane of layout.lanes) {
          for (const rowNo of new Set(lane.labels.map(label => label.row))) {
            const sorted = lane.labels.filter(label => label.row === rowNo).sort((a, b) => a.box.x - b.box.x)
            sorted.slice(1).forEach((right, i) => {
              const left = sorted[i]!
              const gap = right.box.x - (left.box.x + left.box.width)
              if (!left.flipped && right.flipped && gap < FACING_GAP)
                facing.push(`${lane.name}: ${gap.toFixed(1)} units between two facing labels`)
            })
          }
        }
        expect(facing).toEqual([])
      }
    })
  }

  it('finds two labels that touch (the check can fail)', () => {
    const box = { x: 0, y: 0, width: 50, height: 15 }
    expect(touching([
      { text: 'A', box },
      {
        text: 'B',
        box: { ...box, y: 16 },
      },
    ])).toEqual([
      ['A', 'B'],
    ])
    expect(touching([
      { text: 'A', box },
      {
        text: 'B',
        box: { ...box, y: 19 },
      },
    ])).toEqual([])
  })

  it('draws a crowded year wider than a quiet one, each year still wide enough for its label', () => {
    const years = crowdedLayout('en').years
    const width = (year: number) => years.find(y => y.year === year + 1)!.x - years.find(y => y.year === year)!.x
    expect(width(2025)).toBeGreaterThan(width(2019))
    expect(Math.min(...years.slice(0, -1).map(y => width(y.year)))).toBeGreaterThan(estimateTextWidth('2019', 15, true))
  })
})

describe('each timeline\'s source line', () => {
  for (const [name, model] of [
    ['hindsight', hindsightModel],
    ['expansion', timelineModel],
  ] as const) {
    for (const lang of ['en', 'zh'] as const) {
      it(`fits in two lines and points to the backup for the rest: the ${name} timeline in ${lang === 'en'
        ? 'English'
        : 'Chinese'}`, async () => {
        const { sourceLine } = await import('../../components/lib/format.ts')
        const data = inLanguage(deckData(), lang)
        const chart = model(data)
        const line = sourceLine(chart.sources, data, chart.sourceLimit)
        expect(estimateTextWidth(line, TIMELINE_SOURCE_FIT.fontSize)).toBeLessThanOrEqual(TIMELINE_SOURCE_FIT.lines * TIMELINE_SOURCE_FIT.width)
        if (chart.sources.length > chart.sourceLimit) {
          expect(line).toMatch(lang === 'en'
            ? /and \d+ more in the backup$/
            : /见备用页$/)
        }
      })
    }
  }
})
