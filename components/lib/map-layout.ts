import type { GeoProjection } from 'd3-geo'
import type { MultiPoint } from 'geojson'
import type { Metro, Region } from '../../data/schema.ts'
import type { Box, PlacedLabel } from './label-placement.ts'
import type { Point } from './map-link.ts'
// Everything the footprint map draws, computed without a DOM: the projection, the land outline, where
// each site lands, the link between the two meeting points and where their labels go.
import { geoEqualEarth } from 'd3-geo'
import { placeLabels, textWidth } from './label-placement.ts'
import { LAND_PATH, MAP_FIT } from './land-path.generated.ts'
import { linkArc } from './map-link.ts'

// The rule lives in months.ts; FootprintMap.vue imports it from here.

export const MAP_WIDTH = 900
export const MAP_HEIGHT = 372
/** The map proper fills the top; the legend runs along the bottom below it. */
export const MAP_AREA_HEIGHT = 334
/** Latitudes shown: every site lies between them; the Arctic and the Southern Ocean are cut. */
export const LAT_RANGE: [number, number] = [-50, 76]
/** Centre the map on the Pacific (150°E) so Hong Kong and Silicon Valley face each other across it. */
export const MAP_CENTRE_LON = 150
const PAD = 6
/** Two sites closer than this (degrees) are the same place: an ECX metro and an Aliyun region in one city. */
const SAME_PLACE_DEG = 0.5

export const SITE_SIZE = { metroRadius: 5.5, regionHalf: 8, ringRadius: 27 }
/** Where both networks share a city, the two symbols sit side by side, this far either side of it. */
const SIDE_BY_SIDE = 7
export const LABEL_FONT = 20

export type { Point }
/** A site's symbol position; `geo` is where the city itself projects (they differ only where two symbols share a city). */
export interface PlacedSite<T> extends Point { record: T, geo: Point }
export interface MeetingSite extends Point {
  id: string
  name: string
  metro: Metro
  region: Region
  label: PlacedLabel
  /** The plate behind the label (a plate, not a text stroke: a stroke doubles the text in the PDF), and the label's centred baseline. */
  plate: Box
  text: Point
}

export interface MapLayout {
  width: number
  height: number
  landPath: string
  metros: PlacedSite<Metro>[]
  regions: PlacedSite<Region>[]
  meetings: MeetingSite[]
  /** The trans-Pacific link between the first two meeting sites, from ring to ring. */
  link: { path: string, points: Point[] } | undefined
  /** Where the note on what the city list is goes (its first baseline), and the space it takes. */
  note: Box & { baseline: number }
  /** Legend entries along the bottom: symbol centre, text start and text baseline. */
  legend: { text: string, symbolX: number, symbolY: number, textX: number, y: number }[]
}

export const NOTE_LINE = 19
export const LEGEND_FONT = 16

/** Points on the edge of the shown band of latitudes, the whole way round the globe. */
function band(): MultiPoint {
  const coordinates: [number, number][] = []
  for (let rel = -179.9; rel <= 179.9; rel += 2.5) {
    for (const lat of [LAT_RANGE[0], 0, LAT_RANGE[1]])
      coordinates.push([MAP_CENTRE_LON + rel, lat])
  }
  return { type: 'MultiPoint', coordinates }
}

/** Equal Earth (equal-area), centred on the Pacific. */
function pacificEqualEarth(): GeoProjection {
  return geoEqualEarth().rotate([-MAP_CENTRE_LON, 0])
}

/**
 * The projection fitted to the band of latitudes and clipped to the map area. Fitting projects the whole
 * band (6–8 ms on a first render), so the map uses the fit scripts/generate-land-path.ts worked out once
 * with this (makeProjection); the script and its staleness test run this.
 */
export function fitProjection(width = MAP_WIDTH, height = MAP_AREA_HEIGHT): GeoProjection {
  return pacificEqualEarth()
    .fitExtent([
      [PAD, PAD],
      [width - PAD, height - PAD],
    ], band())
    .clipExtent([
      [0, 0],
      [width, height],
    ])
}

/** The map's projection: fitProjection()'s, with the scale and offset it found (land-path.generated.ts). */
export function makeProjection(): GeoProjection {
  return pacificEqualEarth()
    .scale(MAP_FIT.scale)
    .translate(MAP_FIT.translate)
    .clipExtent([
      [0, 0],
      [MAP_WIDTH, MAP_AREA_HEIGHT],
    ])
}

/** Projects [lon, lat]; throws (naming the site) instead of dropping a site the projection cannot place. */
export function project(projection: GeoProjection, site: { id: string, lon: number, lat: number }): Point {
  const xy = projection([site.lon, site.lat])
  if (!xy || !Number.isFinite(xy[0]) || !Number.isFinite(xy[1]))
    throw new Error(`Site "${site.id}" at ${site.lat}, ${site.lon} cannot be placed on the map`)
  return { x: xy[0], y: xy[1] }
}

/**
 * Cities where an Equinix city and an open Aliyun region coincide: where the two networks meet. The
 * nearest region wins, so a neighbouring city (Shenzhen, next to Hong Kong) never takes Hong Kong's place.
 */
export function meetingPairs(metros: readonly Metro[], regions: readonly Region[]): { metro: Metro, region: Region }[] {
  const pairs: { metro: Metro, region: Region }[] = []
  for (const metro of metros) {
    const distance = (r: Region) => Math.hypot(r.lat - metro.lat, r.lon - metro.lon)
    const region = regions
      .filter(r => Math.abs(r.lat - metro.lat) < SAME_PLACE_DEG && Math.abs(r.lon - metro.lon) < SAME_PLACE_DEG)
      .sort((a, b) => distance(a) - distance(b))[0]
    if (region)
      pairs.push({ metro, region })
  }
  return pairs
}

function siteBox(point: Point, half: number): Box {
  return {
    x: point.x - half,
    y: point.y - half,
    width: half * 2,
    height: half * 2,
  }
}

const LEGEND_GAP = { wide: 36, narrow: 16 }
const LEGEND_LINE = 24

/**
 * Legend entries under the map: a symbol, then its text, centred in one row. Longer texts (a long
 * month, larger counts) first close up the gaps, then wrap onto further rows; nothing runs off the chart.
 */
function legendRows(texts: readonly string[], y: number): MapLayout['legend'] {
  const widths = texts.map(text => 26 + textWidth(text, LEGEND_FONT))
  const rows: number[][] = [[]]
  let used = 0
  widths.forEach((width, i) => {
    const row = rows.at(-1)!
    if (row.length && used + LEGEND_GAP.narrow + width > MAP_WIDTH - 2 * PAD) {
      rows.push([i])
      used = width
    }
    else {
      used += (row.length ? LEGEND_GAP.narrow : 0) + width
      row.push(i)
    }
  })
  return rows.flatMap((row, r) => {
    const content = row.reduce((sum, i) => sum + widths[i]!, 0)
    const gap = row.length > 1
      ? Math.min(LEGEND_GAP.wide, (MAP_WIDTH - 2 * PAD - content) / (row.length - 1))
      : 0
    let x = Math.max(PAD, (MAP_WIDTH - content - gap * (row.length - 1)) / 2)
    return row.map((i) => {
      const baseline = y + r * LEGEND_LINE
      const item = {
        text: texts[i]!,
        symbolX: x + 9,
        symbolY: baseline - 5,
        textX: x + 26,
        y: baseline,
      }
      x += widths[i]! + gap
      return item
    })
  })
}

/** How far apart two symbols' centres must be not to touch: diamond to diamond, diamond to dot. */
const REGION_GAP = 2 * SITE_SIZE.regionHalf + 1
const REGION_METRO_GAP = SITE_SIZE.regionHalf + SITE_SIZE.metroRadius

/**
 * Regions in the same city as another site (Shenzhen beside Hong Kong) would hide one another: one that
 * touches a region already placed is stacked just above that region (then above a dot it touches), until it
 * touches nothing; a few steps at most, so it stays beside its city.
 */
export function separateRegions<T extends PlacedSite<Region>>(regions: T[], metros: readonly Point[]): T[] {
  const placed: T[] = []
  const touched = (p: Point): { at: Point, gap: number } | undefined => {
    const region = placed.find(r => Math.hypot(r.x - p.x, r.y - p.y) < REGION_GAP)
    if (region)
      return { at: region, gap: REGION_GAP }
    const metro = metros.find(m => Math.hypot(m.x - p.x, m.y - p.y) < REGION_METRO_GAP)
    return metro && { at: metro, gap: REGION_METRO_GAP }
  }
  for (const site of regions) {
    let at: Point = site
    for (let step = 0, hit = touched(at); hit && step < 4; step++, hit = touched(at))
      at = { x: hit.at.x, y: hit.at.y - hit.gap }
    placed.push({ ...site, x: at.x, y: at.y })
  }
  return placed
}

export function mapLayout(input: { metros: readonly Metro[], regions: readonly Region[], legend?: readonly string[], noteLines?: readonly string[] }): MapLayout {
  const projection = makeProjection()
  // The land outline depends only on the projection's constants: drawn once at build time, not per mount.
  const landPath = LAND_PATH
  const pairs = meetingPairs(input.metros, input.regions)
  const shared = new Set(pairs.flatMap(pair => [pair.metro.id, pair.region.id]))
  const place = <T extends Metro | Region>(record: T, dx: number): PlacedSite<T> => {
    const geo = project(projection, record)
    return {
      record,
      geo,
      x: geo.x + (shared.has(record.id)
        ? dx
        : 0),
      y: geo.y,
    }
  }
  const metros = input.metros.map(record => place(record, SIDE_BY_SIDE))
  const regions = separateRegions(input.regions.map(record => place(record, -SIDE_BY_SIDE)), metros)
  const [first, second] = pairs
  const ends = [first, second].map(pair => (pair
    ? project(projection, pair.metro)
    : undefined))
  const others = [
    ...metros,
    ...regions,
  ].filter(site => !shared.has(site.record.id))
  const linkPoints = ends[0] && ends[1]
    ? linkArc(ends[0], ends[1], others, SITE_SIZE.ringRadius)
    : []
  const link = linkPoints.length
    ? { points: linkPoints, path: `M${linkPoints.map(p => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join('L')}` }
    : undefined

  // The note on the cities and the article's facility count sits in the empty South Pacific, between New Zealand and South America.
  const corner = project(projection, { id: 'note', lon: -176, lat: -26 })
  const noteLines = input.noteLines ?? []
  const note = {
    x: corner.x,
    y: corner.y,
    width: Math.max(0, ...noteLines.map(line => textWidth(line, 15))),
    height: noteLines.length * NOTE_LINE,
    baseline: corner.y + 14,
  }
  const frame: Box = {
    x: 0,
    y: 0,
    width: MAP_WIDTH,
    height: MAP_AREA_HEIGHT,
  }
  const obstacles: Box[] = [
    note,
    ...metros.map(site => siteBox(site, SITE_SIZE.metroRadius + 2)),
    ...regions.map(site => siteBox(site, SITE_SIZE.regionHalf + 1)),
    ...linkPoints.map(p => siteBox(p, 2)),
  ]
  const labels = placeLabels(pairs.map(({ metro }) => ({
    id: metro.id,
    anchor: project(projection, metro),
    size: {
      width: textWidth(metro.short, LABEL_FONT, true),
      height: LABEL_FONT * 1.2,
    },
    sides: [
      'below',
      'below-left',
      'below-right',
      'left',
      'right',
      'above',
    ],
  })), obstacles, frame, SITE_SIZE.ringRadius + 3)
  const meetings = pairs.map(({ metro, region }, i) => ({
    id: metro.id,
    name: metro.short,
    metro,
    region,
    ...project(projection, metro),
    label: labels[i]!,
    plate: {
      x: labels[i]!.box.x - 3,
      y: labels[i]!.box.y,
      width: labels[i]!.box.width + 6,
      height: labels[i]!.box.height,
    },
    text: { x: labels[i]!.box.x + labels[i]!.box.width / 2, y: labels[i]!.box.y + LABEL_FONT * 0.95 },
  }))
  const legend = legendRows(input.legend ?? [], MAP_AREA_HEIGHT + 30)
  const legendBottom = Math.max(MAP_HEIGHT, ...legend.map(item => item.y + 8))
  return {
    width: MAP_WIDTH,
    height: legendBottom,
    landPath,
    metros,
    regions,
    meetings,
    link,
    note,
    legend,
  }
}
