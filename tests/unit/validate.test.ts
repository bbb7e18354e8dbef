import { describe, expect, it } from 'vitest'
import { DeckDataError, figureById, rawDeckData, validateDeckData, type DeckDataInput } from '../../data/index.ts'

/** A fresh copy of the real data with one change applied. */
function withChange(change: (data: DeckDataInput) => void): DeckDataInput {
  const copy = structuredClone(rawDeckData)
  change(copy)
  return copy
}

function problemsOf(input: unknown): string {
  try {
    validateDeckData(input)
  }
  catch (error) {
    expect(error).toBeInstanceOf(DeckDataError)
    return (error as Error).message
  }
  throw new Error('the data was accepted')
}

function figureIndex(id: string): number {
  return rawDeckData.figures.findIndex(figure => figure.id === id)
}

function setValue(data: DeckDataInput, id: string, value: number): void {
  (data.figures[figureIndex(id)] as { value: number }).value = value
}

describe('validateDeckData', () => {
  it('accepts the deck\'s own data', () => {
    expect(validateDeckData(rawDeckData).figures.length).toBe(rawDeckData.figures.length)
  })

  it('refuses a share over 100 and names the record, field and value', () => {
    const at = figureIndex('aliyun-cloud-share')
    const message = problemsOf(withChange((d) => { setValue(d, 'aliyun-cloud-share', 144) }))
    expect(message).toContain(`figures[${at}] "aliyun-cloud-share": field "value"`)
    expect(message).toContain('between 0 and 100')
    expect(message).toContain('(got 144)')
  })

  it('refuses a negative share', () => {
    const message = problemsOf(withChange((d) => { setValue(d, 'tmall-b2c-share', -3) }))
    expect(message).toMatch(/"tmall-b2c-share": field "value" .*\(got -3\)/)
  })

  it('refuses NaN and says so', () => {
    const message = problemsOf(withChange((d) => { setValue(d, 'alibaba-b2b-share', Number.NaN) }))
    expect(message).toMatch(/"alibaba-b2b-share": field "value" must be a finite number \(got NaN\)/)
  })

  it('refuses a negative count', () => {
    const message = problemsOf(withChange((d) => { setValue(d, 'ecx-facilities', -21) }))
    expect(message).toMatch(/"ecx-facilities": field "value" must be a whole number, zero or more \(got -21\)/)
  })

  it('refuses a figure with no source, and one whose sources list is empty', () => {
    const at = figureIndex('aliyun-cloud-share')
    const missing = problemsOf(withChange((d) => { delete (d.figures[at] as { sources?: string[] }).sources }))
    expect(missing).toContain(`figures[${at}] "aliyun-cloud-share": field "sources" is missing (got nothing)`)
    const empty = problemsOf(withChange((d) => { d.figures[at]!.sources = [] }))
    expect(empty).toContain('field "sources" must cite at least one source (got [])')
  })

  it('refuses a citation of a source that does not exist', () => {
    const message = problemsOf(withChange((d) => { d.figures[figureIndex('alibaba-ipo')]!.sources = ['reuters-2041'] }))
    expect(message).toContain('"alibaba-ipo": field "sources.0" names no known source (got "reuters-2041")')
  })

  it('refuses a duplicate id and names it', () => {
    const message = problemsOf(withChange((d) => { d.figures.push({ ...d.figures[figureIndex('tmall-b2c-share')]! }) }))
    expect(message).toContain(`figures[${rawDeckData.figures.length}] "tmall-b2c-share": field "id" is used twice (got "tmall-b2c-share")`)
  })

  it('refuses shares of one market that add up to more than 100', () => {
    // 31.0 + 13.1 + 7.6 = 51.7 published; raising Aliyun to 80 makes 100.7.
    const message = problemsOf(withChange((d) => { setValue(d, 'iaas-2015-aliyun', 80) }))
    expect(message).toContain('market "china-iaas-2015": field "value" of its shares adds up to more than 100% (got 100.7)')
  })

  it('reports every problem at once, not only the first', () => {
    const error = (() => {
      try {
        validateDeckData(withChange((d) => {
          setValue(d, 'aliyun-cloud-share', 144)
          setValue(d, 'ecx-facilities', -1)
        }))
      }
      catch (e) { return e as DeckDataError }
    })()
    expect(error?.problems).toHaveLength(2)
  })
})

describe('figureById', () => {
  it('returns the figure a slide asks for', () => {
    const data = validateDeckData(rawDeckData)
    const figure = figureById('aliyun-cloud-share', data)
    expect(figure.kind === 'share' && figure.holder).toBe('Aliyun')
  })

  it('names an unknown id a slide asks for', () => {
    expect(() => figureById('aliyun-cloud-shar', validateDeckData(rawDeckData))).toThrow(/Unknown figure id "aliyun-cloud-shar"/)
  })
})
