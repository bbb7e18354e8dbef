// How long each slide's speaker notes take to say, against the time the note budgets for the slide.
//
// A note starts with its budget, "Time m:ss", on a line of its own followed by a blank line (the rest of
// that line is for the presenter: a section total, say; styles/notes.css shows it small and dim).
// What counts as spoken: every other word of the note. What does not:
//   - [click] and [click:2] cues (Slidev marks the click steps with them);
//   - stage directions: a line starting with ">" (Markdown's quote), e.g. "> Point at Hong Kong.",
//     shown dim and italic in the presenter view and the handout (styles/notes.css).
// A figure such as "23%" or "$25bn" counts as one word.
import { budgetLine, noteBudget, replaceClickCues } from './slide-markdown.ts'

export const WORDS_PER_MINUTE = 140

export interface NoteTiming {
  no: number
  title: string
  /** Seconds the note budgets ("Time 1:30" -> 90); undefined when the note does not start with one. */
  budget: number | undefined
  words: number
  /** Seconds the spoken words take at the given pace. */
  spoken: number
}

export interface TimingRules {
  wordsPerMinute: number
  /** Each slide's spoken time may differ from its budget by this fraction (0.2 = ±20%). */
  slideTolerance: number
  /** The whole talk, in seconds, and how far it may be off. */
  totalSeconds: number
  totalTolerance: number
}

export const DECK_TIMING: TimingRules = {
  wordsPerMinute: WORDS_PER_MINUTE,
  slideTolerance: 0.2,
  totalSeconds: 15 * 60,
  totalTolerance: 60,
}

/**
 * Chinese notes, counted in characters (a Latin word or a number among them counts as one): the same slide
 * budgets and tolerances at a presenter's Chinese pace. Where the rate comes from: README, "Speaking rates".
 */
export const CHARACTERS_PER_MINUTE = 240
export const CHINESE_TIMING: TimingRules = {
  ...DECK_TIMING,
  wordsPerMinute: CHARACTERS_PER_MINUTE,
}

/** The note without its budget line, [click] cues, stage directions, HTML tags and Markdown marks. */
export function spokenText(note: string): string {
  const lines = note.split('\n')
  if (budgetLine(lines[0] ?? ''))
    lines.shift()
  const text = lines
    .filter(line => !/^\s*>/.test(line))
    .join('\n')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]+>/g, ' ')
  return replaceClickCues(text, () => ' ').replace(/[*_`#]/g, ' ')
}

/**
 * Words as a listener hears them: anything with a letter or a digit in it ("—" alone is not one). In Chinese,
 * which has no spaces, each Han character is one (the unit Chinese speaking rates are given in, 字/分钟), and a
 * Latin word or a number among them is one too ("Equinix", "23%").
 */
export function countWords(text: string): number {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0
  const rest = text.replace(/\p{Script=Han}/gu, ' ')
  return han + rest.split(/\s+/).filter(word => /[\p{L}\p{N}]/u.test(word)).length
}

export function noteTiming(slide: { no: number, title: string, note: string }, wordsPerMinute = WORDS_PER_MINUTE): NoteTiming {
  const words = countWords(spokenText(slide.note))
  return {
    no: slide.no,
    title: slide.title,
    budget: noteBudget(slide.note),
    words,
    spoken: Math.round(words / wordsPerMinute * 60),
  }
}

/** 90 -> "1:30". */
export function clock(seconds: number): string {
  const whole = Math.round(seconds)
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`
}

/** Words a budget allows at the pace, within the tolerance: [fewest, most]. */
export function wordRange(budget: number, rules: TimingRules = DECK_TIMING): [number, number] {
  const words = budget / 60 * rules.wordsPerMinute
  return [
    Math.ceil(words * (1 - rules.slideTolerance)),
    Math.floor(words * (1 + rules.slideTolerance)),
  ]
}

/**
 * What is wrong with the notes' timing, one line per slide that drifts and one for the total; none = fine.
 * `only` limits the check: 'too-long' reports only notes that run over (the upper bound).
 */
export function timingProblems(slides: readonly { no: number, title: string, note: string }[], rules: TimingRules = DECK_TIMING, only?: 'too-long'): string[] {
  const timings = slides.map(slide => noteTiming(slide, rules.wordsPerMinute))
  const problems: string[] = []
  for (const timing of timings) {
    const name = `slide ${timing.no} "${timing.title}"`
    if (timing.budget === undefined) {
      problems.push(`${name}: its notes do not start with a "Time m:ss" budget`)
      continue
    }
    if ((slides.find(slide => slide.no === timing.no)?.note.split('\n')[1] ?? '').trim() !== '')
      problems.push(`${name}: its "Time m:ss" line needs a blank line after it, so the notes show it apart from the script`)
    const [fewest, most] = wordRange(timing.budget, rules)
    const off = timing.words > most
      ? 'over'
      : timing.words < fewest && only !== 'too-long'
        ? 'under'
        : undefined
    if (off) {
      const percent = Math.round((timing.words / (timing.budget / 60 * rules.wordsPerMinute) - 1) * 100)
      problems.push(`${name}: ${timing.words} spoken words take ${clock(timing.spoken)} at ${rules.wordsPerMinute} words a minute; its budget is ${clock(timing.budget)} (${percent > 0
        ? '+'
        : ''}${percent}%, ${off} the ±${Math.round(rules.slideTolerance * 100)}% allowed: ${fewest}–${most} words)`)
    }
  }
  if (only !== 'too-long') {
    const total = timings.reduce((sum, timing) => sum + timing.words, 0) / rules.wordsPerMinute * 60
    if (Math.abs(total - rules.totalSeconds) > rules.totalTolerance)
      problems.push(`the whole talk: ${clock(total)} of spoken notes at ${rules.wordsPerMinute} words a minute; the plan is ${clock(rules.totalSeconds)} ±${clock(rules.totalTolerance)}`)
  }
  return problems
}
