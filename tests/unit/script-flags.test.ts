// Every script's command line is read by parseArgs, strictly (scripts/lib/cli.ts): an option it does not know, or a
// bad value, is refused at once, on one line naming it, and nothing is written: no output folder, no build, no file.
// Each script runs as `npm run` starts it, from the project, with its output and its temporary files pointed into a
// fresh folder, which must stay empty; the project's exports/, dist/ and other outputs must not change either.
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countFrom, readCommandLine } from '../../scripts/lib/cli.ts'
import { PROJECT_ROOT } from '../../scripts/lib/paths.ts'

const scratch = mkdtempSync(join(tmpdir(), 'deck-script-flags-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** Each script and the arguments it is given besides the bad one: its output pointed into `out`. */
const CASES: Record<string, (out: string) => string[]> = {
  'build.ts': out => [
    '--out',
    join(out, 'dist'),
  ],
  'dev.ts': () => [],
  'export.ts': out => [
    'pdf',
    '--with-clicks',
    '--out-dir',
    out,
  ],
  'export-html.ts': out => ['--out-dir', out],
  'changes.ts': out => [
    'HEAD',
    '--out',
    join(out, 'changes.html'),
  ],
  'bench.ts': () => ['--runs', '1'],
  'lighthouse.ts': () => ['--runs', '1'],
  'shoot.ts': out => ['--out', out, '1'],
  'generate-land-path.ts': () => [],
  'test.ts': () => ['--project', 'unit'],
  'missing-packages.ts': () => [],
}

/** What a script could write in the project, with the time each was last changed. */
const PROJECT_OUTPUTS = [
  'exports',
  'dist',
  'screenshots',
  'bench/RESULTS.md',
  'components/lib/land-path.generated.ts',
]

function projectOutputs() {
  return PROJECT_OUTPUTS.map((path) => {
    const full = join(PROJECT_ROOT, path)
    if (!existsSync(full))
      return { path, missing: true }
    const stat = statSync(full)
    return {
      path,
      changed: stat.mtimeMs,
      files: stat.isDirectory()
        ? readdirSync(full).sort()
        : [],
    }
  })
}

interface Run {
  /** null when it was still running after 10 s and was stopped. */
  status: number | null
  stdout: string
  stderr: string
  /** What it left in its own folder (its output folder and its temporary files were pointed there). */
  left: string[]
}

/** Runs `scripts/<script> ...args` with its output and temporary files in a folder of its own. */
function run(script: string, args: (out: string) => string[]): Promise<Run> {
  const folder = mkdtempSync(join(scratch, `${script}-`))
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [
      join(PROJECT_ROOT, 'scripts', script),
      ...args(join(folder, 'out')),
    ], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, CI: 'true', TMPDIR: folder },
      timeout: 10_000,
    }, (_, stdout, stderr) => resolve({
      status: child.exitCode,
      stdout,
      stderr,
      left: readdirSync(folder),
    }))
  })
}

/** The scripts that take --lang. */
const WITH_LANG = [
  'dev.ts',
  'build.ts',
  'export.ts',
  'export-html.ts',
]
/** Each run: a name, its script, and what follows the script's usual arguments. */
const JOBS = [
  ...Object.keys(CASES).map(script => ({
    script,
    bad: ['--bogus-flag'],
  })),
  ...WITH_LANG.map(script => ({
    script,
    bad: ['--lang', 'fr'],
  })),
].map(({ script, bad }) => ({
  name: `${script} ${bad.join(' ')}`,
  script,
  args: (out: string) => [
    ...CASES[script]!(out),
    ...bad,
  ],
}))
const runs = new Map<string, Run>()
let projectBefore: ReturnType<typeof projectOutputs>
let projectAfter: ReturnType<typeof projectOutputs>
beforeAll(async () => {
  projectBefore = projectOutputs()
  // Two at a time, for the two cores: one after another they took 15 s on a busy machine, all at once longer.
  const queue = [...JOBS]
  await Promise.all([0, 1].map(async () => {
    for (let job = queue.shift(); job; job = queue.shift())
      runs.set(job.name, await run(job.script, job.args))
  }))
  projectAfter = projectOutputs()
}, 60_000)

describe('every script refuses an option it does not know', () => {
  it('has a case for every script', () => {
    expect(readdirSync(join(PROJECT_ROOT, 'scripts')).filter(file => file.endsWith('.ts')).sort()).toEqual(Object.keys(CASES).sort())
  })

  it.each(Object.keys(CASES))('%s --bogus-flag: exit 1 within seconds, one line naming it, nothing written', (script) => {
    const result = runs.get(`${script} --bogus-flag`)!
    expect(result.status, `still running after 10 s: ${result.stdout}`).not.toBeNull()
    expect(result.status).toBe(1)
    expect(result.stderr.trim().split('\n'), result.stderr).toHaveLength(1)
    expect(result.stderr).toMatch(new RegExp(`^${script.replace('.ts', '').replace('export-html', 'export:html')}: unknown option --bogus-flag; it takes `))
    expect(result.stdout).toBe('')
    expect(result.left).toEqual([])
  })

  it('leaves the project\'s exports/, dist/ and other outputs as they were', () => {
    expect(projectAfter).toEqual(projectBefore)
  })
})

describe('every script that takes --lang refuses a language the deck has not', () => {
  it.each(WITH_LANG)('%s --lang fr: exit 1, naming the option and the value, nothing written', (script) => {
    const result = runs.get(`${script} --lang fr`)!
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/: --lang must be one of en, zh, all; got "fr"\n$/)
    expect(result.left).toEqual([])
  })
})

describe('readCommandLine', () => {
  const options = {
    'lang': { type: 'string' },
    'out-dir': { type: 'string' },
    'dark': { type: 'boolean', short: 'd' },
  } as const
  const read = (...args: string[]) => () => readCommandLine({ args, options, allowPositionals: false })

  it('reads each option however it is written', () => {
    expect(readCommandLine({
      args: ['--lang', 'zh', '--out-dir=x', '-d'],
      options,
    }).values).toEqual({ 'lang': 'zh', 'out-dir': 'x', 'dark': true })
  })

  it('names an unknown option and lists the options the command takes', () => {
    expect(read('--bogus-flag')).toThrow('unknown option --bogus-flag; it takes --lang, --out-dir, --dark (-d)')
    expect(read('-x')).toThrow(/^unknown option -x;/)
    expect(() => readCommandLine({
      args: ['--x'],
      options: {},
    })).toThrow('unknown option --x; it takes no options')
  })

  it('names an option left without its value, given an empty one or followed by another option', () => {
    expect(read('--lang')).toThrow('--lang needs a value')
    expect(read('--out-dir=')).toThrow('--out-dir needs a value')
    expect(read('--out-dir', '--lang', 'zh')).toThrow('--out-dir needs a value')
    expect(readCommandLine({
      args: ['--lang='],
      options,
    }, ['lang']).values.lang).toBe('')
  })

  it('names a value given to a flag, and an argument where none is taken', () => {
    expect(read('--dark=yes')).toThrow('--dark takes no value; got "yes"')
    expect(read('pdf')).toThrow('unexpected argument "pdf"; it takes --lang, --out-dir, --dark (-d)')
  })

  it('counts runs only in whole numbers of 1 or more', () => {
    expect(countFrom('runs', undefined, 5)).toBe(5)
    expect(countFrom('runs', '3', 5)).toBe(3)
    for (const bad of ['0', '2.5', 'x', ''])
      expect(() => countFrom('runs', bad, 5)).toThrow(`--runs is a whole number of 1 or more; got "${bad}"`)
  })
})
