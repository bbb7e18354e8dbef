import { describe, expect, it } from 'vitest'
import { formatCount, formatDate, formatMoney, formatMonth, formatShare, publisherIn, shareDecimals, sourceIdsOf, sourceLine } from '../../components/lib/format.ts'
import { validateDeckData } from '../../data/validate.ts'
import { claimsDeck } from '../fixtures/claims-deck.ts'

describe('formatShare', () => {
  it('shows whole shares without decimals and others with one', () => {
    expect(formatShare(23)).toBe('23%')
    expect(formatShare(13.1)).toBe('13.1%')
    expect(formatShare(57.44)).toBe('57.4%')
  })

  it('keeps the precision a source printed when told how many decimals', () => {
    expect(formatShare(31, 1)).toBe('31.0%')
    expect(formatShare(7.6, 1)).toBe('7.6%')
  })

  it('refuses NaN instead of printing "NaN%"', () => {
    expect(() => formatShare(Number.NaN)).toThrow(/NaN/)
  })
})

describe('shareDecimals', () => {
  it('gives shares shown together the most decimals any needs: printed, else none for a whole number, one otherwise', () => {
    expect(shareDecimals([
      { value: 23 },
      { value: 61 },
    ])).toBe(0)
    expect(shareDecimals([
      { value: 23 },
      { value: 13.14 },
    ])).toBe(1)
    expect(shareDecimals([
      { value: 31, decimals: 1 },
      { value: 8 },
    ])).toBe(1)
    expect(shareDecimals([
      { value: 12.25, decimals: 2 },
      { value: 7.6, decimals: 1 },
    ])).toBe(2)
  })

  it('gives no decimals to no shares', () => {
    expect(shareDecimals([])).toBe(0)
  })
})

describe('formatMoney', () => {
  it('writes billions of dollars as "$25bn", dropping a trailing ".0"', () => {
    expect(formatMoney(25)).toBe('$25bn')
    expect(formatMoney(21.8)).toBe('$21.8bn')
    expect(formatMoney(25.04)).toBe('$25bn')
  })

  it('writes amounts under a billion in millions', () => {
    expect(formatMoney(0.85)).toBe('$850m')
  })
})

describe('formatCount', () => {
  it('groups thousands and picks the singular or plural noun', () => {
    expect(formatCount(1200)).toBe('1,200')
    expect(formatCount(21, ['facility', 'facilities'])).toBe('21 facilities')
    expect(formatCount(1, ['facility', 'facilities'])).toBe('1 facility')
  })
})

describe('formatDate', () => {
  it('reads years, months and days in news style', () => {
    expect(formatDate('2015')).toBe('2015')
    expect(formatDate('2014-10')).toBe('Oct 2014')
    expect(formatMonth('2015-06')).toBe('June 2015')
    expect(formatDate('2014-09-22')).toBe('22 Sept 2014')
  })

  it('names the value it cannot read', () => {
    expect(() => formatDate('2014-13')).toThrow(/"2014-13"/)
    expect(() => formatDate('Oct 2014')).toThrow(/"Oct 2014"/)
  })
})

describe('sourceLine', () => {
  // Written for the test: what a source line says must not change when an analyst edits a real record.
  const data = validateDeckData(claimsDeck())

  it('cites one source with its publisher and publication date', () => {
    expect(sourceLine(['paper-b'], data)).toBe('Source: Paper B, 1 July 2015')
  })

  it('lists several sources once each, in order', () => {
    expect(sourceLine(['paper-b', 'paper-a', 'paper-b'], data)).toBe('Sources: Paper B, 1 July 2015; Paper A, June 2015')
  })

  it('collects the sources a figure cites', () => {
    expect(sourceIdsOf(['sites'], data)).toEqual(['paper-a'])
  })

  it('names an unknown source id', () => {
    expect(() => sourceLine(['reuters-2099'], data)).toThrow(/"reuters-2099"/)
    expect(() => sourceIdsOf(['no-such-figure'], data)).toThrow(/"no-such-figure"/)
  })
})

describe('sourceLine with a limit', () => {
  it('names the first sources and says how many more', async () => {
    const { validateDeckData } = await import('../../data/validate.ts')
    const { fixtureDeck } = await import('../fixtures/deck.ts')
    const { sourceLine: line } = await import('../../components/lib/format.ts')
    const data = validateDeckData(fixtureDeck())
    const ids = data.sources.map(source => source.id)
    expect(ids.length).toBeGreaterThan(2)
    const text = line(ids, data, 2)
    expect(text).toMatch(new RegExp(`; and ${ids.length - 2} more in the backup$`))
    expect(text.split('; ')).toHaveLength(3)
    expect(line(ids.slice(0, 2), data, 2)).not.toMatch(/more/)
  })
})

describe('publisherIn', () => {
  it('says a publisher\'s English connective in Chinese when the publisher is shown as written', () => {
    expect(publisherIn('Bloomberg (via IOL)', 'zh')).toBe('Bloomberg（IOL转载）')
    expect(publisherIn('Yibada (citing Reuters)', 'zh')).toBe('Yibada（援引Reuters）')
    expect(publisherIn('Wire B, citing Daily A', 'zh')).toBe('Wire B（援引Daily A）')
    expect(publisherIn('Daily A via Wire B', 'zh')).toBe('Daily A（Wire B转载）')
  })

  it('leaves English, and a publisher without a connective, as written', () => {
    expect(publisherIn('Bloomberg (via IOL)')).toBe('Bloomberg (via IOL)')
    expect(publisherIn('Viacom Review', 'zh')).toBe('Viacom Review')
  })
})
