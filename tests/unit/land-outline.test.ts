import { describe, expect, it } from 'vitest'
import { LAND_PATH, MAP_FIT } from '../../components/lib/land-path.generated.ts'
import { fitProjection, makeProjection } from '../../components/lib/map-layout.ts'
import { drawLandPath, mapFit } from '../../node/land-outline.ts'

describe('the map\'s land outline', () => {
  it('is the committed outline redrawn from world-atlas with the map\'s current projection', () => {
    // When this fails, the projection or the map's size changed: run `node scripts/generate-land-path.ts`.
    expect(LAND_PATH === drawLandPath(), 'land-path.generated.ts is stale: run node scripts/generate-land-path.ts').toBe(true)
    expect(MAP_FIT, 'land-path.generated.ts is stale: run node scripts/generate-land-path.ts').toEqual(mapFit())
  })

  it('places sites where the fitted projection does, without fitting on every render', () => {
    for (const [lon, lat] of [
      [114.17, 22.32],
      [-121.9, 37.4],
      [-0.1, 51.5],
      [151.2, -33.9],
      [-46.6, -23.5],
    ] as [number, number][])
      expect(makeProjection()([lon, lat])).toEqual(fitProjection()([lon, lat]))
  })

  it('draws the continents and islands as closed shapes', () => {
    const shapes = LAND_PATH.split('M').length - 1
    expect(shapes).toBeGreaterThan(50) // 110m land: continents plus many islands
    expect((LAND_PATH.match(/Z/g) ?? []).length).toBe(shapes)
  })
})
