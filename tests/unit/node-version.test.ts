// The Node.js versions the deck needs: package.json "engines" states them (what npm enforces, .npmrc has
// engine-strict); .ci/run reads them from there, and the README's first lines repeat them for a reader.
// What can still drift is that repetition, and .ci/run's reading and checking of the range.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../scripts/lib/paths.ts'

const read = (file: string) => readFileSync(join(PROJECT_ROOT, file), 'utf8')
const engines: string = JSON.parse(read('package.json')).engines.node
const ciRun = read('.ci/run')

/** "22.22" and "22.22.0" name the same version. */
function fullVersion(version: string) {
  return [
    ...version.split('.'),
    '0',
    '0',
  ].slice(0, 3).join('.')
}
const versionsIn = (text: string) => (text.match(/\d+\.\d+(?:\.\d+)?|\d+(?=\+)/g) ?? []).map(fullVersion).sort()

/** The bold "Node.js …" statement before the README's two first commands. */
function readmeStatement(): string {
  const match = read('README.md').match(/\*\*Node\.js ([^*]+)\*\*/)
  if (!match?.[1])
    throw new Error('README.md has no bold "**Node.js …**" statement of the versions it needs')
  return match[1]
}

/** A part of .ci/run, by the pattern that finds it. */
function ciPart(pattern: RegExp, what: string): string {
  const part = ciRun.match(pattern)?.[0]
  if (!part)
    throw new Error(`.ci/run has no ${what}`)
  return part
}
const readRange = () => ciPart(/^NODE_RANGE=.+$/m, 'NODE_RANGE=… line')
const rangeCheck = () => ciPart(/^node_is_new_enough\(\) \{[\s\S]+?^\}$/m, 'node_is_new_enough function')

/** Runs .ci/run's own lines in the project, `script` after them, with Node reporting `version` as its version. */
function runCi(script: string, version = process.versions.node): string {
  const dir = mkdtempSync(join(tmpdir(), 'node-version-'))
  const pretend = join(dir, 'pretend.cjs')
  writeFileSync(pretend, 'Object.defineProperty(process, "versions", { value: { ...process.versions, node: process.env.PRETEND_NODE } })\n')
  return execFileSync('bash', ['-c', `${readRange()}\n${rangeCheck()}\n${script}`], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PRETEND_NODE: version, NODE_OPTIONS: `--require ${pretend}` },
    encoding: 'utf8',
  }).trim()
}

describe('the Node.js versions the deck needs', () => {
  it('are the ones the README states', () => {
    expect(versionsIn(readmeStatement())).toEqual(versionsIn(engines))
  })

  it('are what .ci/run reads from package.json "engines"', () => {
    expect(runCi('echo "$NODE_RANGE"')).toBe(engines)
  })

  it('enforced by npm: .npmrc turns "engines" from a warning into a refusal', () => {
    expect(read('.npmrc')).toMatch(/^engine-strict\s*=\s*true$/m)
  })

  // Node runs the .ts scripts from 22.18; dependencies (nopt, chokidar) ask for 22.22.2, 24.15 or 26.
  it.each([
    ['20.20.2', false],
    ['22.12.0', false],
    ['22.18.0', false],
    ['22.22.1', false],
    ['22.22.2', true],
    ['22.23.5', true],
    ['23.11.0', false],
    ['24.14.1', false],
    ['24.15.0', true],
    ['25.2.0', false],
    ['26.0.0', true],
    ['27.1.0', true],
  ])('.ci/run\'s check on Node %s: accepted %s', (version, accepted) => {
    expect(runCi('node_is_new_enough && echo yes || echo no', version)).toBe(accepted ? 'yes' : 'no')
  })
})
