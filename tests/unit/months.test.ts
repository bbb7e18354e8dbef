import { describe, expect, it } from 'vitest'
import { isOpenBy, monthOf, regionsOpenBy } from '../../components/lib/months.ts'

describe('monthOf', () => {
  it('keeps the month of a day, a month as it is and a bare year', () => {
    expect(monthOf('2015-06-17')).toBe('2015-06')
    expect(monthOf('2015-06')).toBe('2015-06')
    expect(monthOf('2015')).toBe('2015')
  })
})

describe('isOpenBy', () => {
  it('counts a region open in the month it opened, whatever the day, and not in the month before', () => {
    expect(isOpenBy({ opened: '2015-06-30' }, '2015-06')).toBe(true)
    expect(isOpenBy({ opened: '2015-06' }, '2015-06-01')).toBe(true)
    expect(isOpenBy({ opened: '2015-07-01' }, '2015-06')).toBe(false)
    expect(isOpenBy({ opened: '2015-06' }, '2015-05')).toBe(false)
  })

  it('counts a region known only by its year as open in that year, not before', () => {
    expect(isOpenBy({ opened: '2014' }, '2014-01')).toBe(true)
    expect(isOpenBy({ opened: '2014' }, '2013-12')).toBe(false)
  })
})

describe('regionsOpenBy', () => {
  it('keeps the open regions in their order', () => {
    const regions = [
      { id: 'b', opened: '2016-03' },
      { id: 'a', opened: '2012-03' },
      { id: 'c', opened: '2016-10' },
    ]
    expect(regionsOpenBy(regions, '2016-07').map(r => r.id)).toEqual(['b', 'a'])
  })
})
