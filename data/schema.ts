// The shape of every record the deck shows. Validation runs once when the data module loads;
// messages name the record, the field and the value (see validate.ts).
import { z } from 'zod'

/** A calendar year, month or day: "2015", "2015-06" or "2015-06-17". */
export const isoDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD')

export const confidence = z.enum(['high', 'medium', 'low'])
export type Confidence = z.infer<typeof confidence>

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case words joined by hyphens')

/**
 * The Simplified Chinese of a record's text fields, written beside the English in the record itself
 * (`zh: { text: '…' }`). Which fields a record must translate, and the check that it did, are in translation.ts.
 */
const zhText = z.string().trim().min(1, 'must not be empty (give the Chinese, or leave the field out)')
function chinese<T extends z.ZodRawShape>(fields: T) {
  return z.object(fields).partial().strict().optional()
}

export const source = z.object({
  id,
  publisher: z.string().min(1, 'must name the publisher'),
  title: z.string().min(1, 'must give the title'),
  /** When the source was published. */
  date: isoDate,
  /** Where to read it; a print piece without one says in `note` how to find it. */
  url: z.url().optional(),
  /** What the record is when the title is not the published headline (a copy, a brief, no headline found). */
  note: z.string().min(1).optional(),
  /** The title is never translated (it is as published); the publisher may have a settled Chinese name. */
  zh: chinese({ publisher: zhText, note: zhText }),
})
export type Source = z.infer<typeof source>

const finite = z.number({ error: 'must be a finite number' }).refine(Number.isFinite, 'must be a finite number')

/** What a reader needs to trust a figure: where it comes from, how sure we are, who disagrees. */
const sourced = {
  sources: z.array(id).min(1, 'must cite at least one source'),
  confidence,
  /** Where other reporting disagrees, in a sentence the deck can show. */
  disagreement: z.string().min(1).optional(),
}

/**
 * What every figure ends with: the period it refers to, as people say it ("2014", "H1 2014", "c. 2015"), its sources,
 * and in `zh` the Chinese of `zhFields` (the figure's own words), the period and the disagreement.
 */
function dated<T extends z.ZodRawShape>(zhFields: T) {
  return {
    period: z.string().min(1),
    ...sourced,
    zh: chinese({ ...zhFields, period: zhText, disagreement: zhText }),
  }
}

export const shareFigure = z.object({
  id,
  kind: z.literal('share'),
  /** The holder of the share, e.g. "Aliyun". */
  holder: z.string().min(1),
  /** The market the share is of, e.g. "China cloud computing". */
  market: z.string().min(1),
  /** Groups shares of one market measured the same way; they must not add up to more than 100. */
  marketId: id,
  value: finite.refine(v => v >= 0 && v <= 100, 'must be a share between 0 and 100 percent'),
  /** Decimals the source printed ("31.0%" is 1); without it whole numbers show none, others one. */
  decimals: z.number().int().min(0).max(2).optional(),
  /** What the share measures, e.g. "revenue", "transactions"; "basis not stated" when the source does not say. Shown on the chart. */
  measure: z.string().min(1),
  ...dated({ holder: zhText, market: zhText, measure: zhText }),
})
export type ShareFigure = z.infer<typeof shareFigure>

export const countFigure = z.object({
  id,
  kind: z.literal('count'),
  label: z.string().min(1),
  value: finite.refine(v => Number.isInteger(v) && v >= 0, 'must be a whole number, zero or more'),
  /** What is counted, singular and plural: ["facility", "facilities"]. */
  noun: z.tuple([
    z.string().min(1),
    z.string().min(1),
  ]),
  /** `noun` in Chinese carries its measure word and has no plural: ['个城市', '个城市']. */
  ...dated({
    label: zhText,
    noun: z.tuple([zhText, zhText]),
  }),
})
export type CountFigure = z.infer<typeof countFigure>

export const moneyFigure = z.object({
  id,
  kind: z.literal('money'),
  label: z.string().min(1),
  /** In billions of US dollars. */
  valueUsdBn: finite.refine(v => v >= 0, 'must be zero or more'),
  ...dated({ label: zhText }),
})
export type MoneyFigure = z.infer<typeof moneyFigure>

export const figure = z.discriminatedUnion('kind', [shareFigure, countFigure, moneyFigure])
export type Figure = z.infer<typeof figure>

export const continent = z.enum([
  'North America',
  'South America',
  'Europe',
  'Asia',
  'Oceania',
  'Africa',
])
export type Continent = z.infer<typeof continent>

const latitude = finite.refine(v => v >= -90 && v <= 90, 'must be a latitude between -90 and 90')
const longitude = finite.refine(v => v >= -180 && v <= 180, 'must be a longitude between -180 and 180')

export const metro = z.object({
  id,
  name: z.string().min(1),
  /** Short name for a map label. */
  short: z.string().min(1),
  continent,
  lat: latitude,
  lon: longitude,
  sources: z.array(id).min(1, 'must cite at least one source'),
  zh: chinese({ name: zhText, short: zhText }),
})
export type Metro = z.infer<typeof metro>

export const region = z.object({
  id,
  name: z.string().min(1),
  /** The country or region the charts group it under ("Hong Kong" is a region of China, not a country). */
  country: z.string().min(1),
  lat: latitude,
  lon: longitude,
  /** Month it opened (or the latest month it is known to have been open by). */
  opened: isoDate,
  /** True when only an upper bound is known ("before May 2014", "by Oct 2015"). */
  openedBy: z.boolean().default(false),
  ...sourced,
  zh: chinese({ name: zhText, country: zhText, disagreement: zhText }),
})
export type Region = z.infer<typeof region>

export const timelineEvent = z.object({
  id,
  date: isoDate,
  label: z.string().min(1),
  /** One short line for the chart. */
  detail: z.string().min(1),
  ...sourced,
  zh: chinese({ label: zhText, detail: zhText, disagreement: zhText }),
})
export type TimelineEvent = z.infer<typeof timelineEvent>

/** Who took a step the deck tells with hindsight: one of the two governments, or a company. */
export const actor = z.enum([
  'us-government',
  'china-government',
  'alibaba',
  'us-clouds',
  'equinix',
])
export type Actor = z.infer<typeof actor>

/**
 * A dated step after the story's 2014-15 window (a law, a listing, a region opened or shut), kept apart
 * from `events` so the 2014-15 timeline does not draw it; a chart of what came next can.
 */
export const hindsightEvent = timelineEvent.extend({ actor })
export type HindsightEvent = z.infer<typeof hindsightEvent>

/**
 * A statement the deck makes that is not a figure ("Aliyun's first region outside mainland China",
 * a partner list, a plan), written once here and shown wherever a slide or note says `[[claim:ID]]`.
 */
export const claim = z.object({
  id,
  /** The statement as the deck says it, a full sentence or a phrase that reads in place. */
  text: z.string().trim().min(1, 'must state the claim'),
  /** A few words naming it where space is short (a caveat's heading): "Alibaba's IPO record". */
  subject: z.string().trim().min(1).optional(),
  sources: z.array(id).min(1, 'must cite at least one source'),
  confidence,
  /** What the claim was checked against, or "Only the article says it; not independently checked." */
  checked: z.string().trim().min(1, 'must say what the claim was checked against, or that only the article says it'),
  /** Where other reporting disagrees, in a sentence the deck can show. */
  disagreement: z.string().min(1).optional(),
  /** True for a claim kept for questions: listed on the sources slides, said on no slide. */
  backupOnly: z.boolean().default(false),
  /**
   * For a statement about after 2015: the month or year it is known true as of (a dated step's month,
   * or the latest source's date for a state of things). Its text and subject say that date.
   */
  asOf: isoDate.optional(),
  zh: chinese({
    text: zhText,
    subject: zhText,
    checked: zhText,
    disagreement: zhText,
  }),
})
export type Claim = z.infer<typeof claim>

/** The whole data module's shape (validated by validateDeckData; read through deckData() in index.ts). */
export const deckDataSchema = z.object({
  sources: z.array(source),
  figures: z.array(figure),
  ecx: z.object({
    /** The article's count of Cloud Exchange "facilities" (it does not say what the unit is; not cities). */
    totalFigure: id,
    /** The cities a source names, drawn on the map and counted by continent. */
    metros: z.array(metro),
    /** What the city list is, as its source says, short enough for a legend or a chart title. */
    citiesLabel: z.string().min(1),
    /** The same, as a phrase for text alternatives and notes: "cities where ... listed ...". */
    citiesDescription: z.string().min(1),
    zh: chinese({ citiesLabel: zhText, citiesDescription: zhText }),
  }),
  regions: z.array(region),
  events: z.array(timelineEvent),
  /**
   * The deal the deck is about: the map, the timeline and the facilities chart split "open at the
   * partnership" from "later" at its month. Optional so a test of another chart can leave it out.
   */
  partnership: z.object({
    /** The timeline event of the partnership (its date is the partnership month). */
    event: id,
    /** The last month the deck counts Aliyun regions to, YYYY-MM ("2015-10"). */
    countedTo: isoDate,
  }).optional(),
  /**
   * When "today" is for the deck's hindsight ("2026-12"): shown on a presented slide and in the exports'
   * metadata; no source, claim or hindsight event may be dated after it. Optional so a chart test can leave it out.
   */
  asOf: isoDate.optional(),
  /** Dated steps after 2015, both governments' and the companies'; the 2014-15 timeline does not draw them. */
  hindsightEvents: z.array(hindsightEvent).default([]),
  /** Statements with their sources; optional so a chart test can pass figures alone. */
  claims: z.array(claim).default([]),
  /**
   * The language the records' texts are in. The data module is written in English with Chinese beside it;
   * `inLanguage` (translation.ts) gives the deck in one language, and says which here. Absent: English.
   */
  lang: z.enum(['en', 'zh']).optional(),
})
export type DeckDataInput = z.input<typeof deckDataSchema>
export type DeckData = z.infer<typeof deckDataSchema>
