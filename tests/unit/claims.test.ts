import type { DeckDataInput } from '../../data/index.ts'
// The claims register: statements with sources, validated like figures, cited from the slides by
// [[claim:ID]], and every record either said on a slide or kept for questions on purpose.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { pageOf } from '../../components/lib/fact-check.ts'
import { formatDate } from '../../components/lib/format.ts'
import { claimById, validateDeckData } from '../../data/index.ts'
import { rawDeckData } from '../../data/raw.ts'
import { checkDeck } from '../../node/deck-check.ts'
import { checkSlideRefs, findSlideRefs, unusedClaims } from '../../node/slide-refs.ts'
import { refusal } from '../deck-refusal.ts'
import { CLAIMS_SLIDES, claimsDeck } from '../fixtures/claims-deck.ts'

function problemsOf(change: (deck: DeckDataInput) => void): string[] {
  const deck = claimsDeck()
  change(deck)
  return refusal(deck).problems
}

describe('claim records', () => {
  it('accepts a valid register and keeps backupOnly false unless set', () => {
    const data = validateDeckData(claimsDeck())
    expect(data.claims.map(c => [c.id, c.backupOnly])).toEqual([
      ['said', false],
      ['kept', true],
      ['forgotten', false],
    ])
    expect(claimById('said', data).text).toBe('The firm opened in Hong Kong first.')
  })

  it('refuses a claim citing a source the data module does not have, naming claim, field and value', () => {
    expect(problemsOf((d) => {
      d.claims![1]!.sources = ['paper-b', 'paper-z']
    }))
      .toEqual(['claims[1] "kept": field "sources.1" names no known source (got "paper-z")'])
  })

  it('refuses a claim id used twice', () => {
    expect(problemsOf((d) => {
      d.claims![2]!.id = 'said'
    }))
      .toEqual(['claims[2] "said": field "id" is used twice (got "said")'])
  })

  it('refuses empty or blank text', () => {
    expect(problemsOf((d) => {
      d.claims![0]!.text = '   '
    })).toEqual([
      expect.stringMatching(/^claims\[0\] "said": field "text" must state the claim/),
    ])
  })

  it('refuses a claim that does not say what it was checked against, or cites nothing', () => {
    const problems = problemsOf((d) => {
      d.claims![0]!.checked = ''
      d.claims![1]!.sources = []
    })
    expect(problems).toContainEqual(expect.stringMatching(/^claims\[0\] "said": field "checked" must say what the claim was checked against/))
    expect(problems).toContainEqual(expect.stringMatching(/^claims\[1\] "kept": field "sources" must cite at least one source/))
  })

  it('refuses a confidence other than high, medium or low', () => {
    expect(problemsOf((d) => {
      (d.claims![0] as { confidence: string }).confidence = 'certain'
    }))
      .toEqual([
        expect.stringMatching(/^claims\[0\] "said": field "confidence" .*\(got "certain"\)/),
      ])
  })

  it('says which claim claimById could not find', () => {
    expect(() => claimById('nope', validateDeckData(claimsDeck()))).toThrow(/Unknown claim id "nope". Known ids: said, kept, forgotten/)
  })
})

describe('claim tokens in slides', () => {
  it('finds [[claim:ID]] in prose and notes with its line', () => {
    const refs = findSlideRefs('# T\n\n[[claim:said]] and <Fig id="sites" />\n\n<!--\n[[claim:kept]]\n-->')
    expect(refs).toEqual([
      { kind: 'figure', id: 'sites', line: 3 },
      { kind: 'claim', id: 'said', line: 3 },
      { kind: 'claim', id: 'kept', line: 6 },
    ])
  })

  it('names the file, line and id of a claim the register does not have', () => {
    const problems = checkSlideRefs('# T\n\n[[claim:sayd]]', validateDeckData(claimsDeck()), 'deck.md')
    expect(problems).toEqual(['deck.md line 3: asks for claim id "sayd", which data/claims.ts does not have (got "sayd")'])
  })

  it('lists the claims no slide says, except those kept for questions', () => {
    expect(unusedClaims([CLAIMS_SLIDES], validateDeckData(claimsDeck())))
      .toEqual(['claims[2] "forgotten": no slide says it (got no [[claim:forgotten]] in the slides); cite it in slides.md or mark it backupOnly: true'])
  })

  it('counts a claim said in any of the slide files', () => {
    expect(unusedClaims([CLAIMS_SLIDES, 'Later: [[claim:forgotten]]'], validateDeckData(claimsDeck()))).toEqual([])
  })
})

describe('the build check', () => {
  it('refuses a register with a claim no slide says, naming it and how to fix it', () => {
    expect(checkDeck(process.cwd(), 'tests/fixtures/claims-slides.md', claimsDeck()))
      .toEqual(['claims[2] "forgotten": no slide says it (got no [[claim:forgotten]] in the slides); cite it in slides.md or mark it backupOnly: true'])
  })

  it('accepts it once the claim is kept for questions', () => {
    const deck = claimsDeck()
    deck.claims![2]!.backupOnly = true
    expect(checkDeck(process.cwd(), 'tests/fixtures/claims-slides.md', deck)).toEqual([])
  })
})

describe('the deck\'s own register', () => {
  const data = validateDeckData(rawDeckData)

  it('gives every source a way to find it (an address, or a note for print) and a title that is no placeholder', () => {
    for (const source of data.sources) {
      expect(Boolean(source.url || source.note), `${source.id} has neither url nor note`).toBe(true)
      expect(source.title, source.id).not.toMatch(/^Report on\b/i)
    }
  })

  it('has every claim said on a slide or marked backupOnly', () => {
    expect(unusedClaims([
      readFileSync('slides.md', 'utf8'),
    ], data)).toEqual([])
  })

  it('gives every claim text, at least one known source and a note of what it was checked against', () => {
    const known = new Set(data.sources.map(s => s.id))
    for (const claim of data.claims) {
      expect(claim.text.trim(), claim.id).not.toBe('')
      expect(claim.checked.trim(), claim.id).not.toBe('')
      for (const source of claim.sources) expect(known.has(source), `${claim.id} cites ${source}`).toBe(true)
    }
  })

  it('dates every claim told with hindsight: one citing reporting after the story carries asOf, and its text and backup row say that date', () => {
    // The story's own years end with the partnership window; a claim resting on anything later is hindsight.
    const storyEnds = (data.partnership?.countedTo ?? '').slice(0, 4)
    const laterSources = new Set(data.sources.filter(source => source.date.slice(0, 4) > storyEnds).map(source => source.id))
    for (const claim of data.claims) {
      if (claim.sources.some(id => laterSources.has(id)))
        expect(claim.asOf, `${claim.id} cites reporting after ${storyEnds} but says no date it is true as of`).toBeDefined()
    }
    for (const claim of data.claims.filter(c => c.asOf)) {
      // "Nov 2016" is said "November 2016" or "Nov 2016"; a year alone as the year.
      const [first, year] = formatDate(claim.asOf!).split(' ')
      const said = year
        ? new RegExp(`\\b${first}\\w*\\.? ${year}\\b`)
        : new RegExp(`\\b${first}\\b`)
      expect(claim.text, `${claim.id} text`).toMatch(said)
      expect(claim.subject ?? claim.text, `${claim.id} subject (the backup row)`).toMatch(said)
    }
  })

  it('asks in slides.md only for claims the register has', () => {
    expect(checkSlideRefs(readFileSync('slides.md', 'utf8'), data).filter(p => p.includes('claim id'))).toEqual([])
  })
})

describe('pageOf', () => {
  it('splits a list evenly over pages, earlier pages taking the extra rows, nothing lost or repeated', () => {
    const rows = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
    expect([1, 2, 3].map(n => pageOf(rows, n, 3))).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
      ['f', 'g'],
    ])
    expect(pageOf(rows, 1, 1)).toEqual(rows)
    expect(pageOf([], 1, 2)).toEqual([])
  })

  it('refuses a page outside 1..of', () => {
    expect(() => pageOf(['a'], 0, 2)).toThrow(/Page 0 of 2 does not exist/)
    expect(() => pageOf(['a'], 2, 1)).toThrow(/Page 2 of 1/)
  })
})
