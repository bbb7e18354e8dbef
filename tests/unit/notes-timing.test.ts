import type { TimingRules } from '../../components/lib/notes-timing.ts'
// The notes' timing check (components/lib/notes-timing.ts) on notes written for the test.
import { describe, expect, it } from 'vitest'
import { clock, countWords, noteTiming, spokenText, timingProblems, wordRange } from '../../components/lib/notes-timing.ts'

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ')
const slide = (no: number, note: string) => ({ no, title: `Slide ${no}`, note })
// A two-minute talk, so the fixtures stay small: each slide ±20%, the total ±15 seconds.
const rules: TimingRules = {
  wordsPerMinute: 140,
  slideTolerance: 0.2,
  totalSeconds: 120,
  totalTolerance: 15,
}

describe('reading a note', () => {
  it('counts what the presenter says, not the budget line, the click cues or the stage directions', () => {
    const note = 'Time 1:00 · Section 3:00\n\n[click] First the deal. [click:2] Then the map.\n\n> Point at Hong Kong, then pause.\n\nThat is the bridge.'
    expect(spokenText(note).split(/\s+/).filter(Boolean)).toEqual([
      'First',
      'the',
      'deal.',
      'Then',
      'the',
      'map.',
      'That',
      'is',
      'the',
      'bridge.',
    ])
    expect(noteTiming(slide(3, note))).toEqual({
      no: 3,
      title: 'Slide 3',
      budget: 60,
      words: 10,
      spoken: 4,
    })
  })

  it('counts a figure as a word and a dash as none', () => {
    expect(countWords('Aliyun — about 23% of the market, $25bn.')).toBe(7)
  })

  it('writes seconds as a clock', () => {
    expect(clock(90)).toBe('1:30')
    expect(clock(605)).toBe('10:05')
    expect(clock(44.6)).toBe('0:45')
  })
})

describe('timingProblems', () => {
  it('accepts a slide whose words fill its budget within ±20% at 140 words a minute', () => {
    // A minute is 140 words; ±20% is 112 to 168.
    expect(wordRange(60, rules)).toEqual([112, 168])
    const slides = [
      slide(1, `Time 1:00\n\n${words(112)}`),
      slide(2, `Time 0:30\n\n${words(70)}`),
      slide(3, `Time 0:30\n\n${words(84)}`),
    ]
    expect(timingProblems(slides, rules)).toEqual([])
  })

  it('names a slide that runs short, with its words, their time and its budget', () => {
    const slides = [
      slide(1, `Time 1:00\n\n${words(111)}`),
      slide(2, `Time 1:00\n\n${words(168)}`),
    ]
    expect(timingProblems(slides, rules)).toEqual([
      'slide 1 "Slide 1": 111 spoken words take 0:48 at 140 words a minute; its budget is 1:00 (-21%, under the ±20% allowed: 112–168 words)',
    ])
  })

  it('names a slide that runs long', () => {
    const slides = [
      slide(1, `Time 1:00\n\n${words(140)}`),
      slide(2, `Time 0:30\n\n${words(130)}`),
    ]
    expect(timingProblems(slides, rules)).toEqual([
      expect.stringMatching(/^slide 2 "Slide 2": 130 spoken words take 0:56 .* its budget is 0:30 \(\+86%, over the ±20% allowed: 56–84 words\)$/),
    ])
  })

  it('does not count stage directions towards a slide\'s time', () => {
    const directions = Array.from({ length: 10 }, () => `> ${words(10)}`).join('\n')
    expect(timingProblems([
      slide(1, `Time 1:00\n\n${words(70)}\n${directions}\n${words(70)}`),
      slide(2, `Time 1:00\n\n${words(140)}`),
    ], rules)).toEqual([])
    expect(timingProblems([
      slide(1, `Time 1:00\n\n${words(70)}\n${directions.replaceAll('> ', '')}\n${words(70)}`),
      slide(2, `Time 1:00\n\n${words(140)}`),
    ], rules)[0]).toMatch(/^slide 1 .*240 spoken words/)
  })

  it('wants the budget line apart from the script, with a blank line after it', () => {
    expect(timingProblems([
      slide(1, `Time 1:00\n${words(140)}`),
      slide(2, `Time 1:00\n\n${words(140)}`),
    ], rules))
      .toEqual(['slide 1 "Slide 1": its "Time m:ss" line needs a blank line after it, so the notes show it apart from the script'])
  })

  it('refuses a note without a budget', () => {
    expect(timingProblems([
      slide(1, words(140)),
      slide(2, `Time 1:00\n\n${words(140)}`),
    ], rules)).toEqual(['slide 1 "Slide 1": its notes do not start with a "Time m:ss" budget'])
  })

  it('checks the whole talk against the plan, even when every slide is within its own tolerance', () => {
    // Each slide at +19%: fine one by one, but 2:23 against a 2:00 ±0:15 plan.
    const slides = [
      slide(1, `Time 1:00\n\n${words(167)}`),
      slide(2, `Time 1:00\n\n${words(167)}`),
    ]
    expect(timingProblems(slides, rules)).toEqual(['the whole talk: 2:23 of spoken notes at 140 words a minute; the plan is 2:00 ±0:15'])
  })

  it('can check only for notes that run over', () => {
    const slides = [
      slide(1, `Time 1:00\n\n${words(20)}`),
      slide(2, `Time 0:15\n\n${words(60)}`),
    ]
    expect(timingProblems(slides, rules, 'too-long')).toEqual([
      expect.stringMatching(/^slide 2 .*over the ±20% allowed/),
    ])
  })
})
