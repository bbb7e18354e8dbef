import type { Reporter, TestModule } from 'vitest/node'
// Ends the run with one plain line, "tests: N passed, N failed, N skipped", that CI reads in any language.
import process from 'node:process'

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0
    let failed = unhandledErrors.length
    let skipped = 0
    for (const module of testModules) {
      // A file that failed to load, or whose set-up failed (its tests then count as skipped), is a failure.
      if (module.state() === 'failed' && ![
        ...module.children.allTests(),
      ].some(test => test.result().state === 'failed')) {
        failed += 1
      }
      for (const test of module.children.allTests()) {
        const state = test.result().state
        if (state === 'passed')
          passed += 1
        else if (state === 'failed')
          failed += 1
        else
          skipped += 1
      }
    }
    process.stdout.write(`\ntests: ${passed} passed, ${failed} failed${skipped
      ? `, ${skipped} skipped`
      : ''}\n`)
  }
}
