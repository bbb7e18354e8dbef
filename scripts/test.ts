// npm test. First the preflight: a machine without the programs the tests run (scripts/lib/system-tools.ts) is told
// so in a second, with the apt-get line that installs them, before anything runs. Then vitest, the typecheck and
// the lint run side by side: vitest's output as it comes, each other check's as one block when it ends. The exit
// code is 1 when any failed, naming which, and vitest's summary line ("tests: N passed, N failed"), which CI reads,
// stays the last line. Test files and `--project NAME` go to vitest (`npm test -- --project unit`); anything else is
// refused before the preflight, naming it (vitest's other options: `npx vitest`).
// Children through node/child-process.ts, not tinyexec: it already stops every child on Ctrl-C, SIGTERM and exit.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { INTERRUPTS, runChild } from '../node/child-process.ts'
import { commandLine, readCommandLine } from './lib/cli.ts'
import { PROJECT_ROOT } from './lib/paths.ts'
import { missingTools, missingToolsMessage } from './lib/system-tools.ts'

const { values, positionals } = commandLine('test', () => readCommandLine({
  options: {
    project: { type: 'string', multiple: true },
  },
  allowPositionals: true,
}))
const vitestArgs = [
  ...(values.project ?? []).flatMap(name => ['--project', name]),
  ...positionals,
]

/** The line tests/summary-reporter.ts ends vitest's run with. */
const SUMMARY_LINE = /^tests: \d+ passed, \d+ failed/

const missing = missingToolsMessage(missingTools())
if (missing) {
  console.error(missing)
  process.exit(1)
}

let interrupted = false
for (const signal of INTERRUPTS) {
  process.once(signal, () => { // node/child-process.ts stops the children, then exits as the signal would
    interrupted = true
    console.error(`\nnpm test: ${signal}, stopping vitest, the typecheck and the lint`)
  })
}

/** A check's command line as package.json's script states it (`npm run typecheck` runs the same). */
function packageScript(name: string): string[] {
  const scripts: Record<string, string> = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')).scripts
  return scripts[name]!.split(/\s+/)
}

interface Outcome { label: string, code: number, seconds: number }

/** Runs `command` (a bin of node_modules) and hands its output on; resolves with how it ended. */
async function runBin(label: string, [bin, ...args]: string[], onOutput: (text: string) => void): Promise<Outcome> {
  const started = performance.now()
  const child = runChild(join(PROJECT_ROOT, 'node_modules', '.bin', bin!), args, {
    cwd: PROJECT_ROOT,
    label,
    onOutput,
    env: process.stdout.isTTY
      ? { FORCE_COLOR: '1' }
      : {},
  })
  const code = await child.exitCode
  return {
    label,
    code,
    seconds: Math.round((performance.now() - started) / 1000),
  }
}

// vitest's lines pass as they come, whole, so a check's block never lands inside one; its summary line waits for the end.
let partial = ''
let summary: string | undefined
function vitestOutput(text: string): void {
  const lines = (partial + text).split('\n')
  partial = lines.pop()!
  for (const line of lines) {
    if (SUMMARY_LINE.test(line))
      summary = line
    else
      process.stdout.write(`${line}\n`)
  }
}

function verdict({ code }: Outcome) {
  return code === 0
    ? 'passed'
    : `FAILED (exit code ${code})`
}

/** A check other than vitest: its output is kept and shown as one block when it ends. */
async function check(name: string): Promise<Outcome> {
  let output = ''
  const outcome = await runBin(`npm run ${name}`, packageScript(name), text => output += text)
  if (!interrupted) {
    process.stdout.write(`\n${[
      `── ${outcome.label}: ${verdict(outcome)}, ${outcome.seconds} s ──`,
      output.trimEnd(),
    ].filter(Boolean).join('\n')}\n`)
  }
  return outcome
}

const outcomes = await Promise.all([
  runBin('vitest', ['vitest', 'run', ...vitestArgs], vitestOutput),
  check('typecheck'),
  check('lint'),
])
if (!interrupted) {
  if (partial)
    process.stdout.write(`${partial}\n`)
  const failed = outcomes.filter(({ code }) => code !== 0).map(({ label }) => label)
  const each = outcomes.map(outcome => `${outcome.label} ${verdict(outcome)}, ${outcome.seconds} s`)
  process.stdout.write(`\nnpm test ${failed.length
    ? `failed: ${failed.join(', ')}`
    : 'passed'}. ${each.join('; ')}\n`)
  if (summary)
    process.stdout.write(`${summary}\n`)
  process.exitCode = failed.length ? 1 : 0
}
