import type { Region } from '../../data/schema.ts'
// When a region counts as open: the one rule the map, the facilities chart and its native chart share.
// A region opened in a month is open in that month, whatever day it opened; a region known only by its
// year ("2014") counts as open in every month of that year.
//   monthOf('2015-06-17')                  -> "2015-06"
//   isOpenBy({ opened: '2015-06' }, '2015-06') -> true
//   regionsOpenBy(regions, '2015-06')      -> the regions open in June 2015, in their order

/** The month ("2015-06") a date written YYYY, YYYY-MM or YYYY-MM-DD falls in ("2015" stays "2015"). */
export function monthOf(date: string): string {
  return date.slice(0, 7)
}

export function isOpenBy(region: Pick<Region, 'opened'>, month: string): boolean {
  return monthOf(region.opened) <= monthOf(month)
}

export function regionsOpenBy<T extends Pick<Region, 'opened'>>(regions: readonly T[], month: string): T[] {
  return regions.filter(region => isOpenBy(region, month))
}
