// Numbers, dates and the words around them as Chinese readers write them (issue 19): 2015年6月, 250亿美元 for
// $25bn, 7个城市, lists with 、 and 和; on made-up data (tests/fixtures/tiny-deck-data.ts) put in Chinese, so the
// tokens of slides.md and the figure texts read right in the Chinese deck. English stays as it was.
import { describe, expect, it } from 'vitest'
import { eventDateText, figureText } from '../../components/lib/figure-text.ts'
import { formatCount, formatDate, formatMoney, formatMonth, sourceLine } from '../../components/lib/format.ts'
import { paceAt, paceText, planText, slidePlan } from '../../components/lib/pace.ts'
import { estimateTextWidth } from '../../components/lib/text-width.ts'
import { breakPieces, wrapText } from '../../components/lib/timeline-layout.ts'
import { validateDeckData } from '../../data/validate.ts'
import { expandTokens } from '../../node/deck-tokens.ts'
import { tinyDeckData } from '../fixtures/tiny-deck-data.ts'

/** The tiny deck as the Chinese pages get it: its texts in Chinese, `lang: 'zh'`. */
function chineseTiny() {
  const deck = structuredClone(tinyDeckData)
  deck.lang = 'zh'
  deck.sources[0]!.publisher = '澎湃新闻'
  for (const figure of deck.figures) {
    if (figure.kind === 'share') {
      figure.holder = '云公司'
      figure.market = '鲁里塔尼亚云计算'
    }
    else if (figure.kind === 'count') {
      figure.label = '交易所站点'
      figure.noun = ['个站点', '个站点']
    }
    else {
      figure.label = '上市募资'
    }
  }
  deck.claims![0]!.text = '外国云服务只能通过本地合作伙伴在鲁里塔尼亚运营。'
  return validateDeckData(deck)
}
const zh = chineseTiny()
const inNotes = { slide: 4, part: 'notes' } as const

describe('chinese dates', () => {
  it('writes a year, a month and a day the Chinese way', () => {
    expect(formatDate('2015', 'zh')).toBe('2015年')
    expect(formatDate('2015-06', 'zh')).toBe('2015年6月')
    expect(formatMonth('2014-10', 'zh')).toBe('2014年10月')
    expect(formatDate('2015-06-09', 'zh')).toBe('2015年6月9日')
  })

  it('refuses a month that does not exist in either language', () => {
    expect(() => formatDate('2014-13', 'zh')).toThrow(/"2014-13"/)
    expect(() => formatDate('2014-00')).toThrow(/"2014-00"/)
  })

  it('leaves English dates as they were', () => {
    expect(formatDate('2015')).toBe('2015')
    expect(formatDate('2015-06', 'en')).toBe('June 2015')
    expect(formatDate('2014-09-22')).toBe('22 Sept 2014')
  })
})

describe('chinese amounts and counts', () => {
  it('counts US dollars in 亿 (100 million) and 万 (10,000)', () => {
    expect(formatMoney(25, 'zh')).toBe('250亿美元')
    expect(formatMoney(21.8, 'zh')).toBe('218亿美元')
    expect(formatMoney(1.5, 'zh')).toBe('15亿美元')
    expect(formatMoney(0.5, 'zh')).toBe('5亿美元')
    expect(formatMoney(0.85, 'zh')).toBe('8.5亿美元')
    expect(formatMoney(0.05, 'zh')).toBe('5000万美元')
  })

  it('rounds as the English does, so both decks say the same amount', () => {
    expect([
      formatMoney(25.04),
      formatMoney(25.04, 'zh'),
    ]).toEqual(['$25bn', '250亿美元'])
    expect([
      formatMoney(0.8504),
      formatMoney(0.8504, 'zh'),
    ]).toEqual(['$850m', '8.5亿美元'])
  })

  it('writes a count and its noun with no space: the noun carries its measure word', () => {
    expect(formatCount(7, ['个城市', '个城市'], 'zh')).toBe('7个城市')
    expect(formatCount(1, ['个城市', '个城市'], 'zh')).toBe('1个城市')
    expect(formatCount(7, ['city', 'cities'])).toBe('7 cities')
  })
})

describe('figure texts and source lines of Chinese data', () => {
  it('gives each field in Chinese', () => {
    expect(figureText('listing', 'value', zh)).toBe('25亿美元')
    expect(figureText('site-count', 'phrase', zh)).toBe('7个站点')
    expect(figureText('cloud-share', 'phrase', zh)).toBe('鲁里塔尼亚云计算的41.5%')
    expect(figureText('cloud-share', 'label', zh)).toBe('云公司（鲁里塔尼亚云计算）')
    expect(figureText('site-count', 'confidence', zh)).toBe('中')
    expect(figureText('cloud-share', 'source', zh)).toBe('来源：澎湃新闻，2015年6月')
  })

  it('dates events the Chinese way', () => {
    expect(eventDateText('first-region', zh)).toBe('2015年3月')
    expect(eventDateText('listing-day', zh)).toBe('2014年9月19日')
  })

  it('cites several sources with 来源 and full-width semicolons', () => {
    const deck = structuredClone(tinyDeckData)
    deck.lang = 'zh'
    deck.sources.push({
      id: 'wire-2016',
      publisher: '路透社',
      title: 'A wire',
      date: '2016-01-05',
    })
    expect(sourceLine(['paper-2015', 'wire-2016'], validateDeckData(deck))).toBe('来源：The Paper，2015年6月；路透社，2016年1月5日')
  })
})

describe('tokens in the Chinese deck', () => {
  it('fill each figure, date and claim token in Chinese', () => {
    expect(expandTokens('云公司占[[fig:cloud-share|phrase]]；交易所有[[fig:site-count|phrase]]，上市募资[[fig:listing]]。', zh, inNotes))
      .toBe('云公司占鲁里塔尼亚云计算的41.5%；交易所有7个站点，上市募资25亿美元。')
    expect(expandTokens('[[date:first-region]]开通，[[date:listing-day]]上市。', zh, inNotes)).toBe('2015年3月开通，2014年9月19日上市。')
    expect(expandTokens('[[claim:rules-local-partner]]', zh, inNotes)).toBe('外国云服务只能通过本地合作伙伴在鲁里塔尼亚运营。')
  })

  it('fill the same tokens in English for data with no language', () => {
    expect(expandTokens('[[fig:listing]] in [[date:first-region]]', validateDeckData(tinyDeckData), inNotes)).toBe('$2.5bn in March 2015')
  })
})

describe('the pace line in Chinese', () => {
  const plan = slidePlan([60, 90], 2)

  it('says the plan and the pace in Chinese', () => {
    expect(planText(plan, 'zh')).toBe('1:00–2:30')
    expect(planText(slidePlan([60, 0], 2), 'zh')).toBe('1:00，无单独时长')
    expect(paceText(paceAt(plan, undefined), 'zh')).toBe('计时未开始')
    expect(paceText(paceAt(plan, 100), 'zh')).toBe('符合计划')
    expect(paceText(paceAt(plan, 195), 'zh')).toBe('落后0:45')
    expect(paceText(paceAt(plan, 30), 'zh')).toBe('提前0:30')
  })
})

describe('chinese text on a chart', () => {
  it('takes a full em for each Chinese character and full-width mark, more than a Latin letter', () => {
    expect(estimateTextWidth('阿里云，', 20)).toBe(80)
    expect(estimateTextWidth('阿里云', 16)).toBeGreaterThan(estimateTextWidth('Ali', 16))
  })

  it('breaks Chinese between characters, never before closing or after opening punctuation, and keeps Latin runs whole', () => {
    expect(breakPieces('开通（新加坡），与Equinix合作。')).toEqual([
      '开',
      '通',
      // A name the deck keeps whole (ZH_NAMES), with its brackets and the comma after it.
      '（新加坡），',
      '与',
      'Equinix合作。',
    ])
    expect(breakPieces('Aliyun')).toEqual(['Aliyun'])
  })

  it('keeps a date, an amount and the last four characters whole, so a wrapped label ends on no short line', () => {
    expect(breakPieces('于2015年10月9日融资250亿美元用于扩张')).toEqual([
      '于',
      '2015年10月9日',
      '融',
      '资',
      '250亿美元',
      '用于扩张',
    ])
    // Twelve characters fit the width: the thirteenth would otherwise make a line of its own.
    const lines = wrapText('阿里云在中国内地以外的首个', 16, 196)
    expect(lines.join('')).toBe('阿里云在中国内地以外的首个')
    expect(lines.at(-1)!.length).toBeGreaterThanOrEqual(3)
  })

  it('wraps a Chinese detail line within its width, losing no character', () => {
    const detail = '阿里云在硅谷开设首个美国数据中心，与Equinix合作'
    const lines = wrapText(detail, 16, 196)
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.join('')).toBe(detail)
    for (const line of lines)
      expect(estimateTextWidth(line, 16)).toBeLessThanOrEqual(196)
    expect(lines.some(line => line.startsWith('，'))).toBe(false)
  })
})
