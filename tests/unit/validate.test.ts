import type { DeckDataInput } from '../../data/schema.ts'
import { describe, expect, it } from 'vitest'
import { validateDeckData } from '../../data/validate.ts'
import { refusal } from '../deck-refusal.ts'
import { fixtureDeck, fixtureWith as withChange } from '../fixtures/deck.ts'

const problemsOf = (input: unknown) => refusal(input).message

function figureIndex(id: string): number {
  return fixtureDeck().figures.findIndex(figure => figure.id === id)
}

function setValue(data: DeckDataInput, id: string, value: number): void {
  (data.figures[figureIndex(id)] as { value: number }).value = value
}

describe('validateDeckData', () => {
  it('accepts valid data, the edge values 0% and 100% included', () => {
    expect(validateDeckData(fixtureDeck()).figures.length).toBe(fixtureDeck().figures.length)
    expect(() => validateDeckData(withChange((d) => {
      setValue(d, 'north-widgets', 0)
    }))).not.toThrow()
    expect(() => validateDeckData(withChange((d) => {
      setValue(d, 'east-retail', 100)
    }))).not.toThrow()
  })

  it('refuses a share over 100 and names the record, field and value', () => {
    const at = figureIndex('south-cloud')
    const message = problemsOf(withChange((d) => {
      setValue(d, 'south-cloud', 144)
    }))
    expect(message).toContain(`figures[${at}] "south-cloud": field "value"`)
    expect(message).toContain('between 0 and 100')
    expect(message).toContain('(got 144)')
  })

  it('refuses a negative share', () => {
    const message = problemsOf(withChange((d) => {
      setValue(d, 'east-retail', -3)
    }))
    expect(message).toMatch(/"east-retail": field "value" .*\(got -3\)/)
  })

  it('refuses NaN and says so', () => {
    const message = problemsOf(withChange((d) => {
      setValue(d, 'north-widgets', Number.NaN)
    }))
    expect(message).toMatch(/"north-widgets": field "value" must be a finite number \(got NaN\)/)
  })

  it('refuses a negative count', () => {
    const message = problemsOf(withChange((d) => {
      setValue(d, 'sites-total', -9)
    }))
    expect(message).toMatch(/"sites-total": field "value" must be a whole number, zero or more \(got -9\)/)
  })

  it('refuses a figure with no source, and one whose sources list is empty', () => {
    const at = figureIndex('south-cloud')
    const missing = problemsOf(withChange((d) => {
      delete (d.figures[at] as { sources?: string[] }).sources
    }))
    expect(missing).toContain(`figures[${at}] "south-cloud": field "sources" is missing (got nothing)`)
    const empty = problemsOf(withChange((d) => {
      d.figures[at]!.sources = []
    }))
    expect(empty).toContain('field "sources" must cite at least one source (got [])')
  })

  it('refuses a citation of a source that does not exist', () => {
    const message = problemsOf(withChange((d) => {
      d.figures[figureIndex('listing')]!.sources = ['wire-2041']
    }))
    expect(message).toContain('"listing": field "sources.0" names no known source (got "wire-2041")')
  })

  it('refuses a duplicate id and names it', () => {
    const message = problemsOf(withChange((d) => {
      d.figures.push({
        ...d.figures[figureIndex('east-retail')]!,
      })
    }))
    expect(message).toContain(`figures[${fixtureDeck().figures.length}] "east-retail": field "id" is used twice (got "east-retail")`)
  })

  it('refuses shares of one market that add up to more than 100', () => {
    // 27.5 + 14.2 + 8.3 = 50; raising the first to 80 makes 102.5.
    const message = problemsOf(withChange((d) => {
      setValue(d, 'iaas-south', 80)
    }))
    expect(message).toContain('market "test-iaas": field "value" of its shares adds up to more than 100% (got 102.5)')
  })

  it('reports every problem at once, not only the first', () => {
    expect(refusal(withChange((d) => {
      setValue(d, 'south-cloud', 144)
      setValue(d, 'sites-total', -1)
    })).problems).toHaveLength(2)
  })
})
