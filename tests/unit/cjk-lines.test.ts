import { describe, expect, it } from 'vitest'
import { keepSegments, keepSpans, lineProblems } from '../../components/lib/cjk-lines.ts'

const kept = (text: string, tail?: number) => keepSegments(text, { tail }).filter(segment => segment.keep).map(segment => segment.text)

describe('keepSegments', () => {
  it('keeps a date, an amount with its unit, a share and a Latin name each on one line', () => {
    expect(kept('签约于2015年10月9日，经Equinix Cloud Exchange触达客户，融资约250亿美元，占25.4%的份额', 0))
      .toEqual([
        '2015年10月9日',
        'Equinix Cloud Exchange',
        '250亿美元',
        '25.4%',
      ])
  })

  it('keeps months, days, ranges and a count with its measure word', () => {
    expect(kept('2015年6月开通，6月9日签约，2014–15年间，1–6月共有7个城市', 0)).toEqual([
      '2015年6月',
      '6月9日',
      '2014–15年',
      '1–6月',
      '7个',
    ])
  })

  it('keeps a quarter with its year, and a short quoted term with its quotation marks', () => {
    expect(kept('天猫占52.4%（2014年第二季度），第三季度另计；被列入“中国军事企业”清单，“一个很长很长很长的引语”不算', 0)).toEqual([
      '52.4%',
      '2014年第二季度',
      '第三季度',
      '“中国军事企业”',
    ])
  })

  it('keeps a hyphenated Latin word and a name with an ampersand', () => {
    expect(kept('地域us-west-1由Hunton & Williams列出', 0)).toEqual(['us-west-1', 'Hunton & Williams'])
    expect(kept('需要更正的说法（开市客上线日期、11 Main），再看', 0)).toEqual(['11 Main'])
  })

  it('lets a name too long for a card\'s narrow line wrap as English does', () => {
    expect(kept('借自家的“市场联盟计划”（Marketplace Alliance Program）拓展', 0)).toEqual(['“市场联盟计划”'])
  })

  it('lets a headline of many capitalised words wrap as English does', () => {
    expect(kept('标题为New Cloud Computing Partnership Shows Cooperation，见上', 0)).toEqual([])
  })

  it('keeps the last four characters of a paragraph together, so its last line is never one character and a stop', () => {
    expect(kept('这家公司将在两座城市接入交换平台；它是多家伙伴之一，提供服务。')).toEqual(['供服务。'])
  })

  it('widens the kept tail to a whole unit or Latin word it would cut', () => {
    expect(kept('融资约250亿美元')).toEqual(['250亿美元'])
    expect(kept('这家公司的合作伙伴是Equinix。')).toEqual(['Equinix。'])
    expect(kept('两座城市都接入了Equinix Cloud Exchange')).toEqual(['Equinix Cloud Exchange'])
  })

  it('keeps a place or company the deck names, and a title in book marks, each on one line', () => {
    const segments = keepSegments('据《中国日报》报道，阿里云在香港和硅谷开通服务，再去新加坡开设站点')
    expect(segments.filter(s => s.keep).map(s => s.text)).toEqual([
      '《中国日报》',
      '阿里云',
      '香港',
      '硅谷',
      '新加坡',
      '开设站点',
    ])
    // The longer name wins where two start together.
    expect(keepSegments('中国内地市场之外').filter(s => s.keep).map(s => s.text)).toEqual(['中国内地', '市场之外'])
  })

  it('leaves English alone: a text without Han characters has nothing kept', () => {
    expect(keepSpans('Signed 9 June 2015 via Equinix Cloud Exchange, $25bn')).toEqual([])
  })

  it('gives back the whole text, in order, in its segments', () => {
    const text = '签约于2015年6月9日，经Equinix Cloud Exchange触达客户。'
    expect(keepSegments(text).map(segment => segment.text).join('')).toBe(text)
  })
})

describe('lineProblems', () => {
  it('names a date broken across two lines', () => {
    expect(lineProblems(['阿里云签约于2015年10月9', '日，经交换平台触达客户'])).toEqual([
      expect.stringContaining('"2015年10月9日" is broken across two lines'),
    ])
  })

  it('names a Latin name and an amount broken across lines', () => {
    const problems = lineProblems(['通过Equinix Cloud', 'Exchange触达客户，融资约250亿', '美元，创下纪录'])
    expect(problems).toEqual([
      expect.stringContaining('"Equinix Cloud Exchange" is broken'),
      expect.stringContaining('"250亿美元" is broken'),
    ])
  })

  it('names a line that starts with a closing mark', () => {
    expect(lineProblems(['阿里云签约，通过香港和硅谷的交换平台触达客户（美国', '）的企业与合作伙伴'])).toEqual([
      expect.stringContaining('a line starts with "）"'),
    ])
  })

  it('names a last line of one or two characters', () => {
    expect(lineProblems(['阿里云签约，通过香港和硅谷的交换平台触达客户，提供服', '务。'])).toEqual([
      expect.stringContaining('the last line has 2 characters'),
    ])
  })

  it('passes a paragraph set well, a one-line paragraph and English', () => {
    expect(lineProblems(['阿里云签约，通过香港和硅谷的交换平台', '触达客户，签约于2015年6月9日。'])).toEqual([])
    expect(lineProblems(['务。'])).toEqual([])
    expect(lineProblems(['Aliyun signs on to reach customers at', 'two', '.'])).toEqual([])
  })
})
