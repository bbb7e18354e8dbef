import { readFileSync } from 'node:fs'
// The tokens that let slides.md say a figure, a date or a claim by id ([[fig:ID]] and friends), on a
// tiny data set written for these tests, then the live deck's invariant: every token in it is filled.
import { parse } from '@slidev/parser'
import { describe, expect, it } from 'vitest'
import { validateDeckData } from '../../data/index.ts'
import { DeckTokenError, expandTokens, findTokens, tokenProblems } from '../../node/deck-tokens.ts'
import setup, { deckTokens } from '../../setup/preparser.ts'
import { tinyDeckData } from '../fixtures/tiny-deck-data.ts'

const tiny = validateDeckData(tinyDeckData)
const inNotes = { slide: 4, part: 'notes' } as const

describe('expandTokens', () => {
  it('writes each figure as the charts show it, and its phrase', () => {
    expect(expandTokens('Cloudco held [[fig:cloud-share]]; Equinix had [[fig:site-count|phrase]], the listing raised [[fig:listing]].', tiny, inNotes))
      .toBe('Cloudco held 41.5%; Equinix had 7 sites, the listing raised $2.5bn.')
    expect(expandTokens('[[fig:cloud-share|phrase]] and [[fig:site-count]]', tiny, inNotes)).toBe('41.5% of Ruritania cloud computing and 7')
  })

  it('writes an event\'s date as the timeline does', () => {
    expect(expandTokens('It opened in [[date:first-region]] and listed on [[date:listing-day]].', tiny, inNotes))
      .toBe('It opened in March 2015 and listed on 19 Sept 2014.')
  })

  it('writes a claim\'s text from the claims register', () => {
    expect(expandTokens('[[claim:rules-local-partner]]', tiny, inNotes)).toBe('Foreign clouds ran in Ruritania only through a local partner.')
  })

  it('follows the data: the same note reads the new value when the figure changes', () => {
    const changed = structuredClone(tinyDeckData)
    ;(changed.figures[0] as { value: number }).value = 38
    expect(expandTokens('about [[fig:cloud-share]]', validateDeckData(changed), inNotes)).toBe('about 38%')
  })

  it('leaves text without tokens as it was, including single brackets and [click] cues', () => {
    const note = 'Time 1:00\n\n[click] First the deal [see the map].'
    expect(expandTokens(note, tiny, inNotes)).toBe(note)
  })
})

describe('a token the data cannot fill', () => {
  function failure(text: string): DeckTokenError {
    try {
      expandTokens(text, tiny, { file: 'deck.md', slide: 7, part: 'notes' })
    }
    catch (error) {
      return error as DeckTokenError
    }
    throw new Error(`expected "${text}" to be refused`)
  }

  it('names the file, the slide, that it is in the notes, and the token', () => {
    const error = failure('Aliyun held [[fig:cloud-shar]] of the market.')
    expect(error).toBeInstanceOf(DeckTokenError)
    expect(error.message).toMatch(/^deck\.md, slide 7, in the speaker notes: /)
    expect(error.message).toContain('[[fig:cloud-shar]]: Unknown figure id "cloud-shar"')
  })

  it('says "on the slide" for a token in the slide\'s own text', () => {
    expect(() => expandTokens('[[date:no-such-event]]', tiny, { slide: 2, part: 'slide' }))
      .toThrow(/^slides\.md, slide 2, on the slide: .*\[\[date:no-such-event\]\]: Unknown event id "no-such-event"/s)
  })

  it('refuses a field the figure does not have', () => {
    expect(failure('[[fig:site-count|holder]]').message).toContain('[[fig:site-count|holder]]: Figure "site-count" has no field "holder"')
  })

  it('lists every bad token of a slide at once', () => {
    expect(failure('[[fig:nope]] then [[date:never]]').problems).toEqual([
      expect.stringMatching(/^\[\[fig:nope\]\]/),
      expect.stringMatching(/^\[\[date:never\]\]/),
    ])
  })

  it('refuses tokens not written as the deck writes them', () => {
    for (const bad of [
      '[[figure:cloud-share]]',
      '[[fig:]]',
      '[[fig:Cloud Share]]',
      '[[date:first-region|phrase]]',
      '[[fig:cloud-share|]]',
    ])
      expect(failure(bad).message, bad).toContain(`${bad}: `)
  })

  it('refuses a claim the register does not have', () => {
    expect(failure('[[claim:no-such-claim]]').message).toContain('[[claim:no-such-claim]]: Unknown claim id "no-such-claim". Known ids: rules-local-partner')
  })

  it('finds nothing to report in text whose tokens are all known', () => {
    expect(tokenProblems('[[fig:listing]] [[date:first-region]]', tiny)).toEqual([])
  })
})

describe('findTokens', () => {
  it('reads kind, id, field and position', () => {
    expect(findTokens('a [[fig:listing|phrase]] b [[date:first-region]]')).toEqual([
      {
        raw: '[[fig:listing|phrase]]',
        kind: 'fig',
        id: 'listing',
        field: 'phrase',
        index: 2,
      },
      {
        raw: '[[date:first-region]]',
        kind: 'date',
        id: 'first-region',
        index: 27,
      },
    ])
  })
})

const fixtureDeck = `---
title: Tiny deck
---

# Cover

<!--
Time 0:30
Hello.
-->

---

# Cloudco holds [[fig:cloud-share]] at home

Sites: [[fig:site-count|phrase]]

<!--
Time 1:00
Say [[fig:cloud-share|phrase]], from [[date:first-region]].
-->
`

describe('the preparser (setup/preparser.ts) as Slidev runs it', () => {
  it('fills tokens in each slide, its title and its notes', async () => {
    const deck = await parse(fixtureDeck, 'tiny.md', [
      deckTokens(tiny, 'tiny.md'),
    ])
    const second = deck.slides[1]!
    expect(second.content).toContain('Sites: 7 sites')
    expect(second.title).toBe('Cloudco holds 41.5% at home')
    // In the notes a figure is set in bold (a date is not): the presenter finds the numbers at a glance.
    expect(second.note).toBe('Time 1:00\nSay <strong class="deck-figure">41.5% of Ruritania cloud computing</strong>, from March 2015.')
    expect(deck.slides[0]!.title).toBe('Tiny deck')
  })

  it('stops Slidev reading the deck, naming the slide and the notes', async () => {
    const broken = fixtureDeck.replace('[[date:first-region]]', '[[date:first-regoin]]')
    await expect(parse(broken, 'tiny.md', [
      deckTokens(tiny, 'tiny.md'),
    ]))
      .rejects
      .toThrow(/^tiny\.md, slide 2, in the speaker notes: .*\[\[date:first-regoin\]\]/s)
  })

  it('counts slides afresh for each file it reads', async () => {
    const extension = deckTokens(tiny, 'tiny.md')
    await parse(fixtureDeck, 'tiny.md', [extension])
    const broken = fixtureDeck.replace('Hello.', '[[fig:nope]]')
    await expect(parse(broken, 'tiny.md', [extension])).rejects.toThrow(/slide 1, in the speaker notes/)
  })
})

describe('the deck\'s own slides.md', () => {
  it('has every token filled by the data module, in prose and notes', async () => {
    const extensions = await setup({ filepath: 'slides.md', headmatter: {} })
    const deck = await parse(readFileSync('slides.md', 'utf8'), 'slides.md', extensions)
    for (const slide of deck.slides) {
      expect(slide.content, `slide ${slide.index + 1}`).not.toMatch(/\[\[/)
      expect(slide.note ?? '', `slide ${slide.index + 1} notes`).not.toMatch(/\[\[/)
    }
  })
})
