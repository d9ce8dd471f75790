/**
 * A second recall set, kept apart from `queries.ts` (which the planner was tuned on): queries written the way
 * readers type rather than the way the guides are worded — Egyptian, Levantine, Gulf and Maghrebi question
 * words and verbs, verbs instead of the guides' nouns, loanwords with Arabic plural endings, brand names in
 * Latin and Arabic letters, English, and keyboard typos. It was written before the planner learned any of it,
 * and the expected pages were chosen by topic, from the content, not from what the engine returned.
 *
 * A query passes when an expected URL is in the top 5. A typo («تسغير») finds nothing by design; it passes
 * when the search page's single "did you mean" suggestion, followed once as a reader would, brings an expected
 * page into the top 5 (`tests/search/recall.ts`).
 *
 * Tags in `note`: dialect (with the region), verb, loanword, brand, latin, typo, none (a "there is none" form).
 */
import type { RecallQuery } from './queries';

const PRICING = ['/guides/pricing-your-work/', '/tools/pricing/'];
const START = ['/guides/before-you-start/', '/checklists/before-you-start-checklist/'];
const ONLINE = ['/guides/what-is-online-work/', '/guides/kinds-of-online-work/', '/glossary/ayn/#term-online'];
const FIRST_CLIENT = ['/guides/find-your-first-client/', '/checklists/first-client-checklist/'];
const MARKETPLACES = [
  '/guides/how-marketplaces-work/',
  '/tools/platforms/',
  '/glossary/mim/#term-freelance-marketplace',
];
const STAGNATION = [
  '/guides/why-microservices-stagnate/',
  '/guides/first-project-patience/',
  '/glossary/ra/#term-stagnation',
];
const PROFILE = ['/guides/build-your-profile/', '/glossary/mim/#term-profile', '/checklists/profile-checklist/'];
const PROPOSAL = ['/guides/write-a-proposal/', '/glossary/ayn/#term-proposal', '/checklists/proposal-checklist/'];
const PAYMENT = ['/guides/how-marketplaces-work/', '/tools/platforms/', '/glossary/hha/#term-escrow'];

export const READER_QUERIES: RecallQuery[] = [
  // ── how / what / want, by region ───────────────────────────────────────────
  { query: 'كيف اسعر خدماتي', expect: PRICING, note: 'verb — the question every newcomer asks' },
  { query: 'ازاي ابدأ', expect: ['/guides/before-you-start/'], note: 'dialect (Egyptian)' },
  { query: 'إزاي ابدأ شغل اونلاين', expect: [...START, ...ONLINE], note: 'dialect (Egyptian)' },
  { query: 'ازاي اسعر شغلي', expect: PRICING, note: 'dialect (Egyptian)+verb' },
  { query: 'شلون أسعر شغلي', expect: PRICING, note: 'dialect (Gulf/Iraqi)+verb' },
  { query: 'شلون ابدي بالعمل الحر', expect: START, note: 'dialect (Gulf) — ابدي for أبدأ' },
  { query: 'كيفاش نبدا الخدمة فالانترنت', expect: [...START, ...ONLINE], note: 'dialect (Maghrebi)' },
  { query: 'كيفاش نلقى كليان', expect: FIRST_CLIENT, note: 'dialect (Maghrebi)+loanword — client' },
  {
    query: 'شو يعني عمل حر',
    expect: ['/guides/what-is-online-work/', '/glossary/ayn/#term-freelancing'],
    note: 'dialect (Levantine)',
  },
  { query: 'ايش هو البروفايل', expect: PROFILE, note: 'dialect (Gulf)' },
  {
    query: 'ايه هي الخدمات المصغرة',
    expect: [
      '/glossary/kha/#term-microservice',
      '/guides/how-marketplaces-work/',
      '/guides/why-microservices-stagnate/',
    ],
    note: 'dialect (Egyptian)',
  },
  { query: 'واش نقدر نربح فلوس من الانترنت', expect: ONLINE, note: 'dialect (Maghrebi)' },
  { query: 'بدي اشتغل من البيت', expect: ['/glossary/ayn/#term-remote-work', ...ONLINE], note: 'dialect (Levantine)' },
  {
    query: 'عايز اشتغل فري لانس',
    expect: ['/glossary/ayn/#term-freelancing', ...START, '/guides/what-is-online-work/'],
    note: 'dialect (Egyptian)',
  },
  { query: 'عاوز اعمل بروفايل', expect: PROFILE, note: 'dialect (Egyptian)' },
  { query: 'أبغى أشتغل أونلاين', expect: ONLINE, note: 'dialect (Gulf)' },
  { query: 'ابي اعرف كم سعر الساعة', expect: ['/glossary/alif/#term-hourly-rate', ...PRICING], note: 'dialect (Gulf)' },
  {
    query: 'نبغي نخدم فريلانس',
    expect: ['/glossary/ayn/#term-freelancing', ...START, '/guides/what-is-online-work/'],
    note: 'dialect (Maghrebi)',
  },
  { query: 'حاب اعرف كيف احدد سعري', expect: PRICING, note: 'dialect (Levantine/Gulf)+verb' },
  { query: 'بدي اكتب عرض', expect: PROPOSAL, note: 'dialect (Levantine)+verb' },
  { query: 'وين القى زباين', expect: FIRST_CLIENT, note: 'dialect (Gulf/Levantine) — زباين for زبائن' },
  { query: 'ازاي الاقي اول عميل', expect: FIRST_CLIENT, note: 'dialect (Egyptian)+verb' },

  // ── money, work, price, client, "there is none" ───────────────────────────
  { query: 'فلوس من الانترنت', expect: ONLINE, note: 'dialect (Egyptian) — money' },
  { query: 'مصاري من النت', expect: ONLINE, note: 'dialect (Levantine) — money' },
  { query: 'بيزات من الانترنت', expect: ONLINE, note: 'dialect (Gulf) — money' },
  { query: 'نجيب دراهم من الانترنت', expect: ONLINE, note: 'dialect (Maghrebi) — money' },
  { query: 'شغل من البيت', expect: ['/glossary/ayn/#term-remote-work', ...ONLINE], note: 'dialect — work' },
  { query: 'خدمة اونلاين', expect: ONLINE, note: 'dialect (Maghrebi) — خدمة as work' },
  { query: 'بكم ابيع خدمتي', expect: PRICING, note: 'dialect — price' },
  { query: 'الزبون ما دفع', expect: PAYMENT, note: 'dialect — client, payment' },
  {
    query: 'زباين دايمين',
    expect: [
      '/guides/clients-as-friends/',
      '/checklists/client-relationship-checklist/',
      '/stories/factory-clients-eight-years/',
      '/glossary/alif/#term-retainer',
    ],
    note: 'dialect — client',
  },
  { query: 'مفيش شغل على خمسات', expect: STAGNATION, note: 'none (Egyptian)' },
  { query: 'ما في طلبات على خدمتي', expect: STAGNATION, note: 'none (Levantine)' },
  { query: 'ماكو زباين', expect: [...STAGNATION, ...FIRST_CLIENT], note: 'none (Iraqi/Gulf)' },
  { query: 'ماكاينش خدمة', expect: STAGNATION, note: 'none (Maghrebi)' },

  // ── verbs for the guides' nouns ───────────────────────────────────────────
  { query: 'اسعر', expect: PRICING, note: 'verb — تسعير' },
  { query: 'أسعّر بالساعة', expect: ['/glossary/alif/#term-hourly-rate', ...PRICING], note: 'verb+tashkeel' },
  {
    query: 'كيف اكتب محتوى',
    expect: ['/glossary/kaf/#term-content-writing', '/guides/kinds-of-online-work/'],
    note: 'verb — كتابة',
  },
  {
    query: 'اتخصص في مجال واحد',
    expect: ['/guides/personal-marketing/', '/glossary/ta/#term-specialization', '/guides/kinds-of-online-work/'],
    note: 'verb — تخصص',
  },
  {
    query: 'كيف اسوق لنفسي',
    expect: ['/guides/personal-marketing/', '/glossary/ta/#term-personal-marketing'],
    note: 'verb — تسويق',
  },
  {
    query: 'استثمر ارباحي',
    expect: ['/guides/passive-income-and-investing/', '/glossary/alif/#term-investing'],
    note: 'verb — استثمار',
  },
  { query: 'اخطط اهدافي', expect: ['/guides/setting-goals/', '/tools/goals/'], note: 'verb — تخطيط' },
  { query: 'اقدم على مشروع', expect: [...PROPOSAL, '/guides/cover-letter/'], note: 'verb — تقديم' },
  { query: 'يقيمني العميل', expect: ['/glossary/ta/#term-reviews-and-reputation'], note: 'verb — تقييم' },
  {
    query: 'اسلم الشغل متأخر',
    expect: ['/glossary/mim/#term-deadline', '/stories/ahmed-al-hadi/'],
    note: 'verb — تسليم',
  },
  { query: 'ادقق النصوص', expect: ['/glossary/ta/#term-proofreading'], note: 'verb — تدقيق' },
  {
    query: 'اعرب قالب ووردبريس',
    expect: ['/stories/abdelhafid-chrayer/', '/glossary/ta/#term-localization'],
    note: 'verb — تعريب',
  },

  // ── loanwords with Arabic endings ─────────────────────────────────────────
  { query: 'بروفايلات', expect: PROFILE, note: 'loanword — plural ات' },
  { query: 'بروبوزالات', expect: PROPOSAL, note: 'loanword — plural ات' },
  { query: 'الديدلاينات', expect: ['/glossary/mim/#term-deadline'], note: 'loanword — plural ات' },
  { query: 'فريلانسرز', expect: ['/glossary/mim/#term-freelancer'], note: 'loanword — English plural s' },
  { query: 'الكلاينتات', expect: ['/glossary/ayn/#term-client', ...FIRST_CLIENT], note: 'loanword — client' },
  { query: 'جيجات', expect: ['/glossary/kha/#term-microservice'], note: 'loanword — gigs' },

  // ── brands, in Latin and Arabic letters ───────────────────────────────────
  { query: 'upwork', expect: MARKETPLACES, note: 'brand+latin — not on the site; a freelance marketplace' },
  { query: 'أب وورك', expect: MARKETPLACES, note: 'brand' },
  {
    query: 'fiverr',
    expect: [...MARKETPLACES, '/glossary/kha/#term-microservice'],
    note: 'brand+latin — a microservices marketplace',
  },
  { query: 'فايفر', expect: [...MARKETPLACES, '/glossary/kha/#term-microservice'], note: 'brand' },
  { query: 'بايبال', expect: PAYMENT, note: 'brand — PayPal in Arabic letters' },
  { query: 'Payoneer', expect: PAYMENT, note: 'brand+latin — a payment service' },
  { query: 'بايونير', expect: ['/guides/getting-paid/', '/glossary/ba/#term-payoneer', ...PAYMENT], note: 'brand' },
  { query: 'Mostaql', expect: ['/tools/platforms/', '/guides/how-marketplaces-work/'], note: 'brand+latin' },
  {
    query: 'Khamsat',
    expect: ['/tools/platforms/', '/guides/how-marketplaces-work/'],
    note: 'brand+latin — capitalised',
  },
  { query: 'عمولة خمسات', expect: ['/tools/platforms/', '/glossary/ayn/#term-platform-fee'], note: 'brand' },

  // ── English ────────────────────────────────────────────────────────────────
  { query: 'how to price my work', expect: PRICING, note: 'latin' },
  { query: 'hourly rate', expect: ['/glossary/alif/#term-hourly-rate', ...PRICING], note: 'latin' },
  { query: 'cover letter', expect: ['/guides/cover-letter/', '/glossary/kha/#term-cover-letter'], note: 'latin' },
  {
    query: 'passive income',
    expect: ['/guides/passive-income-and-investing/', '/glossary/dal/#term-passive-income'],
    note: 'latin',
  },

  // ── typos ──────────────────────────────────────────────────────────────────
  { query: 'تسغير', expect: PRICING, note: 'typo — غ for ع (neighbouring keys)' },
  { query: 'مستفل', expect: ['/glossary/mim/#term-freelancer', '/tools/platforms/'], note: 'typo — ف for ق' },
  {
    query: 'الاستسمار',
    expect: ['/guides/passive-income-and-investing/', '/glossary/alif/#term-investing'],
    note: 'typo — س for ث',
  },
  { query: 'معرص الاعمال', expect: ['/glossary/mim/#term-portfolio'], note: 'typo — ص for ض' },
  { query: 'بروفيل', expect: PROFILE, note: 'typo — a letter left out of بروفايل' },
  {
    query: 'العمولو',
    expect: ['/glossary/ayn/#term-platform-fee', '/tools/platforms/', '/guides/how-marketplaces-work/'],
    note: 'typo — و for ة',
  },
];
