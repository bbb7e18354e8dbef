// The order browser files start in, two at a time (vitest.config.ts): the files that take the English dev server's
// turn (dev-server-turn.ts) alternate with those that do not, each kind longest first (vitest's own order: by the
// last run's time, else by size), so the two workers seldom hold a turn-taking file each (then one of them waits).
// The unit, component and property files come after them: they take seconds, the browser files minutes.
import type { TestSpecification } from 'vitest/node'
import { readFileSync } from 'node:fs'
import { BaseSequencer } from 'vitest/node'

/** How a file that takes the dev server's turn says so (dev-server-turn.ts). */
const TAKES_TURN = 'takeDevServerTurn('

export class BrowserFilesInTurn extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    const browser = sorted.filter(spec => spec.project.name === 'browser')
    const takesTurn = new Set(browser.filter(spec => readFileSync(spec.moduleId, 'utf8').includes(TAKES_TURN)))
    const turnTakers = browser.filter(spec => takesTurn.has(spec))
    const others = browser.filter(spec => !takesTurn.has(spec))
    const alternating = Array.from({
      length: Math.max(turnTakers.length, others.length),
    }, (_, i) => [
      others[i],
      turnTakers[i],
    ]).flat().filter(spec => spec !== undefined)
    return [
      ...alternating,
      ...sorted.filter(spec => spec.project.name !== 'browser'),
    ]
  }
}
