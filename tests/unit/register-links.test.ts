import type { RegisterSlide } from '../../components/lib/register-mark.ts'
import { describe, expect, it } from 'vitest'
import { registerTargets } from '../../components/lib/register-links.ts'
import { registerSlidesOf } from '../../components/lib/register-mark.ts'
import { validateDeckData } from '../../data/validate.ts'
import { registerPartsIn } from '../../node/register-slides.ts'
import { fixtureDeck, fixtureWith } from '../fixtures/deck.ts'

// The fixture's figure table is seven rows; over two slides the first takes four (Northwind's widgets, Southco's
// cloud, Eastern's retail, the IaaS market) and the second three (the two counts, the listing). Daily A is cited
// on both (widgets and cloud; the counts), Wire B on the first (cloud), the second (listing) and by the claim.
const slides: RegisterSlide[] = [
  {
    no: 12,
    part: 'claims',
    page: 1,
    of: 1,
  },
  {
    no: 10,
    part: 'sources',
    page: 1,
    of: 2,
  },
  {
    no: 9,
    part: 'caveats',
    page: 1,
    of: 1,
  },
  {
    no: 11,
    part: 'sources',
    page: 2,
    of: 2,
  },
]

describe('registerTargets', () => {
  const data = validateDeckData(fixtureDeck())

  it('leads a source to the backup slide with the row of the figure the line is about', () => {
    expect(registerTargets(['daily-a'], ['sites-total'], data, slides)).toEqual(new Map([
      ['daily-a', 11],
    ]))
    expect(registerTargets(['wire-b'], ['listing'], data, slides)).toEqual(new Map([
      ['wire-b', 11],
    ]))
  })

  it('leads a source no figure of the line cites to the first backup slide listing it, in slide order', () => {
    expect(registerTargets(['daily-a', 'wire-b'], [], data, slides)).toEqual(new Map([
      ['daily-a', 10],
      ['wire-b', 10],
    ]))
  })

  it('leads a source only a claim cites to the claims slide', () => {
    const claimOnly = validateDeckData(fixtureWith((deck) => {
      deck.claims![0]!.sources = ['atlas-d']
    }))
    expect(registerTargets(['atlas-d'], [], claimOnly, slides)).toEqual(new Map([
      ['atlas-d', 12],
    ]))
  })

  it('gives no target (no link) to a source no register row cites, or when the deck has no register', () => {
    expect(registerTargets(['atlas-d'], [], data, slides)).toEqual(new Map())
    expect(registerTargets(['daily-a'], ['sites-total'], data, [])).toEqual(new Map())
  })
})

describe('registerPartsIn', () => {
  it('reads each FactCheck tag of a slide, with FactCheck\'s defaults', () => {
    expect(registerPartsIn('# Backup\n\n<FactCheck part="claims" :page="3" :of="10" />\n', 'slide 20')).toEqual([
      { part: 'claims', page: 3, of: 10 },
    ])
    expect(registerPartsIn('<FactCheck />', 'slide 3')).toEqual([
      { part: 'all', page: 1, of: 1 },
    ])
    expect(registerPartsIn('# A talk slide\n\n<SourceLine :sources="[\'a\']" />', 'slide 2')).toEqual([])
  })

  it('refuses a part or page FactCheck does not have, naming the slide and the value', () => {
    expect(() => registerPartsIn('<FactCheck part="claim" />', 'slides.md, slide 20')).toThrow('slides.md, slide 20: <FactCheck part="claim">')
    expect(() => registerPartsIn('<FactCheck part="claims" :page="0" />', 'slides.md, slide 21')).toThrow('slides.md, slide 21: <FactCheck :page="0">')
  })
})

describe('registerSlidesOf', () => {
  it('finds the register slides by the mark the build puts in their frontmatter', () => {
    expect(registerSlidesOf([
      {
        no: 4,
        frontmatter: { layout: 'cards' },
      },
      {
        no: 17,
        frontmatter: {
          deckRegister: [
            { part: 'sources', page: 1, of: 2 },
          ],
        },
      },
      { no: 18 },
    ])).toEqual([
      {
        no: 17,
        part: 'sources',
        page: 1,
        of: 2,
      },
    ])
  })
})
