import type { Feature, MultiPolygon, Polygon } from 'geojson'
import type { GeometryCollection, Topology } from 'topojson-specification'
// The map's land outline, from world-atlas 110m through the map's projection. It depends only on
// constants, so scripts/generate-land-path.ts draws it once into land-path.generated.ts and the map
// reads that string: projecting 65 KB of coastline on every mount cost about 50 ms, three frames.
import { geoPath } from 'd3-geo'
import { feature } from 'topojson-client'
import land110m from 'world-atlas/land-110m.json' with { type: 'json' }
import { fitProjection } from '../components/lib/map-layout.ts'

/** Land without Antarctica, which carries no site and would take a fifth of the height. */
export function landFeature(): Feature<MultiPolygon> {
  const topology = land110m as unknown as Topology<{ land: GeometryCollection }>
  const collection = feature(topology, topology.objects.land)
  const polygons: Polygon['coordinates'][] = []
  for (const item of collection.features) {
    const geometry = item.geometry
    const parts = geometry.type === 'MultiPolygon'
      ? geometry.coordinates
      : geometry.type === 'Polygon'
        ? [geometry.coordinates]
        : []
    for (const polygon of parts) {
      if (polygon[0]?.some(([, lat]) => (lat ?? -90) > -60))
        polygons.push(polygon)
    }
  }
  return {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPolygon', coordinates: polygons },
  }
}

/** The SVG path of all land, in the map's coordinates, to one decimal (a tenth of a unit is invisible). */
export function drawLandPath(): string {
  return geoPath(fitProjection()).digits(1)(landFeature()) ?? ''
}

/** The scale and offset that fit the map's band of latitudes into the map (see fitProjection). */
export function mapFit(): { scale: number, translate: [number, number] } {
  const projection = fitProjection()
  return {
    scale: projection.scale(),
    translate: projection.translate(),
  }
}
