import type { Component } from 'vue'
// Invariants of the deck's charts as slides.md configures them, on the deck's own data: each draws
// (no error box), and its text alternative states every value it draws. Nothing here expects a
// particular live value; behaviour is tested on tests/fixtures/.
import { readFileSync } from 'node:fs'
import { parseSync } from '@slidev/parser'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import CompetitionChart from '../../components/CompetitionChart.vue'
import ExpansionTimeline from '../../components/ExpansionTimeline.vue'
import FacilitiesChart from '../../components/FacilitiesChart.vue'
import FootprintMap from '../../components/FootprintMap.vue'
import HindsightTimeline from '../../components/HindsightTimeline.vue'
import MarketShareChart from '../../components/MarketShareChart.vue'
import ThenNowChart from '../../components/ThenNowChart.vue'
import { textAlternative } from '../text-alternative.ts'

const CHARTS: Record<string, Component> = {
  CompetitionChart,
  ExpansionTimeline,
  FacilitiesChart,
  FootprintMap,
  HindsightTimeline,
  MarketShareChart,
  ThenNowChart,
}
const TAG = /<([A-Z]\w*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g
const ATTR = /(:?)([\w-]+)\s*=\s*"([^"]*)"/g

/** Each chart tag on the slides, with its props as written (bound arrays of quoted ids read as arrays). */
function chartsOnSlides(): { slide: number, name: string, props: Record<string, unknown> }[] {
  const found = []
  // (Read with the parser's core, not scripts/lib/deck.ts: happy-dom's URL cannot resolve file: paths.)
  for (const [index, slide] of parseSync(readFileSync('slides.md', 'utf8'), 'slides.md').slides.entries()) {
    for (const [, name, attrs] of slide.content.matchAll(TAG)) {
      if (!name || !CHARTS[name])
        continue
      const props: Record<string, unknown> = {}
      for (const [, bound, key, value] of attrs!.matchAll(ATTR)) {
        const prop = key!.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())
        if (!bound) {
          props[prop] = value
        }
        else if (value!.trim().startsWith('[')) {
          props[prop] = [
            ...value!.matchAll(/'([^']*)'/g),
          ].map(m => m[1])
        }
      }
      found.push({ slide: index + 1, name, props })
    }
  }
  return found
}

const charts = chartsOnSlides()

describe('the charts on the slides, drawn from the deck\'s data', () => {
  it('include every chart the deck has', () => {
    expect(new Set(charts.map(chart => chart.name))).toEqual(new Set(Object.keys(CHARTS)))
  })

  it.each(charts)('slide $slide: $name draws and states in its text alternative every value it draws', ({ name, props }) => {
    const wrapper = mount(CHARTS[name]!, { props })
    expect(wrapper.find('[role="alert"]').exists(), wrapper.find('[role="alert"]').exists()
      ? wrapper.get('[role="alert"]').text()
      : '').toBe(false)
    const { name: title, description } = textAlternative(wrapper)
    expect(title.trim()).not.toBe('')
    const alternative = `${title} ${description}`
    const drawn = wrapper.get('svg[role="img"]').findAll('text').flatMap(text => text.text().match(/\$?\d[\d,.]*(?:%|bn)?/g) ?? [])
    expect(drawn.length).toBeGreaterThan(0)
    for (const value of drawn)
      expect(alternative, `"${value}" is drawn but not in the text alternative`).toContain(value)
  })
})
