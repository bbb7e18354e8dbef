import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkSlideRefs, findSlideRefs } from '../../components/lib/slide-refs.ts'
import { rawDeckData, validateDeckData } from '../../data/index.ts'
import { checkDeck, entryFromArgv } from '../../data/build-check.ts'
import { deckDataCheck } from '../../vite.config.ts'

const data = validateDeckData(rawDeckData)

describe('findSlideRefs', () => {
  it('finds figure ids in <Fig>, chart props and source lines, with their lines', () => {
    const md = 'Intro\n\nAliyun had <Fig id="aliyun-cloud-share" field="market" />.\n\n<SourceLine :figures="[\'tmall-b2c-share\', \'alibaba-ipo\']" :sources="[\'reuters-2014-09\']" />'
    expect(findSlideRefs(md)).toEqual([
      { kind: 'figure', id: 'aliyun-cloud-share', line: 3 },
      { kind: 'field', id: 'market', figure: 'aliyun-cloud-share', line: 3 },
      { kind: 'figure', id: 'tmall-b2c-share', line: 5 },
      { kind: 'figure', id: 'alibaba-ipo', line: 5 },
      { kind: 'source', id: 'reuters-2014-09', line: 5 },
    ])
  })
})

describe('findSlideRefs on tokens', () => {
  it('finds the ids tokens ask for, like component refs, with their lines', () => {
    const md = '# T\n\nAbout [[fig:aliyun-cloud-share]] of it.\n\n<!--\nSay [[fig:ecx-facilities|phrase]] in [[date:us-region]]; [[claim:some-claim]].\n-->'
    expect(findSlideRefs(md)).toEqual([
      { kind: 'figure', id: 'aliyun-cloud-share', line: 3 },
      { kind: 'figure', id: 'ecx-facilities', line: 6 },
      { kind: 'field', id: 'phrase', figure: 'ecx-facilities', line: 6 },
      { kind: 'event', id: 'us-region', line: 6 },
      { kind: 'claim', id: 'some-claim', line: 6 },
    ])
  })
})

describe('checkSlideRefs', () => {
  it('names the line and token of an unknown figure, event or malformed token in notes', () => {
    const md = '# T\n\n<!--\nSay [[fig:aliyun-cloud-shar]].\nIn [[date:us-regoin]].\nAnd [[figure:ipo]].\n-->'
    expect(checkSlideRefs(md, data, 'deck.md')).toEqual([
      expect.stringMatching(/^deck\.md line 4: .*"aliyun-cloud-shar"/),
      expect.stringMatching(/^deck\.md line 5: asks for event id "us-regoin"/),
      expect.stringMatching(/^deck\.md line 6: \[\[figure:ipo\]\] is not a token the deck knows/),
    ])
  })


  it('names the file, line and id of an unknown figure a slide asks for', () => {
    const problems = checkSlideRefs('# Title\n\nShare: <Fig id="aliyun-cloud-shar" />', data, 'deck.md')
    expect(problems).toEqual([expect.stringMatching(/^deck\.md line 3: .*"aliyun-cloud-shar"/)])
  })

  it('refuses a field the figure does not have', () => {
    expect(checkSlideRefs('<Fig id="ecx-facilities" field="holder" />', data)[0]).toMatch(/"ecx-facilities" has no field "holder"/)
  })

  it('names the line of a frontmatter source id or an event id that names nothing', () => {
    const md = '---\nlayout: cards\nsources: [reuters-2014-09, no-such-source]\n---\n\n# Title\n\n::cards::\n\n<Card title="A" event="no-such-event">\n\nText\n\n</Card>\n\nOn <EventDate id="no-such-date" />.'
    expect(checkSlideRefs(md, data, 'deck.md')).toEqual([
      expect.stringMatching(/^deck\.md line 1: asks for source id "no-such-source"/),
      expect.stringMatching(/^deck\.md line 10: asks for event id "no-such-event"/),
      expect.stringMatching(/^deck\.md line 16: asks for event id "no-such-date"/),
    ])
  })

  it('accepts known ids', () => {
    expect(checkSlideRefs('<Fig id="alibaba-ipo" /> <SourceLine :sources="[\'reuters-2014-09\']" />', data)).toEqual([])
  })

  it('finds nothing wrong in the deck\'s own slides', () => {
    expect(checkSlideRefs(readFileSync('slides.md', 'utf8'), data)).toEqual([])
  })
})

describe('the build check', () => {
  it('reads the slides file from the command line', () => {
    expect(entryFromArgv(['node', 'slidev', 'build', 'scratch.md', '--out', 'dist'])).toBe('scratch.md')
    expect(entryFromArgv(['node', 'slidev', 'build'])).toBe('slides.md')
  })

  it('reports invalid data with the record, field and value', () => {
    const bad = structuredClone(rawDeckData)
    ;(bad.figures.find(f => f.id === 'aliyun-cloud-share') as { value: number }).value = 144
    expect(checkDeck(process.cwd(), 'slides.md', bad)).toEqual([expect.stringContaining('"aliyun-cloud-share": field "value" must be a share between 0 and 100 percent (got 144)')])
  })

  it('fails the build from the Vite plugin\'s buildStart hook', () => {
    const plugin = deckDataCheck(process.cwd(), 'tests/unit/fixtures/unknown-figure.md')
    expect(plugin.apply).toBe('build')
    const hook = plugin.buildStart as (this: { error: (m: string) => never }) => void
    const context = { error: (message: string): never => { throw new Error(message) } }
    expect(() => hook.call(context)).toThrow(/unknown-figure\.md line 3: asks for figure id "no-such-figure"/)
  })

  it('fails the build on a token the data cannot fill, in the notes too', () => {
    const plugin = deckDataCheck(process.cwd(), 'tests/unit/fixtures/unknown-token.md')
    const hook = plugin.buildStart as (this: { error: (m: string) => never }) => void
    const context = { error: (message: string): never => { throw new Error(message) } }
    expect(() => hook.call(context)).toThrow(/unknown-token\.md line 7: asks for figure id "no-such-figure"/)
  })

  it('lets a valid deck build', () => {
    const plugin = deckDataCheck(process.cwd(), 'slides.md')
    const hook = plugin.buildStart as (this: { error: (m: string) => never }) => void
    expect(() => hook.call({ error: (message: string): never => { throw new Error(message) } })).not.toThrow()
  })
})
