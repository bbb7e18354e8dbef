// Invariants of the Chinese glossary as it stands (data/glossary.ts): whatever renderings an editor puts
// there, these must hold. No test expects a particular rendering except the rule for Hong Kong.
import { describe, expect, it } from 'vitest'
import { glossary } from '../../data/glossary.ts'
import { sources } from '../../data/sources.ts'

const CJK = /[\u3400-\u9FFF\uF900-\uFAFF]/
const ISO_MONTH_OR_DAY = /^\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/
// A note that stands in for a source names where the form was read (a site, or a dated report) or says it is weak.
const NAMES_WHERE_READ = /^Weak:|\b(?:19|20)\d{2}\b|[a-z0-9-]+\.(?:com|cn|net|org|hk)\b/

describe('the Chinese glossary', () => {
  it('gives each entry its own id, and each English term once', () => {
    const ids = glossary.map(entry => entry.id)
    const terms = glossary.map(entry => entry.en)
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([])
    expect(terms.filter((term, i) => terms.indexOf(term) !== i)).toEqual([])
  })

  it('writes every term in Chinese characters, or in Latin letters only where its note says that is the usage', () => {
    for (const entry of glossary) {
      expect(entry.zh.trim(), `${entry.id}: zh`).not.toBe('')
      const latinByNote = 'note' in entry && entry.note.includes('Latin letters')
      expect(CJK.test(entry.zh) || latinByNote, `${entry.id}: zh "${entry.zh}" has no Chinese character and no note saying Latin letters are the usage`).toBe(true)
    }
  })

  it('backs every entry with a source, a deck source, or a note naming where it was read or saying it is weak', () => {
    for (const entry of glossary) {
      const sourced = 'source' in entry || 'sourceId' in entry
      const note = 'note' in entry
        ? entry.note
        : ''
      expect(sourced || NAMES_WHERE_READ.test(note), `${entry.id}: no source, and the note "${note}" names no page and does not say Weak:`).toBe(true)
    }
  })

  it('cites only sources the deck has, and complete pages with a real date and an address', () => {
    const known = new Set(sources.map(source => source.id))
    for (const entry of glossary) {
      if ('sourceId' in entry)
        expect(known.has(entry.sourceId), `${entry.id}: sourceId "${entry.sourceId}" is not in data/sources.ts`).toBe(true)
      if (!('source' in entry))
        continue
      const { title, publisher, date, url } = entry.source
      expect(title.trim() && publisher.trim(), `${entry.id}: source title and publisher`).toBeTruthy()
      expect(date, `${entry.id}: source date`).toMatch(ISO_MONTH_OR_DAY)
      if (date.length === 10)
        expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10), `${entry.id}: source date "${date}" is no real day`).toBe(date)
      expect(new URL(url).protocol, `${entry.id}: source url "${url}"`).toMatch(/^https?:$/)
    }
  })

  it('lists Hong Kong as a place, 中国香港 or 香港, never as a country', () => {
    const hongKong = glossary.find(entry => entry.en === 'Hong Kong')
    expect(hongKong, 'an entry for Hong Kong').toBeDefined()
    expect(hongKong?.kind).not.toBe('country')
    expect(hongKong?.kind).toBe('place')
    expect(['中国香港', '香港']).toContain(hongKong?.zh)
  })
})
