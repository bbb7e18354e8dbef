import type { Source } from './schema.ts'

// Every publication a figure on a slide cites. Dates are publication dates.
export const sources: Source[] = [
  { id: 'ewc-madaj-2015', publisher: 'East-West Center', title: 'New US-China Cloud Computing Partnership Shows Cooperation in Often Contentious Sector (P. Madaj)', date: '2015' },
  { id: 'corcom-2015', publisher: 'Corriere Comunicazioni', title: 'Report on Aliyun and Equinix', date: '2015' },
  { id: 'dcd-2015', publisher: 'DatacenterDynamics', title: 'Report on Aliyun and Equinix', date: '2015' },
  { id: 'cecrc-h1-2014', publisher: 'China E-Commerce Research Center', title: 'China B2C e-commerce, first half of 2014 (reported by livedoor News)', date: '2014', url: 'https://news.livedoor.com/article/detail/9303951/' },
  { id: 'analysys-q2-2014', publisher: 'Analysys', title: 'China B2C e-commerce, Q2 2014', date: '2014' },
  { id: 'iresearch-2014', publisher: 'iResearch', title: 'China B2C e-commerce, full year 2014', date: '2015' },
  { id: 'ms-expressroute-2015', publisher: 'Microsoft', title: 'Azure ExpressRoute locations (Equinix row)', date: '2015-05-13', url: 'https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/expressroute-locations.md' },
  { id: 'chinadaily-2015-07', publisher: 'China Daily', title: 'Report on Aliyun\'s first US data centre', date: '2015-07-23' },
  { id: 'zdnet-2015-07', publisher: 'ZDNet', title: 'Report on Alibaba\'s Marketplace Alliance Program', date: '2015-07' },
  { id: 'reuters-2014-09', publisher: 'Reuters', title: 'Report on Alibaba\'s IPO size', date: '2014-09-22' },
  { id: 'seattletimes-2014-10', publisher: 'The Seattle Times', title: 'Report on Costco\'s Tmall store', date: '2014-10-14' },
  { id: 'shanghaidaily-2014-10', publisher: 'Shanghai Daily', title: 'Report on Costco\'s Tmall store', date: '2014-10-16' },
  { id: 'dataconomy-2014-05', publisher: 'Dataconomy', title: 'Report on Aliyun\'s Hong Kong data centre', date: '2014-05-12' },
  { id: 'celebcafe-2015-10', publisher: 'CelebCafe', title: 'Report on Aliyun\'s regions', date: '2015-10' },
  { id: 'yibada-2015-10', publisher: 'Yibada (citing IDC)', title: 'Report on Aliyun\'s Singapore data centre and IDC share', date: '2015-10-12' },
  { id: 'bloomberg-iol-2015-10', publisher: 'Bloomberg (via IOL)', title: 'Report on Aliyun\'s second Silicon Valley data centre', date: '2015-10-09' },
  { id: 'cloudgateway-2016-08', publisher: 'Cloud Gateway', title: 'China public-cloud IaaS market shares 2015', date: '2016-08', url: 'https://cloudgateway.asia/2016/08/ct2015iaas' },
]
