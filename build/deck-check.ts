// What `slidev build` checks before it bundles anything (see vite.config.ts): the data module is
// valid, every figure, source or claim id the slides ask for exists, and every claim in the register is
// said on some slide (or marked backupOnly). Returns the problems; none = fine.
import type { DeckData } from '../data/schema.ts'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { DeckDataError } from '../data/errors.ts'
import { rawDeckData } from '../data/raw.ts'
import { validateDeckData } from '../data/validate.ts'
import { checkSlideRefs, unusedClaims } from './slide-refs.ts'

/** The slides file named on the command line (`slidev build deck.md`), else slides.md. */
export function entryFromArgv(argv: readonly string[]): string {
  return argv.slice(2).find(arg => arg.endsWith('.md')) ?? 'slides.md'
}

export function checkDeck(root: string, entry: string, input: unknown = rawDeckData): string[] {
  return checkDeckData(root, entry, input).problems
}

/** The same check, also giving the validated data when there is no problem. */
export function checkDeckData(root: string, entry: string, input: unknown = rawDeckData): { problems: string[], data?: DeckData } {
  let data
  try {
    data = validateDeckData(input)
  }
  catch (error) {
    return {
      problems: error instanceof DeckDataError
        ? error.problems
        : [(error as Error).message],
    }
  }
  const pages = join(root, 'pages')
  const files = [
    join(root, entry),
    ...(existsSync(pages)
      ? readdirSync(pages).filter(f => f.endsWith('.md')).map(f => join(pages, f))
      : []),
  ]
  const slides = files.filter(existsSync).map(file => ({
    file,
    markdown: readFileSync(file, 'utf8'),
  }))
  const problems = [
    ...slides.flatMap(({ file, markdown }) => checkSlideRefs(markdown, data, relative(root, file))),
    ...unusedClaims(slides.map(({ markdown }) => markdown), data),
  ]
  return problems.length
    ? { problems }
    : { problems, data }
}
