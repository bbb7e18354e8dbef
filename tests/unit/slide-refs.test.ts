import { describe, expect, it } from 'vitest'
import { validateDeckData } from '../../data/validate.ts'
import { checkDeck } from '../../node/deck-check.ts'
import { checkSlideRefs, findSlideRefs } from '../../node/slide-refs.ts'
import { fixtureDeck, withValue } from '../fixtures/deck.ts'

const data = validateDeckData(fixtureDeck())

describe('findSlideRefs', () => {
  it('finds figure ids in <Fig>, chart props and source lines, with their lines', () => {
    const md = 'Intro\n\nSouthco had <Fig id="south-cloud" field="market" />.\n\n<SourceLine :figures="[\'east-retail\', \'listing\']" :sources="[\'wire-b\']" />'
    expect(findSlideRefs(md)).toEqual([
      { kind: 'figure', id: 'south-cloud', line: 3 },
      {
        kind: 'field',
        id: 'market',
        figure: 'south-cloud',
        line: 3,
      },
      { kind: 'figure', id: 'east-retail', line: 5 },
      { kind: 'figure', id: 'listing', line: 5 },
      { kind: 'source', id: 'wire-b', line: 5 },
    ])
  })
})

describe('findSlideRefs on tokens', () => {
  it('finds the ids tokens ask for, like component refs, with their lines', () => {
    const md = '# T\n\nAbout [[fig:south-cloud]] of it.\n\n<!--\nSay [[fig:sites-total|phrase]] in [[date:ev-us]]; [[claim:some-claim]].\n-->'
    expect(findSlideRefs(md)).toEqual([
      { kind: 'figure', id: 'south-cloud', line: 3 },
      { kind: 'figure', id: 'sites-total', line: 6 },
      {
        kind: 'field',
        id: 'phrase',
        figure: 'sites-total',
        line: 6,
      },
      { kind: 'event', id: 'ev-us', line: 6 },
      { kind: 'claim', id: 'some-claim', line: 6 },
    ])
  })
})

describe('checkSlideRefs', () => {
  it('names the line and token of an unknown figure, event or malformed token in notes', () => {
    const md = '# T\n\n<!--\nSay [[fig:south-clod]].\nIn [[date:ev-uss]].\nAnd [[figure:ipo]].\n-->'
    expect(checkSlideRefs(md, data, 'deck.md')).toEqual([
      expect.stringMatching(/^deck\.md line 4: .*"south-clod"/),
      expect.stringMatching(/^deck\.md line 5: asks for event id "ev-uss"/),
      expect.stringMatching(/^deck\.md line 6: \[\[figure:ipo\]\] is not a token the deck knows/),
    ])
  })

  it('names the file, line and id of an unknown figure a slide asks for', () => {
    const problems = checkSlideRefs('# Title\n\nShare: <Fig id="south-clod" />', data, 'deck.md')
    expect(problems).toEqual([
      expect.stringMatching(/^deck\.md line 3: .*"south-clod"/),
    ])
  })

  it('refuses a field the figure does not have', () => {
    expect(checkSlideRefs('<Fig id="sites-total" field="holder" />', data)[0]).toMatch(/"sites-total" has no field "holder"/)
  })

  it('names the line of a frontmatter source id or an event id that names nothing', () => {
    const md = '---\nlayout: cards\nsources: [wire-b, no-such-source]\n---\n\n# Title\n\n::cards::\n\n<Card title="A" event="no-such-event">\n\nText\n\n</Card>\n\nOn <EventDate id="no-such-date" />.'
    expect(checkSlideRefs(md, data, 'deck.md')).toEqual([
      expect.stringMatching(/^deck\.md line 1: asks for source id "no-such-source"/),
      expect.stringMatching(/^deck\.md line 10: asks for event id "no-such-event"/),
      expect.stringMatching(/^deck\.md line 16: asks for event id "no-such-date"/),
    ])
  })

  it('accepts known ids', () => {
    expect(checkSlideRefs('---\nsources: [daily-a]\n---\n\n<Fig id="listing" /> <EventDate id="ev-deal" /> <SourceLine :sources="[\'wire-b\']" />', data)).toEqual([])
  })
})

describe('checkSlideRefs on a highlight', () => {
  it('finds the figure a chart highlights, with the market of its tag', () => {
    expect(findSlideRefs('<CompetitionChart market="test-iaas" highlight="iaas-west" />')).toEqual([
      { kind: 'market', id: 'test-iaas', line: 1 },
      {
        kind: 'highlight',
        id: 'iaas-west',
        line: 1,
        market: 'test-iaas',
      },
    ])
  })

  it('accepts a share of the chart\'s market and refuses a holder\'s name, an unknown id or another market\'s figure', () => {
    const tag = (highlight: string) => `# T\n\n<CompetitionChart market="test-iaas" highlight="${highlight}" />`
    expect(checkSlideRefs(tag('iaas-west'), data, 'deck.md')).toEqual([])
    expect(checkSlideRefs(tag('Westel'), data, 'deck.md')).toEqual([
      'deck.md line 3: asks for figure id "Westel", which the data module does not have (got "Westel")',
    ])
    expect(checkSlideRefs(tag('south-cloud'), data, 'deck.md')).toEqual([
      'deck.md line 3: asks to highlight figure "south-cloud", which is not a share of market "test-iaas" (got "south-cloud")',
    ])
  })
})

describe('the build check', () => {
  it('reports invalid data with the record, field and value', () => {
    expect(checkDeck(process.cwd(), 'tests/fixtures/unknown-figure.md', withValue('south-cloud', 144)))
      .toEqual([
        expect.stringContaining('"south-cloud": field "value" must be a share between 0 and 100 percent (got 144)'),
      ])
  })
})
