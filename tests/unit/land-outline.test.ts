import { describe, expect, it } from 'vitest'
import { drawLandPath } from '../../build/land-outline.ts'
import { LAND_PATH } from '../../components/lib/land-path.generated.ts'

describe('the map\'s land outline', () => {
  it('is the committed outline redrawn from world-atlas with the map\'s current projection', () => {
    // When this fails, the projection or the map's size changed: run `node scripts/generate-land-path.ts`.
    expect(LAND_PATH === drawLandPath(), 'land-path.generated.ts is stale: run node scripts/generate-land-path.ts').toBe(true)
  })

  it('draws the continents and islands as closed shapes', () => {
    const shapes = LAND_PATH.split('M').length - 1
    expect(shapes).toBeGreaterThan(50) // 110m land: continents plus many islands
    expect((LAND_PATH.match(/Z/g) ?? []).length).toBe(shapes)
  })
})
