import type { DeckDataInput } from './schema.ts'

const ECX_SOURCE = ['ms-expressroute-2015']

// The Equinix cities a source names for mid-2015: those Microsoft listed as Equinix's ExpressRoute
// locations on 13 May 2015 (Equinix sold ExpressRoute through Cloud Exchange; the page does not list
// Cloud Exchange sites as such). The article's total counts facilities, not cities. City-centre coordinates.
// The deal the deck is about, as a timeline event, and the last month it counts Aliyun regions to.
export const partnership: DeckDataInput['partnership'] = { event: 'equinix-deal', countedTo: '2015-10' }

export const ecx: DeckDataInput['ecx'] = {
  totalFigure: 'ecx-facilities',
  citiesLabel: 'Equinix ExpressRoute cities, May 2015',
  citiesDescription: 'cities where Microsoft listed Equinix as an ExpressRoute exchange provider in May 2015, the best public evidence of where Cloud Exchange ran',
  metros: [
    { id: 'amsterdam', name: 'Amsterdam', short: 'Amsterdam', continent: 'Europe', lat: 52.37, lon: 4.90, sources: ECX_SOURCE },
    { id: 'atlanta', name: 'Atlanta', short: 'Atlanta', continent: 'North America', lat: 33.75, lon: -84.39, sources: ECX_SOURCE },
    { id: 'chicago', name: 'Chicago', short: 'Chicago', continent: 'North America', lat: 41.88, lon: -87.63, sources: ECX_SOURCE },
    { id: 'dallas', name: 'Dallas', short: 'Dallas', continent: 'North America', lat: 32.78, lon: -96.80, sources: ECX_SOURCE },
    { id: 'hong-kong', name: 'Hong Kong', short: 'Hong Kong', continent: 'Asia', lat: 22.32, lon: 114.17, sources: ECX_SOURCE },
    { id: 'london', name: 'London', short: 'London', continent: 'Europe', lat: 51.51, lon: -0.13, sources: ECX_SOURCE },
    { id: 'los-angeles', name: 'Los Angeles', short: 'Los Angeles', continent: 'North America', lat: 34.05, lon: -118.24, sources: ECX_SOURCE },
    { id: 'melbourne', name: 'Melbourne', short: 'Melbourne', continent: 'Oceania', lat: -37.81, lon: 144.96, sources: ECX_SOURCE },
    { id: 'new-york', name: 'New York', short: 'New York', continent: 'North America', lat: 40.71, lon: -74.01, sources: ECX_SOURCE },
    { id: 'sao-paulo', name: 'São Paulo', short: 'São Paulo', continent: 'South America', lat: -23.55, lon: -46.63, sources: ECX_SOURCE },
    { id: 'seattle', name: 'Seattle', short: 'Seattle', continent: 'North America', lat: 47.61, lon: -122.33, sources: ECX_SOURCE },
    { id: 'silicon-valley', name: 'Silicon Valley (San Jose)', short: 'Silicon Valley', continent: 'North America', lat: 37.34, lon: -121.89, sources: ECX_SOURCE },
    { id: 'singapore', name: 'Singapore', short: 'Singapore', continent: 'Asia', lat: 1.35, lon: 103.82, sources: ECX_SOURCE },
    { id: 'sydney', name: 'Sydney', short: 'Sydney', continent: 'Oceania', lat: -33.87, lon: 151.21, sources: ECX_SOURCE },
    { id: 'tokyo', name: 'Tokyo', short: 'Tokyo', continent: 'Asia', lat: 35.68, lon: 139.69, sources: ECX_SOURCE },
    { id: 'washington-dc', name: 'Washington, DC (Ashburn)', short: 'Washington, DC', continent: 'North America', lat: 39.04, lon: -77.49, sources: ECX_SOURCE },
  ],
}

// Aliyun data-centre regions, 2014-2015. `openedBy: true` means only "open by this month" is known.
export const regions: DeckDataInput['regions'] = [
  { id: 'aliyun-hangzhou', name: 'Hangzhou', country: 'China', lat: 30.27, lon: 120.16, opened: '2014-05', openedBy: true, sources: ['dataconomy-2014-05'], confidence: 'high' },
  { id: 'aliyun-qingdao', name: 'Qingdao', country: 'China', lat: 36.07, lon: 120.38, opened: '2014-05', openedBy: true, sources: ['dataconomy-2014-05'], confidence: 'high' },
  { id: 'aliyun-beijing', name: 'Beijing', country: 'China', lat: 39.90, lon: 116.41, opened: '2014-05', openedBy: true, sources: ['dataconomy-2014-05'], confidence: 'high' },
  { id: 'aliyun-hong-kong', name: 'Hong Kong', country: 'Hong Kong', lat: 22.32, lon: 114.17, opened: '2014-05', sources: ['dataconomy-2014-05'], confidence: 'high' },
  { id: 'aliyun-silicon-valley', name: 'Silicon Valley', country: 'United States', lat: 37.34, lon: -121.89, opened: '2015-03', sources: ['chinadaily-2015-07'], confidence: 'high' },
  // Open by March 2015: Alibaba's announcement of the US site lists it among the five existing ones.
  { id: 'aliyun-shenzhen', name: 'Shenzhen', country: 'China', lat: 22.54, lon: 114.06, opened: '2015-03', openedBy: true, sources: ['scienceweekdigest-2015-03', 'zdnet-2015-07'], confidence: 'high' },
  // Not yet open at the end of July 2015 (six sites counted then); listed in October 2015.
  { id: 'aliyun-shanghai', name: 'Shanghai', country: 'China', lat: 31.23, lon: 121.47, opened: '2015-10', openedBy: true, sources: ['channelweb-2015-07', 'celebcafe-2015-10'], confidence: 'medium' },
  // Announced 18 August 2015, launched early September.
  { id: 'aliyun-singapore', name: 'Singapore', country: 'Singapore', lat: 1.35, lon: 103.82, opened: '2015-09', sources: ['straitstimes-2015-08'], confidence: 'high' },
  { id: 'aliyun-silicon-valley-2', name: 'Silicon Valley (second site)', country: 'United States', lat: 37.34, lon: -121.89, opened: '2015-10', sources: ['bloomberg-iol-2015-10'], confidence: 'high' },
]

// Dated steps of Alibaba's push abroad, for the timeline.
export const events: DeckDataInput['events'] = [
  { id: 'hk-region', date: '2014-05', label: 'Hong Kong region', detail: 'Aliyun\'s first region outside mainland China', sources: ['dataconomy-2014-05'], confidence: 'high' },
  { id: 'ipo', date: '2014-09', label: 'NYSE listing', detail: 'Then the largest IPO on record', sources: ['reuters-2014-09', 'independent-ie-2019-12'], confidence: 'high' },
  { id: 'costco-tmall', date: '2014-10', label: 'Costco on Tmall', detail: 'US warehouse club sells into China', sources: ['seattletimes-2014-10', 'shanghaidaily-2014-10'], confidence: 'high', disagreement: 'The article dates the Costco deal to November 2014; it launched in October 2014.' },
  { id: 'us-region', date: '2015-03', label: 'Silicon Valley region', detail: 'Aliyun\'s first US data centre', sources: ['chinadaily-2015-07', 'scienceweekdigest-2015-03'], confidence: 'high' },
  { id: 'equinix-deal', date: '2015-06', label: 'Equinix partnership', detail: 'ECX in Hong Kong and Silicon Valley', sources: ['ewc-madaj-2015', 'techeconomy-2015-06'], confidence: 'medium' },
  { id: 'sg-region', date: '2015-09', label: 'Singapore region', detail: 'First South-East Asian region', sources: ['straitstimes-2015-08'], confidence: 'high' },
  { id: 'us-region-2', date: '2015-10', label: 'Second US site', detail: 'Another Silicon Valley data centre', sources: ['bloomberg-iol-2015-10'], confidence: 'high' },
]
