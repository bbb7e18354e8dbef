// For .ci/run: the Debian packages of the programs the tests run that this machine lacks (scripts/lib/system-tools.ts,
// the rule npm test's preflight applies), space-separated on one line; nothing when none is missing.
import { commandLine, readCommandLine } from './lib/cli.ts'
import { missingTools } from './lib/system-tools.ts'

commandLine('missing-packages', () => readCommandLine({ options: {} }))

console.log(missingTools().map(({ tool }) => tool.debianPackage).join(' '))
