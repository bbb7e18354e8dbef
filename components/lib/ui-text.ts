import type { Confidence, Continent } from '../../data/schema.ts'
import type { DeckLang } from './deck-lang.ts'
// The words the code itself writes on a slide (chart labels, keys, text alternatives, source lines, table
// headers, dates and amounts, the presenter's pace line), in English and Simplified Chinese side by side, so
// no language can be left out: an entry without one of them is a type error. The data's own texts arrive
// already in the slide language (data/translation.ts); only what the code adds is here.
//   uiText('zh', 'source')                  -> "来源"
//   uiText('en', 'behind')('0:45')          -> "0:45 behind"
//   uiText('zh', 'money')(25)               -> "250亿美元"
// Chinese follows the deck's conventions (issue 19): full-width punctuation, no space typed between Chinese and
// Latin letters or numbers (the browser draws the gap: text-autospace, styles/deck.css), none of the English
// connectives (via, citing): data/glossary-check.ts holds the deck to both.

/** A text in one language: a phrase, a pair (a noun's singular and plural, a key and what it does), or a sentence built from its values. */
type Text = string | readonly [string, string] | ((...values: never[]) => string)
/** One entry: its text in every language the deck speaks. */
export type UiTextEntry = { readonly [L in DeckLang]: Text }

/** The locale Intl formats each language in: British English ("A, B and C", no comma before "and"). */
const LOCALE: { readonly [L in DeckLang]: string } = { en: 'en-GB', zh: 'zh-CN' }
/**
 * Intl's formatters, each made on first use: making one loads its locale's data (about 80 ms at Lighthouse's phone
 * speed for these five, in every window at start), and a window uses few of them, often none.
 */
export function onFirstUse<T>(make: () => T): () => T {
  let made: T | undefined
  return () => made ??= make()
}
const LISTS = {
  en: onFirstUse(() => new Intl.ListFormat(LOCALE.en, { type: 'conjunction' })),
  zh: onFirstUse(() => new Intl.ListFormat(LOCALE.zh, { type: 'conjunction' })),
}

/** Chinese dates as Intl writes them: 2015年, 2015年6月, 2015年6月9日. */
const ZH_DATES = {
  year: onFirstUse(() => new Intl.DateTimeFormat(LOCALE.zh, { timeZone: 'UTC', year: 'numeric' })),
  month: onFirstUse(() => new Intl.DateTimeFormat(LOCALE.zh, { timeZone: 'UTC', year: 'numeric', month: 'long' })),
  day: onFirstUse(() => new Intl.DateTimeFormat(LOCALE.zh, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  })),
}

/** A calendar day at midnight UTC (setUTCFullYear: Date.UTC reads the years 0–99 as 1900–1999). */
function calendarDay(year: number, month = 1, day = 1): Date {
  if (!(year >= 1))
    throw new RangeError(`Cannot write the year ${year}: the deck's dates are AD`)
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  return date
}

/** Month names as the English deck writes them: news style (March, June, July, Sept), which Intl's en-GB is not (Mar, Jun). */
const EN_MONTHS = [
  'Jan',
  'Feb',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
] as const

export const UI_TEXT = {
  // Lists and joins: "A, B and C" / "A、B和C"; clauses "x, y" / "x，y"; groups "x; y" / "x；y".
  listComma: { en: ', ', zh: '、' },
  clauseComma: { en: ', ', zh: '，' },
  semicolon: { en: '; ', zh: '；' },
  sentenceEnd: { en: '.', zh: '。' },

  // Dates ("2015", "June 2015", "9 June 2015") and amounts.
  dateYear: {
    en: (year: number) => `${year}`,
    zh: (year: number) => ZH_DATES.year().format(calendarDay(year)),
  },
  dateMonth: {
    en: (year: number, month: number) => `${EN_MONTHS[month - 1]} ${year}`,
    zh: (year: number, month: number) => ZH_DATES.month().format(calendarDay(year, month)),
  },
  dateDay: {
    en: (year: number, month: number, day: number) => `${day} ${EN_MONTHS[month - 1]} ${year}`,
    zh: (year: number, month: number, day: number) => ZH_DATES.day().format(calendarDay(year, month, day)),
  },
  /**
   * `usdBn` in billions of US dollars, rounded as the English deck rounds it ($25bn, $21.8bn, $850m); Chinese counts in
   * 亿 (100 million) and 万. By hand: Intl's compact currency writes $25B or US$25bn, and US$250亿.
   */
  money: {
    en: (usdBn: number) => (Math.abs(usdBn) < 1
      ? `$${Math.round(usdBn * 1000)}m`
      : `$${Number(usdBn.toFixed(1))}bn`),
    zh: (usdBn: number) => {
      if (Math.abs(usdBn) >= 1)
        return `${Math.round(Number(usdBn.toFixed(1)) * 10)}亿美元`
      const millions = Math.round(usdBn * 1000)
      return Math.abs(millions) >= 100
        ? `${millions / 100}亿美元`
        : `${millions * 100}万美元`
    },
  },
  /** A number and its noun; the Chinese noun carries its measure word ("7个城市"). */
  count: {
    en: (number: string, noun: string) => `${number} ${noun}`,
    zh: (number: string, noun: string) => `${number}${noun}`,
  },
  cityNoun: {
    en: ['city', 'cities'],
    zh: ['个城市', '个城市'],
  },
  /** Something and a detail in brackets: "Exchange cities (7 cities)". */
  bracketed: {
    en: (text: string, detail: string) => `${text} (${detail})`,
    zh: (text: string, detail: string) => `${text}（${detail}）`,
  },
  /** A name and its date or period: "Equinix deal, June 2015". */
  withDate: {
    en: (text: string, date: string) => `${text}, ${date}`,
    zh: (text: string, date: string) => `${text}，${date}`,
  },

  // Figures in prose and tables.
  sharePhrase: {
    en: (value: string, market: string) => `${value} of ${market}`,
    zh: (value: string, market: string) => `${market}的${value}`,
  },
  shareName: {
    en: (holder: string, market: string) => `${holder}, ${market}`,
    zh: (holder: string, market: string) => `${holder}（${market}）`,
  },

  // Source lines.
  source: { en: 'Source', zh: '来源' },
  sources: { en: 'Sources', zh: '来源' },
  citation: {
    en: (publisher: string, date: string) => `${publisher}, ${date}`,
    zh: (publisher: string, date: string) => `${publisher}，${date}`,
  },
  /** A publisher shown as written, read through another ("Bloomberg (via IOL)") or citing one ("Yibada (citing Reuters)"). */
  via: {
    en: (publisher: string, carrier: string) => `${publisher} (via ${carrier})`,
    zh: (publisher: string, carrier: string) => `${publisher}（${carrier}转载）`,
  },
  citing: {
    en: (publisher: string, cited: string) => `${publisher} (citing ${cited})`,
    zh: (publisher: string, cited: string) => `${publisher}（援引${cited}）`,
  },
  sourceLine: {
    en: (label: string, citations: string) => `${label}: ${citations}`,
    zh: (label: string, citations: string) => `${label}：${citations}`,
  },
  /** After a chart's first sources: how many more (each step cites its own; the data module lists them). */
  moreSources: {
    en: (count: number) => `; and ${count} more in the backup`,
    zh: (count: number) => `；另有${count}个来源，见备用页`,
  },

  // The fact-check slides.
  marketRow: {
    en: (market: string, holders: string) => `${market}: ${holders}`,
    zh: (market: string, holders: string) => `${market}：${holders}`,
  },
  figureNoteSubject: {
    en: (name: string, value: string) => `${name} ${value}`,
    zh: (name: string, value: string) => `${name}${value}`,
  },
  /** A disagreement's subject before its note, in the table of figures. */
  noteSubject: {
    en: (subject: string) => `${subject}: `,
    zh: (subject: string) => `${subject}：`,
  },
  regionNoteSubject: {
    en: (name: string) => `${name} region`,
    zh: (name: string) => `${name}地域`,
  },
  claimHeader: { en: 'Claim', zh: '说法' },
  figureHeader: { en: 'Figure', zh: '数字' },
  valueHeader: { en: 'Value', zh: '数值' },
  periodHeader: { en: 'Period', zh: '时期' },
  sourcesHeader: { en: 'Sources', zh: '来源' },
  confidenceHeader: { en: 'Confidence', zh: '可信度' },
  claimsCaption: { en: 'Statements the deck makes, with their sources and our confidence', zh: '本简报的说法，及其来源和我们的可信度评估' },
  claimsCaptionPart: {
    en: (page: number, of: number) => `, part ${page} of ${of}`,
    zh: (page: number, of: number) => `（第${page}部分，共${of}部分）`,
  },
  figuresCaption: { en: 'Every figure in the deck, with its period, sources and our confidence', zh: '本简报中的每个数字，及其时期、来源和我们的可信度评估' },
  disagreementsTitle: { en: 'Where other reporting disagrees', zh: '其他报道的不同说法' },

  // Every chart.
  chartInvalid: { en: 'This chart cannot be drawn: its data is invalid.', zh: '无法绘制此图表：其数据无效。' },
  articleCountsFacilities: {
    en: (facilities: number) => `The article counts ${facilities} Cloud Exchange facilities; the sources identify cities, not facilities.`,
    zh: (facilities: number) => `文章统计了${facilities}个Cloud Exchange设施；来源列出的是城市，而非设施。`,
  },

  // Market shares (MarketShareChart).
  marketSharesTitle: { en: 'Market shares, each against the rest of its own market', zh: '市场份额（各按其所在市场计算）' },
  marketSharesCaption: { en: 'Market shares, with the period each refers to and its sources', zh: '市场份额，及各自所指的时期和来源' },
  restOfMarket: { en: 'rest of market', zh: '市场其余部分' },
  restOfMarketValue: {
    en: (value: string) => `rest of market ${value}`,
    zh: (value: string) => `市场其余部分${value}`,
  },
  unverified: { en: 'unverified', zh: '未经核实' },
  shareSentence: {
    en: (holder: string, value: string, market: string, measure: string, period: string, rest: string) => `${holder}: ${value} of ${market} (${measure}, ${period}), rest of market ${rest}`,
    zh: (holder: string, value: string, market: string, measure: string, period: string, rest: string) => `${holder}：${market}的${value}（${measure}，${period}），市场其余部分${rest}`,
  },
  shareCategory: {
    en: (holder: string, market: string, period: string) => `${holder}: ${market} (${period})`,
    zh: (holder: string, market: string, period: string) => `${holder}：${market}（${period}）`,
  },
  shareHeld: { en: 'Share held', zh: '所占份额' },
  shareHeldUnverified: { en: 'Share held, unverified', zh: '所占份额（未经核实）' },
  holderHeader: { en: 'Holder', zh: '持有方' },
  marketHeader: { en: 'Market', zh: '市场' },
  shareHeader: { en: 'Share', zh: '份额' },
  measureHeader: { en: 'Measure', zh: '口径' },

  // One market by company (CompetitionChart): the remainder is 100% minus the named shares, never a published figure.
  remainderName: { en: 'Remainder', zh: '其他' },
  remainderNote: { en: 'not a published share', zh: '非公布份额' },
  remainderExplanation: { en: '100% minus the named shares, not a published figure', zh: '100%减去所列份额，并非公布数字' },
  remainderSentence: {
    en: (name: string, value: string, explanation: string) => `${name}, all others: ${value} (${explanation})`,
    zh: (name: string, value: string, explanation: string) => `${name}（其余所有公司）：${value}（${explanation}）`,
  },
  companyShare: {
    en: (name: string, value: string) => `${name}: ${value}`,
    zh: (name: string, value: string) => `${name}：${value}`,
  },
  // Difference marks (difference-marks.ts): a ratio between two bars, and a bar against another source's figure.
  ratioLabel: {
    en: (ratio: string) => `×${ratio}`,
    zh: (ratio: string) => `${ratio}倍`,
  },
  ratioSentence: {
    en: (to: string, ratio: string, from: string) => `${to} is ${ratio} times ${from}`,
    zh: (to: string, ratio: string, from: string) => `${to}是${from}的${ratio}倍`,
  },
  pointsLabel: {
    en: (points: string, other: string, period: string) => `${points} pts vs ${other} (${period}, another source and definition)`,
    zh: (points: string, other: string, period: string) => `较${other}（${period}，另一来源与口径）${points}个百分点`,
  },
  /** After a points label, which the text alternative repeats as drawn. */
  pointsSentence: {
    en: (label: string) => `${label}: not like for like`,
    zh: (label: string) => `${label}，并非同口径比较`,
  },
  competitionTitle: {
    en: (market: string, period: string) => `${market}, ${period}: shares by company`,
    zh: (market: string, period: string) => `${market}，${period}：各公司份额`,
  },
  competitionDefinition: {
    en: (market: string, period: string) => `A different source and definition: ${market}, ${period}.`,
    zh: (market: string, period: string) => `另一来源与口径：${market}，${period}。`,
  },
  notComparable: {
    en: (phrase: string) => ` Against the article's ${phrase} only loosely: the arrow's gap spans two measures.`,
    zh: (phrase: string) => `与文章所说的${phrase}只能粗略比较：箭头所示差距跨越两种口径。`,
  },
  shareOf: {
    en: (market: string) => `Share of ${market}`,
    zh: (market: string) => `${market}份额`,
  },
  companyHeader: { en: 'Company', zh: '公司' },

  // The two footprints counted (FacilitiesChart).
  facilitiesTitle: { en: 'Equinix cities by continent, and Aliyun regions by country or region', zh: 'Equinix城市（按大洲）与阿里云地域（按国家和地区）' },
  aliyunRegionsTo: {
    en: (month: string) => `Aliyun regions by country or region, to ${month}`,
    zh: (month: string) => `阿里云地域，按国家和地区，至${month}`,
  },
  openAtPartnership: {
    en: (month: string) => `open at the partnership, ${month}`,
    zh: (month: string) => `合作时已开通，${month}`,
  },
  openedLater: {
    en: (month: string) => `opened later, by ${month}`,
    zh: (month: string) => `之后开通，至${month}`,
  },
  monthUnknown: {
    en: (names: string) => `${names}: exact month unknown`,
    zh: (names: string) => `${names}：具体月份不详`,
  },
  cities: { en: 'Cities', zh: '城市' },
  total: { en: 'Total', zh: '合计' },
  articleCountLine: {
    en: (facilities: number) => `The article counts ${facilities} Cloud Exchange facilities;`,
    zh: (facilities: number) => `文章统计了${facilities}个Cloud Exchange设施；`,
  },
  sourcesIdentifyLine: { en: 'the sources identify cities, not facilities.', zh: '来源列出的是城市，而非设施。' },
  facilitiesLeft: {
    en: (label: string, cities: number, rows: string) => `Left: ${label}, by continent, ${cities} in all: ${rows}.`,
    zh: (label: string, cities: number, rows: string) => `左：${label}，按大洲，共${cities}个：${rows}。`,
  },
  continentCount: {
    en: (continent: string, count: number) => `${continent} ${count}`,
    zh: (continent: string, count: number) => `${continent}${count}个`,
  },
  facilitiesRight: {
    en: (rows: string) => `Right: Aliyun regions by country or region: ${rows}.`,
    zh: (rows: string) => `右：阿里云地域，按国家和地区：${rows}。`,
  },
  countryRegions: {
    en: (country: string, count: number, split: string, names: string) => `${country} ${count} (${split}: ${names})`,
    zh: (country: string, count: number, split: string, names: string) => `${country}${count}个（${split}：${names}）`,
  },
  regionsOpenIn: {
    en: (count: number, month: string) => `${count} open in ${month}`,
    zh: (count: number, month: string) => `${month}已开通${count}个`,
  },
  regionsOpenedBy: {
    en: (count: number, month: string) => `${count} opened by ${month}`,
    zh: (count: number, month: string) => `至${month}又开通${count}个`,
  },

  // The map (FootprintMap).
  mapTitle: {
    en: (month: string) => `Where Aliyun and Equinix Cloud Exchange meet, ${month}`,
    zh: (month: string) => `阿里云与Equinix Cloud Exchange的交汇处，${month}`,
  },
  mapRegionLegend: {
    en: (month: string) => `Aliyun region open ${month}`,
    zh: (month: string) => `${month}已开通的阿里云地域`,
  },
  mapMeetLegend: { en: 'Where the two meet', zh: '双方交汇处' },
  // The then-and-now chart: what each bar counts, under its date.
  thenNowTitle: { en: 'The Equinix link and Alibaba Cloud, then and now', zh: 'Equinix连接与阿里云：当年与如今' },
  thenNowMetros: { en: 'Equinix metros reaching Alibaba Cloud', zh: 'Equinix连通阿里云的都会区' },
  thenNowRegions: { en: 'Alibaba Cloud regions worldwide', zh: '阿里云全球地域' },
  thenNowAtSigning: { en: 'at signing', zh: '签约时' },
  thenNowAnnounced: { en: 'announced', zh: '宣布' },
  thenNowDocumented: { en: 'in Equinix’s documentation', zh: 'Equinix文档所列' },
  thenNowOpen: { en: 'open at signing', zh: '签约时已开通' },
  thenNowCounted: { en: 'counted', zh: '统计' },
  thenNowRow: {
    en: (when: string, basis: string, count: string) => `${when}, ${basis}: ${count}`,
    zh: (when: string, basis: string, count: string) => `${when}${basis}：${count}`,
  },
  /** The note beside the cities, in three short lines. */
  mapNoteCounts: {
    en: (facilities: number) => `The article counts ${facilities}`,
    zh: (facilities: number) => `文章统计了${facilities}个`,
  },
  mapNoteFacilities: { en: 'ECX facilities; sources', zh: 'ECX设施；来源' },
  mapNoteCities: {
    en: (cities: number) => `identify ${cities} cities`,
    zh: (cities: number) => `列出${cities}个城市`,
  },
  mapCentred: { en: 'World map centred on the Pacific.', zh: '以太平洋为中心的世界地图。' },
  mapRegions: {
    en: (count: number, month: string, names: string) => `Orange diamonds: the ${count} Aliyun regions open in ${month}: ${names}.`,
    zh: (count: number, month: string, names: string) => `橙色菱形：${month}已开通的${count}个阿里云地域：${names}。`,
  },
  mapCities: {
    en: (count: number, description: string, names: string) => `Blue circles: the ${count} ${description}: ${names}.`,
    zh: (count: number, description: string, names: string) => `蓝色圆点：${description}，共${count}个：${names}。`,
  },
  mapMeetings: {
    en: (names: string) => `The two networks meet in ${names}, shown ringed and joined by a line across the Pacific.`,
    zh: (names: string) => `两个网络在${names}交汇，以圆圈标出，并以一条横跨太平洋的线相连。`,
  },

  // The push abroad (ExpansionTimeline).
  timelineTitle: {
    en: (from: string, to: string) => `Alibaba's push abroad, ${from} to ${to}`,
    zh: (from: string, to: string) => `阿里巴巴的海外扩张，${from}至${to}`,
  },
  timelineIntro: {
    en: (count: number) => `Timeline of Alibaba's push abroad, ${count} events in date order.`,
    zh: (count: number) => `阿里巴巴海外扩张的时间线，按日期排列，共${count}个事件。`,
  },
  /** One event read out; `note` is '' when the sources agree. */
  timelineEvent: {
    en: (date: string, label: string, detail: string, note: string) => `${date}: ${label}, ${detail}${note
      ? ` (${note})`
      : ''}.`,
    zh: (date: string, label: string, detail: string, note: string) => `${date}：${label}，${detail}${note
      ? `（${note}）`
      : ''}。`,
  },

  // What came next (HindsightTimeline).
  laneChina: { en: 'China\'s government', zh: '中国政府' },
  laneUs: { en: 'US government', zh: '美国政府' },
  laneCompanies: { en: 'The companies', zh: '相关公司' },
  hindsightTitle: {
    en: (from: string, to: string) => `What came next, ${from} to ${to}: both governments and the companies`,
    zh: (from: string, to: string) => `此后的发展，${from}至${to}：两国政府与相关公司`,
  },
  /** The hindsight timeline's axis is not to scale: a year with more steps is wider (hindsight-layout.ts yearScale). */
  hindsightScale: { en: 'Busier years drawn wider', zh: '事件多的年份画得更宽' },
  hindsightIntro: {
    en: (start: string, end: string, lanes: number) => `Timeline from ${start}, marked as the start, to ${end}, in ${lanes} lanes.`,
    zh: (start: string, end: string, lanes: number) => `时间线起点为“${start}”，终点为${end}，分为${lanes}行。`,
  },
  hindsightLane: {
    en: (lane: string, count: number, steps: string) => `${lane}, ${count} ${count === 1
      ? 'step'
      : 'steps'}: ${steps}`,
    zh: (lane: string, count: number, steps: string) => `${lane}，${count}项：${steps}`,
  },
  hindsightStep: {
    en: (date: string, label: string, detail: string) => `${date}, ${label}: ${detail}.`,
    zh: (date: string, label: string, detail: string) => `${date}，${label}：${detail}。`,
  },
  hindsightYears: {
    en: (years: string) => `Years on the axis: ${years}; a year with more steps is drawn wider.`,
    zh: (years: string) => `轴上年份：${years}；步骤较多的年份画得较宽。`,
  },

  // The presenter's pace (PacePlan): "Plan 3:30–5:00 · 0:45 behind".
  plan: {
    en: (when: string) => `Plan ${when}`,
    zh: (when: string) => `计划${when}`,
  },
  noTimeOfItsOwn: {
    en: (start: string) => `${start}, no time of its own`,
    zh: (start: string) => `${start}，无单独时长`,
  },
  timerNotStarted: { en: 'timer not started', zh: '计时未开始' },
  onPlan: { en: 'on plan', zh: '符合计划' },
  ahead: {
    en: (by: string) => `${by} ahead`,
    zh: (by: string) => `提前${by}`,
  },
  behind: {
    en: (by: string) => `${by} behind`,
    zh: (by: string) => `落后${by}`,
  },
  // The phone remote (PhoneRemote.vue): "Slide 5 of 23 · step 2 of 3", its buttons and its connection.
  remoteSlide: {
    en: (no: number, total: number) => `Slide ${no} of ${total}`,
    zh: (no: number, total: number) => `第${no}页，共${total}页`,
  },
  remoteStep: {
    en: (click: number, clicks: number) => `step ${click} of ${clicks}`,
    zh: (click: number, clicks: number) => `第${click}步，共${clicks}步`,
  },
  remotePrevious: { en: 'Previous', zh: '上一步' },
  remoteNext: { en: 'Next', zh: '下一步' },
  remoteStartTimer: { en: 'Start the timer', zh: '开始计时' },
  remoteReconnecting: { en: 'Reconnecting to the laptop…', zh: '正在重新连接电脑……' },
  remoteNoNotes: { en: 'No notes for this slide.', zh: '本页没有备注。' },
  /** The word a note's budget line starts with ("Time 1:30"). */
  noteBudget: { en: 'Time', zh: '时间' },
  // The presenter's switch for the notes' language (NotesLanguageSwitch.vue; its buttons: LANGUAGE_NAME).
  notesLangLabel: { en: 'Speaker notes in', zh: '演讲备注语言' },

  // The one-file deck's own help (scripts/export-html.ts): `?` opens it. Each key a pair: the key and what it does.
  helpTitle: { en: 'This deck in one file', zh: '单文件演示稿' },
  helpIntro: { en: 'Everything is inside this file: it needs no network and no installation.', zh: '所有内容都在这个文件里：无需联网，也无需安装。' },
  helpKeyNext: {
    en: ['→ or space', 'next click step or slide'],
    zh: ['→ 或空格', '下一步或下一页'],
  },
  helpKeyBack: {
    en: ['←', 'back'],
    zh: ['←', '返回'],
  },
  helpKeySkip: {
    en: ['↓ / ↑', 'next / previous slide, skipping its click steps'],
    zh: ['↓ / ↑', '下一页 / 上一页（跳过本页的分步）'],
  },
  helpKeyOverview: {
    en: ['o', 'overview of all slides'],
    zh: ['o', '所有幻灯片一览'],
  },
  helpKeyGoTo: {
    en: ['g', 'go to a slide by number'],
    zh: ['g', '按页码跳转'],
  },
  helpKeyDark: {
    en: ['d', 'dark / light'],
    zh: ['d', '深色 / 浅色'],
  },
  helpKeyFullScreen: {
    en: ['F11', 'full screen (the browser\'s own key; on a Mac ⌃⌘F)'],
    zh: ['F11', '全屏（浏览器自带的按键；Mac上按Control+Command+F）'],
  },
  helpPresenterTitle: { en: 'Presenter view', zh: '演讲者视图' },
  helpPresenter: {
    en: 'Open this same file in a second window of the same browser and add <code>#/presenter/1</code> to the end of its address (or use the presenter button in the menu at the bottom left). It shows the speaker notes, the next slide and a timer, and both windows move together. (Checked in Chromium and Firefox.) The notes can be read in English or Chinese: the button beside the timer switches them.',
    zh: '在同一浏览器的第二个窗口中再次打开这个文件，并在地址末尾加上 <code>#/presenter/1</code>（或使用左下角菜单中的演讲者按钮）。它显示演讲备注、下一页和计时器，两个窗口同步翻页。（已在Chromium和Firefox中检查。）备注可用中文或英文阅读：计时器旁的按钮可切换。',
  },
  helpClose: { en: 'Press <kbd>?</kbd> or <kbd>Esc</kbd> to close.', zh: '按 <kbd>?</kbd> 或 <kbd>Esc</kbd> 关闭。' },
  helpHint: { en: 'Press ? for keys and the presenter view', zh: '按 ? 查看按键和演讲者视图' },

  // The exported files (scripts/export.ts, scripts/lib/pdf-finish.ts, print-view.ts): their metadata, the handout.
  untitledDeck: { en: 'Slides', zh: '幻灯片' },
  /** The keyword a viewer lists: when "today" is for the deck's hindsight. */
  asOf: {
    en: (date: string) => `as of ${date}`,
    zh: (date: string) => `截至${date}`,
  },
  subjectAsOf: {
    en: (subject: string, date: string) => `${subject} As of ${date}.`,
    zh: (subject: string, date: string) => `${subject}截至${date}。`,
  },
  handoutTitle: {
    en: (title: string) => `${title}: speaker notes`,
    zh: (title: string) => `${title}：演讲备注`,
  },
  /** A slide's picture in the handout, for a reader who cannot see it. */
  handoutPicture: {
    en: (no: number, title: string) => `Slide ${no}: ${title}`,
    zh: (no: number, title: string) => `第${no}页：${title}`,
  },
} satisfies Record<string, UiTextEntry>

export type UiTextKey = keyof typeof UI_TEXT

/** The entry's text in `lang`: a string, a noun pair, or a function of the values it says. */
export function uiText<K extends UiTextKey>(lang: DeckLang, key: K): (typeof UI_TEXT)[K][DeckLang] {
  return UI_TEXT[key][lang]
}

/** The entries in one language, for a model that says many: `const t = textsIn(lang); t('total')`. */
export function textsIn(lang: DeckLang) {
  return <K extends UiTextKey>(key: K): (typeof UI_TEXT)[K][DeckLang] => UI_TEXT[key][lang]
}

/** How each continent (the data's English enum values) is named on a slide. */
export const CONTINENT_NAME: { readonly [C in Continent]: Record<DeckLang, string> } = {
  'North America': { en: 'North America', zh: '北美洲' },
  'South America': { en: 'South America', zh: '南美洲' },
  'Europe': { en: 'Europe', zh: '欧洲' },
  'Asia': { en: 'Asia', zh: '亚洲' },
  'Oceania': { en: 'Oceania', zh: '大洋洲' },
  'Africa': { en: 'Africa', zh: '非洲' },
}

/** How a confidence level (the data's enum value) is said in a table or a sentence. */
export const CONFIDENCE_WORD: { readonly [C in Confidence]: Record<DeckLang, string> } = {
  high: { en: 'high', zh: '高' },
  medium: { en: 'medium', zh: '中' },
  low: { en: 'low', zh: '低' },
}

/** Each language the deck speaks, named in each: the notes switch names a language in itself (English, 中文). */
export const LANGUAGE_NAME: { readonly [L in DeckLang]: Record<DeckLang, string> } = {
  en: { en: 'English', zh: '英文' },
  zh: { en: 'Simplified Chinese', zh: '中文' },
}

/**
 * What a Chinese number is written with, which a line keeps beside it (components/lib/cjk-lines.ts): the parts of a
 * date (2015年6月9日), an amount's scale and currency (250亿美元), and measure words (7个, 第3部分, 2小时).
 */
/**
 * Chinese names a line must not split (中／国, 香／港): the places and companies the deck's Chinese names
 * (components/lib/cjk-lines.ts keeps each on one line). A name not listed may split as any two Han characters may.
 */
export const ZH_NAMES = [
  '中国内地',
  '中国',
  '香港',
  '美国',
  '北京',
  '上海',
  '深圳',
  '杭州',
  '硅谷',
  '新加坡',
  '日本',
  '欧洲',
  '亚洲新闻台',
  '亚马逊云科技',
  '阿里巴巴',
  '阿里云',
  '微软',
  '谷歌',
  '全国人大常委会',
  '常务委员会',
  '美国国防部',
  '商务部',
]

export const ZH_NUMBER_UNITS = {
  year: '年',
  month: '月',
  day: '日',
  quarters: ['第一季度', '第二季度', '第三季度', '第四季度'],
  scales: ['亿', '万'],
  currencies: ['美元', '元', '港元', '欧元', '人民币'],
  measures: [
    '个',
    '家',
    '项',
    '座',
    '条',
    '页',
    '步',
    '名',
    '位',
    '倍',
    '天',
    '周',
    '秒',
    '部分',
    '小时',
    '分钟',
  ],
} as const

/** The slide language of the deck data a component or model was handed; English when it says none. */
export function langOf(data: { lang?: DeckLang } | undefined): DeckLang {
  return data?.lang ?? 'en'
}

/**
 * The language of deck data that may be invalid (`read` throws its problems, as useDeckData's does): English
 * then, since what shows is the error box, written for whoever fixes the data.
 */
export function langOrEnglish(read: () => { lang?: DeckLang }): DeckLang {
  try {
    return langOf(read())
  }
  catch {
    return 'en'
  }
}

/** "A, B and C" (British English: no comma before "and") / "A、B和C". */
export function list(items: readonly string[], lang: DeckLang = 'en'): string {
  return LISTS[lang]().format(items)
}

/** Sentences one after another: a space between them in English, none in Chinese (。 ends each). */
export function joinSentences(sentences: readonly string[], lang: DeckLang = 'en'): string {
  return sentences.filter(Boolean).join(lang === 'en'
    ? ' '
    : '')
}

/** Sentences given without their full stop, joined and ended: "A. B." / "A。B。". */
export function endSentences(sentences: readonly string[], lang: DeckLang = 'en'): string {
  const end = uiText(lang, 'sentenceEnd')
  return `${sentences.join(lang === 'en'
    ? `${end} `
    : end)}${end}`
}
