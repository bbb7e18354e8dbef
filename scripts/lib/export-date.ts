// The one date every exported file carries (PDF and PPTX metadata, zip entry times), so the same commit
// exports the same bytes: what was briefed can be archived, and two versions compared. The reproducible-builds
// convention: SOURCE_DATE_EPOCH when set, else the time of the last commit. A copy of the deck outside git
// (no commit to ask) falls back to the newest change among the files the deck is made of.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

export interface ExportDate {
  date: Date
  /** Where it came from, for the export's own report. */
  from: 'SOURCE_DATE_EPOCH' | 'the last commit' | 'the newest file'
}

/** Whole seconds since 1970 (UTC), as SOURCE_DATE_EPOCH is defined; anything else is refused, naming the value. */
export function parseSourceDateEpoch(value: string): Date {
  const trimmed = value.trim()
  if (!/^\d{1,12}$/.test(trimmed))
    throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 UTC (e.g. 1764892800); got "${value}"`)
  return new Date(Number(trimmed) * 1000)
}

function lastCommitTime(root: string): Date | undefined {
  try {
    const seconds = execFileSync('git', ['log', '-1', '--format=%ct'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()
    return seconds
      ? new Date(Number(seconds) * 1000)
      : undefined
  }
  catch {
    return undefined
  }
}

/** The deck's own sources: slides.md and everything under data/, components/, layouts/ and styles/. */
function newestSourceTime(root: string): Date {
  let newest = 0
  const visit = (path: string) => {
    if (!existsSync(path))
      return
    const stat = statSync(path)
    if (stat.isDirectory()) {
      for (const name of readdirSync(path))
        visit(join(path, name))
    }
    else {
      newest = Math.max(newest, stat.mtimeMs)
    }
  }
  for (const part of [
    'slides.md',
    'data',
    'components',
    'layouts',
    'styles',
  ])
    visit(join(root, part))
  // Whole seconds, as a commit time is.
  return new Date(Math.floor(newest / 1000) * 1000)
}

export function exportDate(root: string, env: Record<string, string | undefined>): ExportDate {
  const epoch = env.SOURCE_DATE_EPOCH
  if (epoch !== undefined && epoch !== '') {
    return {
      date: parseSourceDateEpoch(epoch),
      from: 'SOURCE_DATE_EPOCH',
    }
  }
  const committed = lastCommitTime(root)
  if (committed)
    return { date: committed, from: 'the last commit' }
  return {
    date: newestSourceTime(root),
    from: 'the newest file',
  }
}

/**
 * A zip entry's time is stored as local date and time fields, which a zip writer fills from a Date in the
 * machine's time zone: this Date has the UTC time in those fields, so every machine writes the same bytes.
 * Zip times start in 1980; an earlier date is written as 1980-01-01.
 */
export function zipEntryTime(date: Date): Date {
  const earliest = Date.UTC(1980, 0, 1)
  const utc = new Date(Math.max(date.getTime(), earliest))
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate(), utc.getUTCHours(), utc.getUTCMinutes(), utc.getUTCSeconds())
}
