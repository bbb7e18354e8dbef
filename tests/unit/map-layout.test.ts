import type { Metro } from '../../data/schema.ts'
import { describe, expect, it } from 'vitest'
import { overlaps, textWidth } from '../../components/lib/label-placement.ts'
import { makeProjection, MAP_AREA_HEIGHT, MAP_WIDTH, mapLayout, meetingPairs, SITE_SIZE } from '../../components/lib/map-layout.ts'
import { LINK_CLEARANCE } from '../../components/lib/map-link.ts'
import { regionsOpenBy } from '../../components/lib/months.ts'
import { validateDeckData } from '../../data/validate.ts'
import { landFeature } from '../../node/land-outline.ts'
import { fixtureDeck, fixtureWith } from '../fixtures/deck.ts'

const data = validateDeckData(fixtureDeck())
const openAtDeal = regionsOpenBy(data.regions, '2016-07')
const layout = mapLayout({
  metros: data.ecx.metros,
  regions: openAtDeal,
  legend: ['a', 'b', 'c'],
  noteLines: ['The article counts 9', 'ECX facilities; sources', 'identify 7 cities'],
})

/** The box each site's symbol covers: a 16-unit square around it. */
function symbolBoxes(map: ReturnType<typeof mapLayout>) {
  return [
    ...map.metros,
    ...map.regions,
  ].map(s => ({
    x: s.x - 8,
    y: s.y - 8,
    width: 16,
    height: 16,
  }))
}

function metro(id: string) {
  const site = layout.metros.find(m => m.record.id === id)
  if (!site)
    throw new Error(`metro ${id} not on the map`)
  return site.geo
}

describe('the footprint map projection', () => {
  it('puts San Jose west of Chicago and Seattle north of San Jose', () => {
    expect(metro('san-jose').x).toBeLessThan(metro('chicago').x)
    expect(metro('seattle').y).toBeLessThan(metro('san-jose').y)
  })

  it('puts Sydney south of Tokyo and Hong Kong', () => {
    expect(metro('sydney').y).toBeGreaterThan(metro('tokyo').y)
    expect(metro('sydney').y).toBeGreaterThan(metro('hong-kong').y)
  })

  it('centres the Pacific: Asia left of the Americas, Europe at the far left', () => {
    expect(metro('hong-kong').x).toBeLessThan(metro('san-jose').x)
    expect(metro('tokyo').x).toBeLessThan(metro('seattle').x)
    expect(metro('london').x).toBeLessThan(metro('hong-kong').x)
  })

  it('keeps every site inside the map area', () => {
    for (const site of [
      ...layout.metros,
      ...layout.regions,
    ]) {
      expect(site.x).toBeGreaterThan(0)
      expect(site.x).toBeLessThan(MAP_WIDTH)
      expect(site.y).toBeGreaterThan(0)
      expect(site.y).toBeLessThan(MAP_AREA_HEIGHT)
    }
  })

  it('drops Antarctica, which carries no site', () => {
    const polygons = landFeature().geometry.coordinates
    expect(polygons.length).toBeGreaterThan(50)
    expect(polygons.every(polygon => polygon[0]!.some(([, lat]) => lat! > -60))).toBe(true)
    expect(layout.landPath.length).toBeGreaterThan(1000)
  })
})

describe('the sites on the map', () => {
  it('places every named metro exactly once', () => {
    const ids = layout.metros.map(m => m.record.id)
    expect(ids).toHaveLength(7)
    expect(new Set(ids)).toEqual(new Set(data.ecx.metros.map(m => m.id)))
  })

  it('shows the regions open by the month asked for, and none opened later', () => {
    expect(openAtDeal.map(r => r.name)).toEqual(['Hangzhou', 'Hong Kong', 'San Jose'])
    expect(regionsOpenBy(data.regions, '2016-10').map(r => r.name)).toHaveLength(5)
  })

  it('finds the two networks meeting where a region and a metro share a city', () => {
    expect(layout.meetings.map(m => m.name)).toEqual(['Hong Kong', 'San Jose'])
  })

  it('finds no meeting place when no region shares a city with a metro', () => {
    const far: Metro = {
      id: 'x',
      name: 'Nowhere',
      short: 'Nowhere',
      continent: 'Europe',
      lat: 10,
      lon: 10,
      sources: ['s'],
    }
    expect(meetingPairs([far], openAtDeal)).toEqual([])
  })

  it('pairs a city with its nearest region, not a neighbouring city\'s', () => {
    const [hk] = data.ecx.metros
    const [shenzhen, hongKong] = [data.regions[3]!, data.regions[1]!]
    expect(meetingPairs([hk!], [shenzhen, hongKong]).map(pair => pair.region.name)).toEqual(['Hong Kong'])
  })

  it('sets the two symbols of a shared city side by side, close to the city', () => {
    const hk = layout.meetings[0]!
    const circle = layout.metros.find(m => m.record.id === 'hong-kong')!
    const diamond = layout.regions.find(r => r.record.id === 'r-hong-kong')!
    expect(Math.abs(circle.x - diamond.x)).toBeGreaterThan(10)
    expect(Math.hypot(circle.x - hk.x, circle.y - hk.y)).toBeLessThan(10)
    expect(Math.hypot(diamond.x - hk.x, diamond.y - hk.y)).toBeLessThan(10)
  })
})

describe('the trans-Pacific link', () => {
  const points = layout.link!.points
  const [hk, sv] = layout.meetings

  it('starts at Hong Kong and ends at San Jose', () => {
    const first = points[0]!
    const last = points.at(-1)!
    // From ring to ring: the ring's radius and a few pixels of clearance from each city.
    expect(Math.hypot(first.x - hk!.x, first.y - hk!.y)).toBeLessThan(SITE_SIZE.ringRadius + 6)
    expect(Math.hypot(last.x - sv!.x, last.y - sv!.y)).toBeLessThan(SITE_SIZE.ringRadius + 6)
  })

  it('crosses the Pacific, not Asia, Europe and the Atlantic', () => {
    const projection = makeProjection()
    const middle = points[Math.floor(points.length / 2)]!
    const [lon] = projection.invert!([middle.x, middle.y])!
    // The Pacific between Hong Kong and California: east of 140°E or west of 125°W.
    expect(lon > 140 || lon < -125).toBe(true)
    expect(middle.x).toBeGreaterThan(hk!.x)
    expect(middle.x).toBeLessThan(sv!.x)
  })

  it('keeps clear of every symbol outside the two rings', () => {
    const others = [
      ...layout.metros,
      ...layout.regions,
    ].filter(s => ![
      'hong-kong',
      'san-jose',
      'r-hong-kong',
      'r-san-jose',
    ].includes(s.record.id))
    expect(others).toHaveLength(6)
    for (const p of points) {
      for (const s of others)
        expect(Math.hypot(p.x - s.x, p.y - s.y)).toBeGreaterThanOrEqual(LINK_CLEARANCE)
    }
  })

  it('runs as one unbroken line (no jump across the map edge)', () => {
    for (let i = 1; i < points.length; i++)
      expect(Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y)).toBeLessThan(40)
  })
})

describe('labels on the map', () => {
  const boxes = layout.meetings.map(m => m.label.box)

  it('labels each meeting place in a clear spot inside the map', () => {
    for (const { label } of layout.meetings) {
      expect(label.clear).toBe(true)
      expect(label.box.x).toBeGreaterThanOrEqual(0)
      expect(label.box.x + label.box.width).toBeLessThanOrEqual(MAP_WIDTH)
      expect(label.box.y + label.box.height).toBeLessThanOrEqual(MAP_AREA_HEIGHT)
    }
  })

  it('keeps labels off each other, off every symbol and off the note', () => {
    expect(overlaps(boxes[0]!, boxes[1]!)).toBe(false)
    for (const box of boxes) {
      for (const symbol of symbolBoxes(layout))
        expect(overlaps(box, symbol)).toBe(false)
      expect(overlaps(box, layout.note)).toBe(false)
    }
  })

  it('keeps the note on the article\'s count off every symbol and inside the map', () => {
    for (const symbol of symbolBoxes(layout))
      expect(overlaps(layout.note, symbol)).toBe(false)
    expect(layout.note.y + layout.note.height).toBeLessThanOrEqual(MAP_AREA_HEIGHT)
  })

  it('lays the legend out in one row below the map, entries apart, inside the chart', () => {
    const legend = mapLayout({
      metros: data.ecx.metros,
      regions: openAtDeal,
      legend: ['Aliyun region open June 2016', 'ECX metro named by a source (7 of 9)', 'Where the two meet'],
    }).legend
    expect(legend[0]!.y).toBeGreaterThan(MAP_AREA_HEIGHT)
    expect(new Set(legend.map(item => item.y)).size).toBe(1)
    for (let i = 1; i < legend.length; i++)
      expect(legend[i]!.symbolX).toBeGreaterThan(legend[i - 1]!.textX + 100)
    expect(legend[0]!.symbolX).toBeGreaterThan(0)
    const last = legend.at(-1)!
    expect(last.textX + textWidth(last.text, 16)).toBeLessThan(MAP_WIDTH)
  })
})

describe('awkward places', () => {
  it('keeps a legend of long entries (a long month, large counts) inside the chart, wrapping rows if it must', () => {
    const texts = ['Aliyun region open September 2016', 'ECX metro named by a source (107 of 121)', 'Where the two meet, ringed and joined']
    const result = mapLayout({ metros: data.ecx.metros, regions: openAtDeal, legend: texts })
    expect(result.legend.map(item => item.text)).toEqual(texts)
    for (const item of result.legend) {
      expect(item.symbolX - 9).toBeGreaterThanOrEqual(0)
      expect(item.textX + textWidth(item.text, 16)).toBeLessThanOrEqual(MAP_WIDTH)
      expect(item.y).toBeLessThan(result.height)
    }
  })

  it('labels a meeting place with a long name inside the map, clear of every symbol', () => {
    const long = validateDeckData(fixtureWith((d) => {
      d.ecx.metros[1]!.short = 'San Jose and the wider Bay Area'
    }))
    const result = mapLayout({
      metros: long.ecx.metros,
      regions: regionsOpenBy(long.regions, '2016-07'),
    })
    const label = result.meetings.find(m => m.name.startsWith('San Jose'))!.label
    expect(label.box.x + label.box.width).toBeLessThanOrEqual(MAP_WIDTH)
    for (const symbol of symbolBoxes(result))
      expect(overlaps(label.box, symbol)).toBe(false)
  })

  it('places many sites crowded into one continent, each inside the map', () => {
    const crowded = Array.from({ length: 12 }, (_, i): Metro => ({
      id: `eu${i}`,
      name: `European city ${i}`,
      short: `EU ${i}`,
      continent: 'Europe',
      lat: 44 + i,
      lon: -4 + i * 2,
      sources: ['s'],
    }))
    const result = mapLayout({ metros: crowded, regions: [] })
    expect(result.metros).toHaveLength(12)
    for (const site of result.metros) {
      expect(site.x).toBeGreaterThan(0)
      expect(site.x).toBeLessThan(MAP_WIDTH)
    }
    expect(result.meetings).toEqual([])
    expect(result.link).toBeFalsy()
  })
})

describe('sites in one city', () => {
  // Shenzhen lies 30 km from Hong Kong: at this scale its diamond would sit on Hong Kong's.
  const shenzhen = {
    id: 'r-sz',
    name: 'Shenzhen',
    country: 'China',
    lat: 22.54,
    lon: 114.06,
    opened: '2015-01',
    openedBy: false,
    sources: ['wire-b'],
    confidence: 'high' as const,
  }
  const crowded = mapLayout({
    metros: data.ecx.metros,
    regions: [...openAtDeal, shenzhen],
  })
  const symbols = [
    ...crowded.metros.map(site => ({
      id: site.record.id,
      x: site.x,
      y: site.y,
      r: 5.5,
    })),
    ...crowded.regions.map(site => ({
      id: site.record.id,
      x: site.x,
      y: site.y,
      r: 8,
    })),
  ]

  it('draws no symbol on top of another: a region beside another site is stacked clear of it', () => {
    for (const [i, a] of symbols.entries()) {
      for (const b of symbols.slice(i + 1))
        expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.id} and ${b.id}`).toBeGreaterThanOrEqual(a.r + b.r)
    }
  })

  it('keeps the moved region next to its city, inside the ring drawn there', () => {
    const sz = crowded.regions.find(site => site.record.id === 'r-sz')!
    const hk = crowded.meetings.find(site => site.id === 'hong-kong')!
    expect(Math.hypot(sz.x - hk.x, sz.y - hk.y) + 8).toBeLessThanOrEqual(SITE_SIZE.ringRadius)
  })
})
