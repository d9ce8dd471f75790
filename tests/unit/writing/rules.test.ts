import { describe, expect, it } from 'vitest';
import { review, type Finding } from '../../../src/lib/writing/rules';
import type { DraftFields, Kind } from '../../../src/lib/writing/kinds';
import type { RuleId } from '../../../src/lib/writing/copy';

const rules = (kind: Kind, draft: DraftFields): RuleId[] => review(kind, draft).map((f) => f.rule);
const finding = (kind: Kind, draft: DraftFields, rule: RuleId): Finding | undefined =>
  review(kind, draft).find((f) => f.rule === rule);
/** The text a finding's ranges cover, field by field. */
const covered = (draft: DraftFields, f: Finding | undefined): string[] =>
  (f?.ranges ?? []).map((r) => (draft[r.field] ?? '').slice(r.start, r.end));

const POST =
  'أحتاج كاتب محتوى يكتب أوصاف منتجات لمتجر ملابس محلية على شوبيفاي. عندي خمسون منتجًا، والعميلات يسألن كثيرًا عن المقاسات والخامات قبل الشراء.';
/** A reply that passes every proposal rule (about 70 words). */
const GOOD_REPLY =
  'مرحبًا، فهمت أن عميلات متجرك يسألن كثيرًا عن المقاسات والخامات قبل الشراء، وهذا يأخذ من وقتك. أقترح أن أكتب لكل منتج وصفًا يجيب عن هذه الأسئلة مسبقًا: المقاس الأنسب، ونوع القماش، وطريقة العناية. كتبت من قبل أوصافًا لمتجر أحذية، وتجد نماذج منها في معرض أعمالي. أبدأ بخمسة منتجات خلال ٣ أيام بسعر ٢٥ دولارًا، لتري الأسلوب قبل أن نكمل بقية المتجر. هل أبدأ بالمنتجات الخمسة الأكثر مبيعًا؟';
const good = (reply: string = GOOD_REPLY): DraftFields => ({ post: POST, reply });

describe('a proposal that follows the guides', () => {
  it('has no findings, with or without tashkeel and tatweel', () => {
    expect(rules('proposal', good())).toEqual([]);
    const decorated = GOOD_REPLY.replace(/متجرك/g, 'مَتْجَرِكِ')
      .replace(/المقاسات/g, 'المقـــاسات')
      .replace(/فهمت/, 'فَهِمْتُ');
    expect(rules('proposal', good(decorated))).toEqual([]);
  });

  it('an empty reply gets no nagging', () => {
    expect(rules('proposal', { post: POST, reply: '' })).toEqual([]);
    expect(rules('proposal', {})).toEqual([]);
  });
});

describe('proposal length', () => {
  it('fails under 40 words and over 300, pointing at the words past 300', () => {
    expect(rules('proposal', good('فهمت طلبك. هل نبدأ غدًا بسعر 20 دولارًا؟'))).toContain('proposal-too-short');
    const long = `${GOOD_REPLY} ${'وأراجع كل وصف مرتين قبل التسليم. '.repeat(50)}`;
    const f = finding('proposal', good(long), 'proposal-too-long');
    expect(f).toBeDefined();
    const start = f!.ranges[0]!.start;
    expect(long.slice(0, start).match(/[\p{L}\p{N}\p{M}]+/gu)).toHaveLength(300);
    expect(f!.ranges[0]!.end).toBe(long.length);
  });

  it('passes in between, counting Latin words as words', () => {
    const withLatin = GOOD_REPLY.replace('متجرك', 'متجرك على Shopify');
    expect(rules('proposal', good(withLatin))).not.toContain('proposal-too-short');
  });

  it('a 100,000-character paste is checked up to the limit and reported, not frozen on', () => {
    const huge = 'أ'.repeat(100_000);
    const started = performance.now();
    const f = finding('proposal', good(huge), 'too-long-to-check');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(f?.ranges).toEqual([{ field: 'reply', start: 20_000, end: 100_000 }]);
  });
});

describe('the opening addresses the client', () => {
  it('fails when the first sentence is about the writer, in standard Arabic and in dialect', () => {
    for (const opening of [
      'أنا مصمم محترف ولدي خبرة طويلة في التصميم.',
      'انا اسمي أحمد وبشتغل في الكتابة من زمان.',
      'السلام عليكم، معاك محمد كاتب محتوى.',
      'مرحبا أستاذ خالد، أنا كاتب.',
      'إنني مترجم معتمد.',
    ]) {
      const reply = `${opening} ${GOOD_REPLY.replace(/^مرحبًا، /, '')}`;
      const f = finding('proposal', good(reply), 'opening-about-you');
      expect(f, opening).toBeDefined();
      expect(covered(good(reply), f)[0]).toBe(opening);
    }
  });

  it('passes when the opening starts from the client or ties the writer to the post', () => {
    expect(rules('proposal', good())).not.toContain('opening-about-you');
    const guideStyle = `مرحبًا أستاذة سارة، أنا كاتب أوصاف منتجات للمتاجر. ${GOOD_REPLY}`;
    expect(rules('proposal', good(guideStyle))).not.toContain('opening-about-you');
    const withYou = `أنا قرأت طلبك عن متجر الملابس. ${GOOD_REPLY}`;
    expect(rules('proposal', good(withYou))).not.toContain('opening-about-you');
  });
});

describe('specifics of the post', () => {
  const generic =
    'مرحبًا، قرأت ما كتبته وأعرف ما تحتاجه. أعمل بعناية وأراجع عملي قبل التسليم، وأرد على الرسائل بسرعة، وأحترم المواعيد التي نتفق عليها، وأقبل التعديلات المعقولة دون نقاش طويل، ويهمني أن تكون راضيًا عن النتيجة في النهاية. أبدأ خلال يومين بسعر 30 دولارًا للمرحلة الأولى. هل نبدأ؟';

  it('fails a reply that could answer any post, and highlights words of the post it could use', () => {
    const f = finding('proposal', good(generic), 'post-specifics');
    expect(f).toBeDefined();
    const hints = covered(good(generic), f);
    expect(hints.length).toBeGreaterThan(0);
    expect(hints.every((h) => POST.includes(h))).toBe(true);
    expect(f!.ranges.every((r) => r.field === 'post')).toBe(true);
  });

  it('matches across the article, prefixes, possessives, hamza and tashkeel', () => {
    // «المقاسات» in the post, «مقاساتك» here; «الخامات» there, «بالخامات» here; «منتجات» there, «مُنتَجَات» here.
    const varied = generic.replace('قرأت ما كتبته', 'قرأت ما كتبته عن مقاساتك وبالخامات ومُنتَجَات');
    expect(rules('proposal', good(varied))).not.toContain('post-specifics');
  });

  it('asks for the post when it is missing', () => {
    expect(rules('proposal', { reply: GOOD_REPLY })).toContain('post-missing');
  });
});

describe('a question for the client', () => {
  it('fails without one and points at the last sentence', () => {
    const reply = GOOD_REPLY.replace('هل أبدأ بالمنتجات الخمسة الأكثر مبيعًا؟', 'أنتظر موافقتك لأبدأ بالمنتجات الخمسة.');
    const f = finding('proposal', good(reply), 'no-question');
    expect(covered(good(reply), f)).toEqual(['أنتظر موافقتك لأبدأ بالمنتجات الخمسة.']);
  });

  it('passes with ؟, with ?, and with a dialect question without a mark', () => {
    expect(rules('proposal', good(GOOD_REPLY.replace('؟', '?')))).not.toContain('no-question');
    const dialect = GOOD_REPLY.replace('هل أبدأ بالمنتجات الخمسة الأكثر مبيعًا؟', 'ممكن تبعتلي أسماء المنتجات الخمسة');
    expect(rules('proposal', good(dialect))).not.toContain('no-question');
  });
});

describe('delivery time and price', () => {
  const without = GOOD_REPLY.replace('أبدأ بخمسة منتجات خلال ٣ أيام بسعر ٢٥ دولارًا، لتري', 'أبدأ بخمسة منتجات لتري');

  it('fail when neither is stated', () => {
    expect(rules('proposal', good(without))).toEqual(expect.arrayContaining(['no-delivery-time', 'no-price']));
  });

  it.each([
    ['Western digits', 'خلال 3 أيام بسعر 25 دولارًا'],
    ['Arabic-Indic digits', 'خلال ٣ أيام بسعر ٢٥ دولارًا'],
    ['Persian digits', 'خلال ۳ أيام بسعر ۲۵ دولارًا'],
    ['a dual and a currency sign', 'خلال يومين مقابل $25'],
    ['a week and a Latin currency code', 'في أسبوع واحد، والتكلفة 40 USD'],
    ['tatweel and tashkeel', 'خلال ٣ أيّـــام بسِعر ٢٥ ريالًا'],
    ['Gulf dialect', 'أسلمك بكرة والسعر علي ٥٠ ريال'],
  ])('pass with %s', (_, phrase) => {
    const reply = without.replace('أبدأ بخمسة منتجات لتري', `أبدأ بخمسة منتجات ${phrase}، لتري`);
    const found = rules('proposal', good(reply));
    expect(found).not.toContain('no-delivery-time');
    expect(found).not.toContain('no-price');
  });

  it('a bare number is neither a time nor a price', () => {
    const reply = without.replace('أبدأ بخمسة منتجات لتري', 'أبدأ بـ 5 منتجات لتري');
    expect(rules('proposal', good(reply))).toEqual(expect.arrayContaining(['no-delivery-time', 'no-price']));
  });
});

describe('no contact details or outside links', () => {
  it.each([
    ['an email', 'راسلني على ahmed.k@example.com'],
    ['a link', 'أعمالي على https://behance.net/ahmed'],
    ['a bare domain', 'شاهد موقعي ahmed-design.com'],
    ['a phone in Western digits', 'اتصل بي 0551234567'],
    ['a phone in Arabic-Indic digits with spaces', 'رقمي ٠٥٥ ١٢٣ ٤٥٦٧'],
    ['a phone in Persian digits', 'رقمي ۰۵۵۱۲۳۴۵۶۷'],
    ['WhatsApp in Arabic', 'كلمني على الواتس'],
    ['WhatsApp in Latin letters', 'on WhatsApp please'],
    ['Telegram', 'أو تيليجرام'],
  ])('flags %s and highlights it', (_, phrase) => {
    const reply = `${GOOD_REPLY} ${phrase}.`;
    const f = finding('proposal', good(reply), 'contact');
    expect(f, phrase).toBeDefined();
    expect(covered(good(reply), f).every((c) => phrase.includes(c.trim()))).toBe(true);
  });

  it('passes prices, delivery times and Latin tool names', () => {
    const reply = GOOD_REPLY.replace('متجرك', 'متجرك على Shopify.');
    expect(rules('proposal', good(reply))).not.toContain('contact');
  });
});

describe('stock phrases', () => {
  it('flags them whatever the spelling, and highlights each', () => {
    const reply = `${GOOD_REPLY} أتمنى أن ينال عرضي إعجابكم، وسأنفذه على أكمل وَجـــه وبأسرع وقت.`;
    const f = finding('proposal', good(reply), 'stock-phrase');
    expect(covered(good(reply), f)).toEqual(['أتمنى أن ينال عرضي إعجابكم', 'على أكمل وَجـــه', 'وبأسرع وقت']);
  });

  it('passes the same words in a specific sentence', () => {
    expect(rules('proposal', good())).not.toContain('stock-phrase');
    expect(rules('proposal', good(`${GOOD_REPLY} أراجع الأوصاف في وقت تحدده أنت.`))).not.toContain('stock-phrase');
  });
});

describe('template holes', () => {
  it.each(['[اسم العميل]', '...', '…', '{المجال}', '____'])('flags %s', (hole) => {
    const reply = GOOD_REPLY.replace('مرحبًا،', `مرحبًا ${hole}،`);
    expect(covered(good(reply), finding('proposal', good(reply), 'template-hole'))).toEqual([hole]);
  });

  it('passes ordinary punctuation and a full stop', () => {
    expect(rules('proposal', good())).not.toContain('template-hole');
  });
});

describe('long sentences', () => {
  it('flags a sentence over 40 words and passes shorter ones', () => {
    const long = `وأراجع ${'كل وصف مع صاحبة المتجر و'.repeat(10)}أسلمه.`;
    const reply = `${GOOD_REPLY} ${long}`;
    expect(covered(good(reply), finding('proposal', good(reply), 'long-sentence'))).toEqual([long]);
    expect(rules('proposal', good())).not.toContain('long-sentence');
  });
});

describe('service', () => {
  const goodService: DraftFields = {
    title: 'سأكتب وصفًا مقنعًا لخمسة منتجات في متجرك خلال يومين',
    description:
      'إن كان لديك متجر إلكتروني وتكثر أسئلة الزبائن عن المقاس والخامة، فهذه الخدمة لك. أكتب لكل منتج وصفًا من مئة كلمة يجيب عن أسئلة المشتري قبل أن يسألها: المقاس، والخامة، وطريقة الاستعمال والعناية. تستلم الأوصاف في ملف نصي واحد، مع تعديل واحد مجاني على كل وصف، وأراجع كل وصف مرتين قبل التسليم.',
    delivery: '٢',
    extras: 'خمسة منتجات إضافية: 10 دولارات\nتسليم في يوم واحد: ٥ دولارات',
    instructions: 'أرسل روابط المنتجات وصورها، واذكر الفئة التي تشتري منك.',
  };

  it('a complete service page has no findings', () => {
    expect(rules('service', goodService)).toEqual([]);
  });

  it('the title must say the time and what the buyer gets', () => {
    expect(rules('service', { ...goodService, title: 'سأكتب وصفًا مقنعًا لخمسة منتجات في متجرك' })).toContain(
      'service-title-time',
    );
    expect(rules('service', { ...goodService, title: 'كتابة محتوى خلال ٢٤ ساعة' })).toContain('service-title-vague');
    expect(rules('service', { ...goodService, title: 'هكتبلك وصف حلو لمنتجات متجرك في ۳ أيام' })).toEqual([]);
  });

  it('the description answers who, what, how long and what is needed', () => {
    expect(rules('service', { ...goodService, description: 'أكتب أوصاف منتجات.' })).toEqual(
      expect.arrayContaining(['service-description-short', 'service-who']),
    );
    expect(rules('service', { ...goodService, delivery: '' })).not.toContain('service-time');
    expect(
      rules('service', { ...goodService, delivery: '', title: 'سأكتب وصفًا مقنعًا لخمسة منتجات في متجرك' }),
    ).toContain('service-time');
    expect(rules('service', { ...goodService, instructions: '' })).toContain('service-needs');
    const needsInText = {
      ...goodService,
      instructions: '',
      description: `${goodService.description} أحتاج منك روابط المنتجات.`,
    };
    expect(rules('service', needsInText)).not.toContain('service-needs');
  });

  it('every extra has a price, in any digit set', () => {
    const extras = 'ملف مفتوح المصدر\nتسليم سريع ۵ دولار\nصياغة ثانية';
    const f = finding('service', { ...goodService, extras }, 'extra-unpriced');
    expect(covered({ extras }, f)).toEqual(['ملف مفتوح المصدر', 'صياغة ثانية']);
  });

  it('contact details in a service page are flagged too', () => {
    expect(rules('service', { ...goodService, instructions: 'ابعتلي الملفات على الواتس' })).toContain('contact');
  });
});

describe('profile', () => {
  const goodProfile: DraftFields = {
    title: 'مترجم من الإنجليزية إلى العربية للمتاجر',
    bio: 'أترجم صفحات المتاجر والمواقع من الإنجليزية إلى العربية بلغة تناسب القارئ العربي. ترجمت أوصاف أكثر من 300 منتج ونشرات بريدية، وأراجع كل نص مرتين قبل تسليمه.',
  };

  it('a specific profile with proof has no findings', () => {
    expect(rules('profile', goodProfile)).toEqual([]);
    expect(rules('profile', { ...goodProfile, bio: goodProfile.bio!.replace('300', '٣٠٠') })).toEqual([]);
  });

  it('the title names a specialty and the first line repeats it', () => {
    expect(rules('profile', { ...goodProfile, title: 'مستقل محترف' })).toContain('profile-no-specialty');
    expect(rules('profile', { ...goodProfile, title: 'Freelancer مبدع' })).toContain('profile-no-specialty');
    const bio = `مرحبًا بك في ملفي الشخصي. ${goodProfile.bio}`;
    const f = finding('profile', { ...goodProfile, bio }, 'profile-first-line');
    expect(covered({ bio }, f)).toEqual(['مرحبًا بك في ملفي الشخصي.']);
  });

  it('the bio shows proof: a number or work done', () => {
    const bio = 'أترجم صفحات المتاجر من الإنجليزية إلى العربية. أحب اللغة وأهتم بالتفاصيل.';
    expect(rules('profile', { ...goodProfile, bio })).toContain('profile-no-proof');
    expect(rules('profile', { ...goodProfile, bio: `${bio} تجد نماذج في معرض أعمالي.` })).not.toContain(
      'profile-no-proof',
    );
  });

  it('flags generic claims, in any spelling', () => {
    const bio = `${goodProfile.bio} أنا شابٌّ طَموح أعمل بجـــد، ومحترف في جميع المجالات.`;
    const f = finding('profile', { ...goodProfile, bio }, 'generic-claim');
    expect(JSON.stringify(covered({ bio }, f))).toBe(JSON.stringify(['شابٌّ طَموح', 'أعمل بجـــد', 'ومحترف في جميع']));
  });
});
