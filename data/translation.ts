// The data module is written once, in English, with each record's Simplified Chinese beside it (`zh: {…}`).
// This file says which fields each kind of record must translate, checks that every one of them is there
// (a missing or empty translation is named: record, field, language), and gives the deck in one language:
// the records with their text fields in that language and `lang` saying which. Pure: data in, data out.
import type { DeckLang } from '../components/lib/deck-lang.ts'
import type { DeckData } from './schema.ts'

/** The fields of each record kind that a slide, chart, table or note shows as text (ids, dates and numbers are not). */
export const TRANSLATED_FIELDS = {
  'sources': ['note'],
  'figures/share': [
    'holder',
    'market',
    'measure',
    'period',
    'disagreement',
  ],
  'figures/count': [
    'label',
    'noun',
    'period',
    'disagreement',
  ],
  'figures/money': ['label', 'period', 'disagreement'],
  'ecx.metros': ['name', 'short'],
  'ecx': ['citiesLabel', 'citiesDescription'],
  'regions': ['name', 'country', 'disagreement'],
  'events': ['label', 'detail', 'disagreement'],
  'hindsightEvents': ['label', 'detail', 'disagreement'],
  'claims': [
    'text',
    'subject',
    'checked',
    'disagreement',
  ],
} as const

/** Translated where Chinese has a settled name, else shown as written: a publisher (路透社 for Reuters). */
export const OPTIONALLY_TRANSLATED_FIELDS = {
  sources: ['publisher'],
} as const

type Kind = keyof typeof TRANSLATED_FIELDS
type AnyRecord = Record<string, unknown> & { id?: string, zh?: Record<string, unknown> }

const LANGUAGE_NAME = 'Simplified Chinese (zh)'

/** Every record with text, with its kind and the name messages give it ("claims[3] "deal-ecx-hubs""). */
function textRecords(data: DeckData): { kind: Kind, name: string, record: AnyRecord }[] {
  const list = (path: string, records: readonly AnyRecord[], kind: (record: AnyRecord) => Kind) => records.map((record, index) => ({
    kind: kind(record),
    name: `${path}[${index}]${record.id
      ? ` "${record.id}"`
      : ''}`,
    record,
  }))
  return [
    ...list('sources', data.sources, () => 'sources'),
    ...list('figures', data.figures, record => `figures/${record.kind as 'share' | 'count' | 'money'}`),
    ...list('ecx.metros', data.ecx.metros, () => 'ecx.metros'),
    { kind: 'ecx', name: 'ecx', record: data.ecx as unknown as AnyRecord },
    ...list('regions', data.regions, () => 'regions'),
    ...list('events', data.events, () => 'events'),
    ...list('hindsightEvents', data.hindsightEvents, () => 'hindsightEvents'),
    ...list('claims', data.claims, () => 'claims'),
  ]
}

function isEmpty(value: unknown) {
  return value === undefined
    || (typeof value === 'string' && !value.trim())
    || (Array.isArray(value) && value.some(isEmpty))
}

/**
 * Each text field a record has in English and lacks in Chinese: "claims[3] "deal-ecx-hubs": field "zh.text" is
 * missing its Simplified Chinese (zh) translation (English: "In June 2015 …")". None = every text is in both.
 */
export function translationProblems(data: DeckData): string[] {
  const problems: string[] = []
  for (const { kind, name, record } of textRecords(data)) {
    for (const field of TRANSLATED_FIELDS[kind]) {
      const english = record[field]
      if (english === undefined)
        continue
      if (isEmpty(record.zh?.[field])) {
        const shown = JSON.stringify(english)
        problems.push(`${name}: field "zh.${field}" is missing its ${LANGUAGE_NAME} translation (English: ${shown.length > 90
          ? `${shown.slice(0, 87)}…"`
          : shown})`)
      }
    }
  }
  return problems
}

function translated<T extends AnyRecord>(record: T, fields: readonly string[]): T {
  const chinese = record.zh ?? {}
  const copy: AnyRecord = { ...record }
  for (const field of fields) {
    if (record[field] !== undefined && !isEmpty(chinese[field]))
      copy[field] = chinese[field]
  }
  return copy as T
}

/**
 * The deck in one language: English as written, or each record's text fields replaced by their Chinese.
 * A field without Chinese keeps its English (translationProblems, which every build and export runs, refuses that
 * for the deck itself; a test's fixture may leave translations out).
 */
export function inLanguage(data: DeckData, lang: DeckLang): DeckData {
  if (lang === 'en')
    return { ...data, lang: 'en' }
  const kindOf = (record: AnyRecord) => `figures/${record.kind as 'share' | 'count' | 'money'}` as const
  const each = <T extends AnyRecord>(records: readonly T[], kind: Kind) => records.map(record => translated(record, TRANSLATED_FIELDS[kind]))
  return {
    ...data,
    lang,
    sources: data.sources.map(source => translated(source, [
      ...TRANSLATED_FIELDS.sources,
      ...OPTIONALLY_TRANSLATED_FIELDS.sources,
    ])),
    figures: data.figures.map(figure => translated(figure, TRANSLATED_FIELDS[kindOf(figure)])),
    ecx: {
      ...translated(data.ecx as unknown as AnyRecord, TRANSLATED_FIELDS.ecx) as unknown as DeckData['ecx'],
      metros: each(data.ecx.metros, 'ecx.metros'),
    },
    regions: each(data.regions, 'regions'),
    events: each(data.events, 'events'),
    hindsightEvents: each(data.hindsightEvents, 'hindsightEvents'),
    claims: each(data.claims, 'claims'),
  }
}

/** `value` with every translation (a record's `zh` object) left out, at any depth. */
function withoutTranslations<T>(value: T): T {
  if (Array.isArray(value))
    return value.map(withoutTranslations) as T
  if (value === null || typeof value !== 'object')
    return value
  return Object.fromEntries(Object.entries(value)
    .filter(([key]) => key !== 'zh')
    .map(([key, field]) => [
      key,
      withoutTranslations(field),
    ])) as T
}

/**
 * The deck as its pages get it (virtual:deck-data): in one language, without the translations beside each text. A
 * page shows one language's records (the notes' other language is rendered into the Markdown at build time), so the
 * other language would only double the bytes every window downloads.
 */
export function servedInLanguage(data: DeckData, lang: DeckLang): DeckData {
  return withoutTranslations(inLanguage(data, lang))
}
