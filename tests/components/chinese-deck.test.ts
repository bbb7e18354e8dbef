// Every chart, table and figure component on the test deck in Chinese (tests/fixtures/chinese-deck.ts: the
// texts already Chinese, `lang: 'zh'`), so what is checked is what the code writes: labels, keys, headers,
// text alternatives, source lines, dates (2016年7月), amounts (125亿美元) and counts (7个城市). Then English
// asked for by name renders exactly what the deck renders without a language.
import type { VueWrapper } from '@vue/test-utils'
import type { Component } from 'vue'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import Card from '../../components/Card.vue'
import CompetitionChart from '../../components/CompetitionChart.vue'
import EventDate from '../../components/EventDate.vue'
import ExpansionTimeline from '../../components/ExpansionTimeline.vue'
import FacilitiesChart from '../../components/FacilitiesChart.vue'
import FactCheck from '../../components/FactCheck.vue'
import Fig from '../../components/Fig.vue'
import FootprintMap from '../../components/FootprintMap.vue'
import HindsightTimeline from '../../components/HindsightTimeline.vue'
import MarketShareChart from '../../components/MarketShareChart.vue'
import PacePlan from '../../components/PacePlan.vue'
import SourceLine from '../../components/SourceLine.vue'
import { chineseFixtureDeck } from '../fixtures/chinese-deck.ts'
import { fixtureDeckWithHindsight } from '../fixtures/deck.ts'
import { provideDeckData } from '../provide-deck-data.ts'
import { textAlternative } from '../text-alternative.ts'

const global = provideDeckData(chineseFixtureDeck())

const texts = (wrapper: VueWrapper, selector: string) => wrapper.findAll(selector).map(node => node.text())
const nativeCharts = (wrapper: VueWrapper) => JSON.parse(wrapper.get('figure').attributes('data-native-chart')!) as { title: string, categories: string[], series: { name: string }[] }[]

describe('the map in Chinese', () => {
  const wrapper = mount(FootprintMap, { global })

  it('names its key, its note and its meeting places in Chinese, with the month written 2016年7月', () => {
    expect(texts(wrapper, '.legend text')).toEqual(['2016年7月已开通的阿里云地域', '交易所城市（D地图集）', '双方交汇处'])
    expect(wrapper.get('text.note').findAll('tspan').map(t => t.text())).toEqual(['文章统计了9个', 'ECX设施；来源', '列出7个城市'])
    expect(texts(wrapper, '.meeting .site-label')).toEqual(['香港', '圣何塞'])
  })

  it('gives screen readers Chinese sentences, lists written with 、 and 和', () => {
    const { name, description } = textAlternative(wrapper)
    expect(name).toBe('阿里云与Equinix Cloud Exchange的交汇处，2016年7月')
    expect(description).toBe('以太平洋为中心的世界地图。'
      + '橙色菱形：2016年7月已开通的3个阿里云地域：杭州、香港和圣何塞。'
      + '蓝色圆点：D地图集列为交易所站点的城市，共7个：香港、圣何塞、芝加哥、东京、伦敦、悉尼和西雅图。'
      + '文章统计了9个Cloud Exchange设施；来源列出的是城市，而非设施。'
      + '两个网络在香港和圣何塞交汇，以圆圈标出，并以一条横跨太平洋的线相连。')
  })

  it('writes its source line with Chinese dates and full-width punctuation', () => {
    expect(wrapper.get('.source-line').text()).toBe('来源：A日报，2016年7月12日；D地图集，2016年5月20日；B通讯社，2015年11月3日')
  })
})

describe('the facilities chart in Chinese', () => {
  const wrapper = mount(FacilitiesChart, { global })

  it('names the continents in Chinese and keeps their data labels', () => {
    expect(texts(wrapper, '.ecx-row .row-label')).toEqual(['北美洲', '亚洲', '欧洲', '大洋洲'])
    expect(wrapper.findAll('.ecx-row').map(row => row.attributes('data-label'))).toEqual([
      'North America',
      'Asia',
      'Europe',
      'Oceania',
    ])
    expect(texts(wrapper, '.aliyun-row .row-label')).toEqual(['中国', '中国香港', '美国', '新加坡'])
  })

  it('writes its titles, total, key and notes in Chinese', () => {
    expect(texts(wrapper, '.panel-title')).toEqual(['交易所城市（D地图集）', '阿里云地域，按国家和地区，至2016年10月'])
    expect(texts(wrapper, '.total')).toEqual(['合计', '7个城市'])
    expect(texts(wrapper, '.fine')).toEqual(['文章统计了9个Cloud Exchange设施；', '来源列出的是城市，而非设施。', '深圳：具体月份不详'])
    expect(texts(wrapper, '.key text').slice(0, 2)).toEqual(['合作时已开通，2016年7月', '之后开通，至2016年10月'])
  })

  it('describes both panels in Chinese', () => {
    const { name, description } = textAlternative(wrapper)
    expect(name).toBe('Equinix城市（按大洲）与阿里云地域（按国家和地区）')
    expect(description).toBe('左：交易所城市（D地图集），按大洲，共7个：北美洲3个、亚洲2个、欧洲1个、大洋洲1个。'
      + '文章统计了9个Cloud Exchange设施；来源列出的是城市，而非设施。'
      + '右：阿里云地域，按国家和地区：'
      + '中国2个（2016年7月已开通1个，至2016年10月又开通1个：杭州和深圳）；'
      + '中国香港1个（2016年7月已开通1个：香港）；'
      + '美国1个（2016年7月已开通1个：圣何塞）；'
      + '新加坡1个（2016年7月已开通0个，至2016年10月又开通1个：新加坡）。')
  })

  it('hands the PPTX the same Chinese names', () => {
    const [cities, regions] = nativeCharts(wrapper)
    expect(cities!.title).toBe('交易所城市（D地图集）（7个城市）')
    expect(cities!.categories).toEqual(['北美洲', '亚洲', '欧洲', '大洋洲'])
    expect(cities!.series.map(s => s.name)).toEqual(['城市'])
    expect(regions!.series.map(s => s.name)).toEqual(['合作时已开通，2016年7月', '之后开通，至2016年10月'])
  })
})

describe('the timelines in Chinese', () => {
  it('dates each event 2015年5月 and describes them in Chinese', () => {
    const wrapper = mount(ExpansionTimeline, { global })
    expect(texts(wrapper, '.event .date')).toEqual([
      '2015年5月',
      '2015年11月',
      '2016年3月',
      '2016年7月',
      '2016年9月',
    ])
    const { name, description } = textAlternative(wrapper)
    expect(name).toBe('阿里巴巴的海外扩张，2015年5月至2016年9月')
    expect(description).toMatch(/^阿里巴巴海外扩张的时间线，按日期排列，共5个事件。2015年5月：香港开通，香港开通时发生的事。2015年11月：上市，上市时发生的事（A日报将上市日期定为2015年12月。）。/)
  })

  it('names the lanes, the start and the steps of what came next in Chinese', () => {
    const wrapper = mount(HindsightTimeline, { global })
    expect(texts(wrapper, '.lane-name')).toEqual(['中国政府', '美国政府', '相关公司'])
    expect(wrapper.get('.start text').text()).toBe('合作，2016年7月')
    const { name, description } = textAlternative(wrapper)
    expect(name).toBe('此后的发展，2016年7月至2018年3月：两国政府与相关公司')
    expect(description).toContain('时间线起点为“合作，2016年7月”，终点为2018年3月，分为3行。')
    expect(description).toContain('中国政府，1项：2017年2月，数据规则：数据规则时发生的事。')
    expect(description).toMatch(/轴上年份：2016、2017和2018；步骤较多的年份画得较宽。$/)
  })
})

describe('the share charts in Chinese', () => {
  it('labels each market share and its rest of market in Chinese', () => {
    const wrapper = mount(MarketShareChart, {
      props: {
        figures: ['north-widgets', 'south-cloud'],
      },
      global,
    })
    // The unverified share (北风公司, low confidence) goes last.
    expect(texts(wrapper, '.detail')).toEqual(['测试云 · 口径未说明 · 2015年', '测试小部件 · 收入 · 2015年 · 未经核实'])
    expect(texts(wrapper, '.rest-label')[0]).toBe('市场其余部分83%')
    expect(texts(wrapper, 'caption')).toEqual(['市场份额，及各自所指的时期和来源'])
    expect(texts(wrapper, 'thead th')).toEqual(['持有方', '市场', '份额', '口径', '时期'])
    const { name, description } = textAlternative(wrapper)
    expect(name).toBe('市场份额（各按其所在市场计算）')
    expect(description).toBe('南方公司：测试云的17%（口径未说明，2015年），市场其余部分83%。北风公司：测试小部件的38%（收入，2015年），市场其余部分62%。')
    const [chart] = nativeCharts(wrapper)
    expect(chart!.categories).toEqual(['南方公司：测试云（口径未说明，2015年）', '北风公司：测试小部件（收入，2015年，未经核实）'])
    expect(chart!.series.map(s => s.name)).toEqual(['所占份额', '所占份额（未经核实）', '市场其余部分'])
  })

  it('names the remainder in Chinese, on its bar, in the table, in words and in the PPTX', () => {
    const wrapper = mount(CompetitionChart, {
      props: { market: 'test-iaas', highlight: 'iaas-west', compareWith: 'south-cloud' },
      global,
    })
    expect(wrapper.get('.definition').text()).toBe('另一来源与口径：测试IaaS，2015年。与文章所说的测试云的17%只能粗略比较：箭头所示差距跨越两种口径。')
    expect(texts(wrapper, '.name')).toEqual(['南方公司', '西电', '东通', '其他'])
    expect(texts(wrapper, '.note')).toEqual(['非公布份额'])
    expect(texts(wrapper, 'thead th')).toEqual(['公司', '份额'])
    expect(texts(wrapper, 'tbody th').at(-1)).toBe('其他（100%减去所列份额，并非公布数字）')
    const { name, description } = textAlternative(wrapper)
    expect(name).toBe('测试IaaS，2015年：各公司份额')
    // 14.2 / 27.5 = 0.52; 14.2 - 17 = -2.8, to the whole points 17 was printed in.
    expect(description).toBe('南方公司：27.5%。西电：14.2%。东通：8.3%。其他（其余所有公司）：50.0%（100%减去所列份额，并非公布数字）。西电是南方公司的0.5倍。较17%（2015年，另一来源与口径）−3个百分点，并非同口径比较。')
    expect(texts(wrapper, '[data-mark]')).toEqual(['0.5倍', '较17%（2015年，另一来源与口径）−3个百分点'])
    const [chart] = nativeCharts(wrapper)
    expect(chart!.categories.at(-1)).toBe('其他（非公布份额）')
    expect(chart!.series.map(s => s.name)).toEqual(['测试IaaS份额'])
  })

  it('heads its error box in Chinese when it cannot be drawn', () => {
    const wrapper = mount(CompetitionChart, {
      props: { market: 'no-such-market' },
      global,
    })
    expect(wrapper.get('[role="alert"] strong').text()).toBe('无法绘制此图表：其数据无效。')
  })
})

describe('the fact-check in Chinese', () => {
  const row = (wrapper: VueWrapper, selector: string) => wrapper.get(selector).findAll('th, td').map(cell => cell.text())

  it('heads the figures table in Chinese and writes amounts in 亿美元 and confidence as 高/中/低', () => {
    const wrapper = mount(FactCheck, {
      props: { part: 'sources' },
      global,
    })
    expect(texts(wrapper, 'thead th')).toEqual(['数字', '数值', '时期', '来源', '可信度'])
    expect(texts(wrapper, 'caption')).toEqual(['本简报中的每个数字，及其时期、来源和我们的可信度评估'])
    expect(row(wrapper, 'tr[data-figure="south-cloud"]')).toEqual([
      '南方公司（测试云）',
      '17%',
      '2015年',
      'A日报，2016年7月12日；B通讯社，2015年11月3日',
      '中',
    ])
    expect(row(wrapper, 'tr[data-figure="listing"]')).toEqual([
      '上市，全部股份售出',
      '125亿美元',
      '2015年11月',
      'B通讯社，2015年11月3日',
      '高',
    ])
    expect(row(wrapper, 'tr[data-figure="north-widgets"]').at(-1)).toBe('低')
    expect(row(wrapper, 'tr[data-figure="iaas-south"]').slice(0, 2)).toEqual(['测试IaaS：南方公司、西电、东通', '27.5%、14.2%、8.3%'])
    expect(wrapper.get('tr[data-figure="north-widgets"] .confidence').classes()).toContain('confidence--low')
  })

  it('names each disagreement\'s subject the Chinese way', () => {
    const caveats = mount(FactCheck, {
      props: { part: 'caveats' },
      global,
    })
    expect(texts(caveats, '[data-note] strong')).toEqual(['北风公司38%', '南方公司17%', '上市（2015年11月）'])
    const all = mount(FactCheck, { global })
    expect(all.get('.notes-title').text()).toBe('其他报道的不同说法')
    expect(all.get('.notes [data-note="north-widgets"]').text()).toBe('北风公司38%：只有A日报给出这一数字。')
  })

  it('heads the claims table in Chinese and says which part of how many', () => {
    const wrapper = mount(FactCheck, {
      props: { part: 'claims', page: 1, of: 2 },
      global,
    })
    expect(texts(wrapper, 'thead th')).toEqual(['说法', '来源', '可信度'])
    expect(texts(wrapper, 'caption')).toEqual(['本简报的说法，及其来源和我们的可信度评估（第1部分，共2部分）'])
    expect(row(wrapper, 'tr[data-claim="first-abroad"]')).toEqual(['香港是第一个海外站点。', 'B通讯社，2015年11月3日', '高'])
  })
})

describe('figures, dates and source lines in Chinese prose', () => {
  const fig = (props: { id: string, field?: string }) => mount(Fig, { props, global }).text()

  it('writes amounts in 亿美元, counts with their measure word and shares after their market', () => {
    expect(fig({ id: 'listing' })).toBe('125亿美元')
    expect(fig({ id: 'sites-total', field: 'phrase' })).toBe('9个站点')
    expect(fig({ id: 'south-cloud', field: 'phrase' })).toBe('测试云的17%')
    expect(fig({ id: 'south-cloud', field: 'label' })).toBe('南方公司（测试云）')
    expect(fig({ id: 'south-cloud', field: 'confidence' })).toBe('中')
    expect(fig({ id: 'listing', field: 'source' })).toBe('来源：B通讯社，2015年11月3日')
  })

  it('dates events and cards 2015年11月', () => {
    expect(mount(EventDate, {
      props: { id: 'ev-listing' },
      global,
    }).text()).toBe('2015年11月')
    expect(mount(Card, {
      props: { title: '交易', event: 'ev-deal' },
      global,
    }).get('.card-eyebrow').text()).toBe('2016年7月')
  })

  it('cites a source dated only by its year as 2016年', () => {
    expect(mount(SourceLine, {
      props: {
        sources: ['review-c'],
      },
      global,
    }).text()).toBe('来源：C评论，2016年')
  })
})

describe('chinese text the code writes into HTML, set as Chinese is set', () => {
  const kept = (wrapper: VueWrapper) => texts(wrapper, '.zh-keep')

  it('keeps each date of a source line and its last characters on one line', () => {
    const line = mount(SourceLine, {
      props: {
        sources: ['daily-a', 'wire-b'],
      },
      global,
    })
    expect(line.text()).toBe('来源：A日报，2016年7月12日；B通讯社，2015年11月3日')
    expect(kept(line)).toEqual(['2016年7月12日', '2015年11月3日'])
  })

  it('keeps an amount and a period in the figures table, and a card title\'s end', () => {
    const table = mount(FactCheck, {
      props: { part: 'sources' },
      global,
    })
    expect(texts(table, 'tr[data-figure="listing"] .zh-keep')).toEqual([
      '股份售出',
      '125亿美元',
      '2015年11月',
      '2015年11月3日',
    ])
    expect(texts(mount(Card, {
      props: { title: '这家公司签约', event: 'ev-deal' },
      global,
    }), 'h3 .zh-keep')).toEqual(['公司签约'])
  })
})

describe('the pace line in Chinese', () => {
  const line = (props: { budgets: number[], no: number, elapsed?: number }) => mount(PacePlan, {
    props: { ...props, lang: 'zh' as const },
  }).text().replace(/\s+/g, ' ')

  it('says the plan and whether the presenter is ahead, behind or on plan', () => {
    const budgets = [30, 90, 60, 0]
    expect(line({ budgets, no: 2 })).toBe('计划0:30–2:00 · 计时未开始')
    expect(line({ budgets, no: 2, elapsed: 150 })).toBe('计划0:30–2:00 · 落后0:30')
    expect(line({ budgets, no: 3, elapsed: 60 })).toBe('计划2:00–3:00 · 提前1:00')
    expect(line({ budgets, no: 3, elapsed: 150 })).toBe('计划2:00–3:00 · 符合计划')
    expect(line({ budgets, no: 4, elapsed: 180 })).toBe('计划3:00，无单独时长 · 符合计划')
  })
})

describe('english asked for by name', () => {
  const english = fixtureDeckWithHindsight()
  const cases: [string, Component, Record<string, unknown>][] = [
    ['FootprintMap', FootprintMap, {}],
    ['FacilitiesChart', FacilitiesChart, {}],
    ['ExpansionTimeline', ExpansionTimeline, {}],
    ['HindsightTimeline', HindsightTimeline, {}],
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
      { market: 'test-iaas', compareWith: 'south-cloud' },
    ],
    ['FactCheck', FactCheck, {}],
    [
      'FactCheck claims',
      FactCheck,
      { part: 'claims', page: 1, of: 2 },
    ],
    [
      'Fig',
      Fig,
      { id: 'listing', field: 'phrase' },
    ],
    [
      'SourceLine',
      SourceLine,
      {
        figures: ['south-cloud'],
      },
    ],
  ]

  it.each(cases)('renders %s exactly as the deck with no language does', (_, component, props) => {
    const html = (deck: object) => mount(component, {
      props,
      global: provideDeckData(deck),
    }).html()
    const withoutLang = html(english)
    expect(html({ ...english, lang: 'en' })).toBe(withoutLang)
    expect(withoutLang).not.toMatch(/\p{Script=Han}/u)
  })
})
