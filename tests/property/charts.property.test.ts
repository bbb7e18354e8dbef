import type { Component } from 'vue'
import type { DeckDataInput } from '../../data/schema.ts'
// Property-based robustness: random and malformed datasets fed to the data layer and to every chart
// as it renders. Each input is either refused with a message that names what is wrong, or drawn as a
// valid chart (finite geometry inside its viewBox, a text alternative); nothing throws while rendering.
import { mount } from '@vue/test-utils'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import CompetitionChart from '../../components/CompetitionChart.vue'
import ExpansionTimeline from '../../components/ExpansionTimeline.vue'
import FacilitiesChart from '../../components/FacilitiesChart.vue'
import FactCheck from '../../components/FactCheck.vue'
import FootprintMap from '../../components/FootprintMap.vue'
import MarketShareChart from '../../components/MarketShareChart.vue'
import { DeckDataError, validateDeckData } from '../../data/validate.ts'
import { fixtureDeck } from '../fixtures/deck.ts'
import { provideDeckData } from '../provide-deck-data.ts'

// The same runs every time: a failure reproduces, and the suite's time does not vary from run to run.
fc.configureGlobal({ seed: 20150617 })

const deck = fixtureDeck()

// Refused data is also logged to the console (for the developer); that is expected here.
beforeAll(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {})
})
afterAll(() => {
  vi.restoreAllMocks()
})

type Path = (string | number)[]

const DELETE = Symbol('delete')

/** Every place in the test deck that holds a value: where a mistake can be typed. */
function leafPaths(node: unknown, path: Path = []): Path[] {
  if (Array.isArray(node)) {
    return [
      path,
      ...node.flatMap((item, index) => leafPaths(item, [...path, index])),
    ]
  }
  if (node && typeof node === 'object') {
    return [
      path,
      ...Object.entries(node).flatMap(([key, value]) => leafPaths(value, [...path, key])),
    ]
  }
  return [path]
}

const PATHS = leafPaths(deck).filter(path => path.length > 0)

function setAt(root: unknown, path: Path, value: unknown): DeckDataInput {
  const copy = structuredClone(root) as Record<string | number, unknown>
  let node = copy
  for (const key of path.slice(0, -1))
    node = node[key] as Record<string | number, unknown>
  const last = path.at(-1)!
  if (value === DELETE) {
    Array.isArray(node)
      ? node.splice(last as number, 1)
      : delete node[last]
  }
  else {
    node[last] = value
  }
  return copy as unknown as DeckDataInput
}

/** Values a person might type by mistake, or a merge might produce. */
const badValue = fc.oneof(
  fc.constantFrom<unknown>(Number.NaN, Infinity, -Infinity, -1, 0, 100.0001, 1e9, -0.5, '', ' ', null, undefined, DELETE, [], {}, true, '2015-13', '2015-02-30', 'x'.repeat(300)),
  fc.double(),
  fc.integer(),
  fc.string(),
  fc.anything({ maxDepth: 2 }),
)

/** Counterexamples print as the edits made to the test deck, not as the whole dataset. */
function described(data: DeckDataInput, text: string): DeckDataInput {
  Object.defineProperty(data, fc.toStringMethod, {
    value: () => text,
    enumerable: false,
  })
  return data
}

function show(value: unknown) {
  return typeof value === 'symbol'
    ? '(deleted)'
    : fc.stringify(value)
}

/** A dataset with one to three mistakes somewhere in it. */
const mutatedData = fc.array(fc.tuple(fc.constantFrom(...PATHS), badValue), { minLength: 1, maxLength: 3 })
  .map(edits => described(edits.reduce<unknown>((data, [path, value]) => {
    try {
      return setAt(data, path, value)
    }
    catch {
      return data // the path no longer exists after an earlier edit
    }
  }, deck) as DeckDataInput, `test deck with ${edits.map(([path, value]) => `${path.join('.')} = ${show(value)}`).join('; ')}`))

/** A dataset that is valid in a random way: shares, coordinates, dates and names anywhere in their range. */
const plausibleData = fc.record({
  share: fc.double({ min: 0, max: 100, noNaN: true }),
  lat: fc.double({ min: -90, max: 90, noNaN: true }),
  lon: fc.double({ min: -180, max: 180, noNaN: true }),
  year: fc.integer({ min: 1990, max: 2030 }),
  month: fc.integer({ min: 1, max: 12 }),
  name: fc.string({ minLength: 1, maxLength: 60 }).filter(text => text.trim().length > 0),
  index: fc.nat(),
}).map(({ share, lat, lon, year, month, name, index }) => {
  const data = structuredClone(deck)
  const figure = data.figures[index % data.figures.length]!
  if (figure.kind === 'share') {
    const others = data.figures.filter(f => f.kind === 'share' && f.marketId === figure.marketId && f !== figure)
      .reduce((sum, f) => sum + (f.kind === 'share'
        ? f.value
        : 0), 0)
    figure.value = Math.min(share, 100 - others)
    figure.holder = name
  }
  const metro = data.ecx.metros[index % data.ecx.metros.length]!
  Object.assign(metro, { lat, lon, short: name })
  const event = data.events[index % data.events.length]!
  Object.assign(event, { date: `${year}-${String(month).padStart(2, '0')}`, label: name })
  // Regions stay counted to the partnership's month or later, as validation asks.
  const deal = data.events.find(e => e.id === data.partnership!.event)!
  if (deal.date > data.partnership!.countedTo)
    data.partnership!.countedTo = deal.date
  return described(data, `test deck with figure ${figure.id} (${figure.kind === 'share'
    ? `${figure.value}%, `
    : ''}holder ${fc.stringify(name)}), metro ${metro.id} at ${lat},${lon}, event ${event.id} on ${event.date}`)
})

const CHARTS: [string, Component, Record<string, unknown>][] = [
  [
    'MarketShareChart',
    MarketShareChart,
    {
      figures: ['north-widgets', 'south-cloud', 'east-retail'],
    },
  ],
  [
    'CompetitionChart',
    CompetitionChart,
    { market: 'test-iaas', highlight: 'iaas-south', compareWith: 'south-cloud' },
  ],
  ['FootprintMap', FootprintMap, {}],
  ['FacilitiesChart', FacilitiesChart, {}],
  ['ExpansionTimeline', ExpansionTimeline, {}],
  ['FactCheck', FactCheck, {}],
]

const NUMERIC = [
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'cx',
  'cy',
  'r',
  'width',
  'height',
]

/** What is wrong with the rendered output, or [] when it is a refusal with a message or a valid chart. */
function renderProblems(html: HTMLElement): string[] {
  const alert = html.querySelector('[role="alert"]')
  const svg = html.querySelector('svg')
  if (alert && !svg) {
    return alert.textContent?.trim()
      ? []
      : ['an error box with no message']
  }
  if (!svg) {
    return html.querySelector('table, figure')
      ? []
      : ['neither a chart nor an error']
  }
  const problems: string[] = []
  if (alert)
    problems.push(`a chart and an error at once: ${alert.textContent}`)
  const viewBox = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number)
  if (viewBox.length !== 4 || !viewBox.every(Number.isFinite) || viewBox[2]! <= 0 || viewBox[3]! <= 0)
    problems.push(`viewBox "${svg.getAttribute('viewBox')}"`)
  const labelledBy = (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)
  const name = labelledBy.map(id => svg.querySelector(`[id="${id}"]`)?.textContent ?? '').join(' ').trim()
    || svg.getAttribute('aria-label') || svg.querySelector('title')?.textContent || ''
  if (!name.trim())
    problems.push('no text alternative')
  for (const element of svg.querySelectorAll('*')) {
    for (const attribute of NUMERIC) {
      const value = element.getAttribute(attribute)
      if (value !== null && !value.endsWith('%') && !Number.isFinite(Number(value)))
        problems.push(`<${element.tagName.toLowerCase()} ${attribute}="${value}">`)
    }
    for (const attribute of ['d', 'transform', 'points']) {
      const value = element.getAttribute(attribute)
      if (value && /NaN|Infinity|undefined/.test(value))
        problems.push(`<${element.tagName.toLowerCase()} ${attribute}="${value.slice(0, 60)}">`)
    }
    // A rect in a translated group is placed by its group; only rects in the chart's own coordinates are checked.
    const transformed = element.parentElement?.closest('[transform]') && svg.contains(element.parentElement.closest('[transform]'))
    if (element.tagName.toLowerCase() === 'rect' && viewBox.length === 4 && !transformed) {
      const [x, y, w, h] = ['x', 'y', 'width', 'height'].map(a => Number(element.getAttribute(a) ?? 0))
      if (w! < 0 || h! < 0 || x! < viewBox[0]! - 0.5 || y! < viewBox[1]! - 0.5 || x! + w! > viewBox[0]! + viewBox[2]! + 0.5 || y! + h! > viewBox[1]! + viewBox[3]! + 0.5)
        problems.push(`<rect> ${x},${y} ${w}×${h} outside the viewBox ${viewBox.join(' ')}`)
    }
  }
  return problems
}

/** Mounts the chart on `data`; a throw fails the property, and so does any Vue warning raised while rendering. */
function render(component: Component, props: Record<string, unknown>, data: unknown): string[] {
  const warnings: string[] = []
  const warn = vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    warnings.push(args.map(String).join(' ').slice(0, 200))
  })
  const wrapper = mount(component, {
    props,
    global: provideDeckData(data),
    attachTo: document.body,
  })
  try {
    return [
      ...renderProblems(wrapper.element.parentElement ?? (wrapper.element as HTMLElement)),
      ...warnings.map(text => `warning: ${text}`),
    ]
  }
  finally {
    wrapper.unmount()
    warn.mockRestore()
  }
}

describe('validateDeckData', () => {
  it('refuses anything that is not deck data with a DeckDataError, never a crash', () => {
    fc.assert(fc.property(fc.anything(), (input) => {
      expect(() => validateDeckData(input)).toThrow(DeckDataError)
    }), { numRuns: 200 })
  })

  it('either accepts a dataset with mistakes typed into it, or names the record and field of each problem', () => {
    fc.assert(fc.property(mutatedData, (data) => {
      try {
        validateDeckData(data)
      }
      catch (error) {
        expect(error).toBeInstanceOf(DeckDataError)
        const problems = (error as DeckDataError).problems
        expect(problems.length).toBeGreaterThan(0)
        for (const problem of problems)
          expect(problem).toMatch(/field "[^"]+"|must|names no|adds up|lists more/)
      }
    }), { numRuns: 300 })
  })

  it('accepts every dataset that is valid in a random way', () => {
    fc.assert(fc.property(plausibleData, (data) => {
      expect(validateDeckData(data).figures).toHaveLength(deck.figures.length)
    }), { numRuns: 200 })
  })
})

describe.each(CHARTS)('%s', (_name, component, props) => {
  it('draws a valid chart for any dataset that is valid in a random way, at any click step', () => {
    fc.assert(fc.property(plausibleData, fc.option(fc.integer({ min: -2, max: 10 }), { nil: undefined }), (data, step) => {
      expect(render(component, { ...props, step }, data)).toEqual([])
    }), { numRuns: 40 })
  })

  it('refuses a dataset with mistakes in it with a message, or draws a valid chart; nothing throws', () => {
    fc.assert(fc.property(mutatedData, fc.option(fc.oneof(fc.integer({ min: -2, max: 10 }), fc.constant(Number.NaN)), { nil: undefined }), (data, step) => {
      expect(render(component, { ...props, step }, data)).toEqual([])
    }), { numRuns: 60 })
  })
})
