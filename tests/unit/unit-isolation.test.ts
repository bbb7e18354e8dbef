// vitest.config.ts runs the unit files in one module graph per worker thread: a module mock, a reset module cache or a
// stub made through vitest in one file would reach the files that run after it in that worker.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../scripts/lib/paths.ts'

const SHARED_STATE = /\bvi\.(?:mock|doMock|unmock|doUnmock|hoisted|resetModules|stubEnv|stubGlobal|spyOn|useFakeTimers|setSystemTime)\(/

describe('the unit test files', () => {
  it('mock no module, reset no module cache and stub no global, environment variable, timer, clock or method through vitest', () => {
    const dir = join(PROJECT_ROOT, 'tests', 'unit')
    const found = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter(file => file.endsWith('.ts'))
      .filter(file => SHARED_STATE.test(readFileSync(join(dir, file), 'utf8')))
    expect(found).toEqual([])
  })
})
