/** Running a search plan against a Pagefind-shaped engine: which lookups are made, with which filters, in which order results come. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planSearch, type Lexicon, type SearchPlan } from '../../../src/lib/search/query';
import { runPlan, type Engine, type EngineResult } from '../../../src/lib/search/run';

interface Call {
  term: string;
  filters: Record<string, string> | undefined;
}

/** A fake engine: each term finds the listed pages (id, or [id, score]); unknown terms find nothing. */
function fakeEngine(index: Record<string, (string | [string, number])[] | null>) {
  const calls: Call[] = [];
  const engine: Engine<{ title: string }> = {
    search: async (term, options) => {
      calls.push({ term, filters: options?.filters });
      const found = index[term];
      if (found === null) return null;
      return {
        results: (found ?? []).map((entry) => {
          const [id, score] = typeof entry === 'string' ? [entry, 1] : entry;
          return { id, score, data: async () => ({ title: `${id} (${term})` }) };
        }),
      };
    },
  };
  return { engine, calls, terms: () => calls.map((c) => c.term) };
}

/** A fake engine over pages of text: a term finds the pages holding every one of its words. */
function pagesEngine(pages: Record<string, string>) {
  const calls: Call[] = [];
  const engine: Engine<string> = {
    search: async (term, options) => {
      calls.push({ term, filters: options?.filters });
      const wanted = term.split(' ');
      const results = Object.entries(pages)
        .filter(([, text]) => wanted.every((w) => text.split(' ').includes(w)))
        .map(([id]) => ({ id, score: 1, data: async () => id }));
      return { results };
    },
  };
  return { engine, calls };
}

const ids = (results: EngineResult<unknown>[]) => results.map((r) => r.id);

describe('runPlan: empty plans', () => {
  it.each(['', '   ', 'في من على', 'ت'])('makes no engine call for «%s»', async (raw) => {
    const { engine, calls } = fakeEngine({});
    const plan = planSearch(raw);
    expect(plan.empty).not.toBeNull();
    expect(await runPlan(engine, plan)).toEqual({ results: [] });
    expect(calls).toEqual([]);
  });
});

describe('runPlan: whole-query variants', () => {
  it('merges the hits of every whole-query variant («والتسعير» also finds pages with «التسعير»)', async () => {
    const { engine, terms } = fakeEngine({ والتسعير: ['a'], التسعير: ['b', 'a'] });
    const { results } = await runPlan(engine, planSearch('والتسعير'));
    expect(terms()).toEqual(['والتسعير', 'التسعير']);
    expect(ids(results)).toEqual(['a', 'b']);
  });

  it('finds pages through a synonym from the lexicon', async () => {
    const lexicon: Lexicon = [['مستقل', 'فريلانسر', 'freelancer']];
    const { engine, terms } = fakeEngine({ مستقل: ['guide'] });
    const { results } = await runPlan(engine, planSearch('فريلانسر', lexicon));
    expect(terms()).toContain('مستقل');
    expect(terms()).not.toContain('freelancer');
    expect(ids(results)).toEqual(['guide']);
  });

  it("ranks the typed word's hits above those of a weaker variant with the same score", async () => {
    const { engine } = fakeEngine({ أسعاري: ['mine'], أسعار: ['prices'] });
    expect(ids((await runPlan(engine, planSearch('أسعاري'))).results)).toEqual(['mine', 'prices']);
  });

  it('lists each page once, keeping the result object of its first hit', async () => {
    const { engine } = fakeEngine({ والتسعير: [['a', 0.5]], التسعير: [['a', 2], 'b'] });
    const { results } = await runPlan(engine, planSearch('والتسعير'));
    expect(ids(results)).toEqual(['a', 'b']);
    expect(results[0]!.score).toBe(0.5);
    expect(await results[0]!.data()).toEqual({ title: 'a (والتسعير)' });
  });

  it('treats an engine answering null as no hits', async () => {
    const { engine } = fakeEngine({ والتسعير: null, التسعير: ['b'] });
    expect(ids((await runPlan(engine, planSearch('والتسعير'))).results)).toEqual(['b']);
  });

  it('returns nothing when nothing matches', async () => {
    const { engine } = fakeEngine({});
    expect(await runPlan(engine, planSearch('أجد عميلي'))).toEqual({ results: [] });
  });
});

describe('runPlan: per-word searches', () => {
  it('runs per-word searches when fewer than `enough` pages hold the whole query', async () => {
    const { engine, terms } = fakeEngine({ 'أجد عميلي': ['both'], أجد: ['both', 'find'], عميل: ['client'] });
    const { results } = await runPlan(engine, planSearch('أجد عميلي'));
    expect(terms()).toEqual(['أجد عميلي', 'أجد عميل', 'أجد', 'عميلي', 'عميل']);
    expect(ids(results)).toEqual(['both', 'find', 'client']);
  });

  it('skips them when the whole query already finds `enough` pages', async () => {
    const five = ['p1', 'p2', 'p3', 'p4', 'p5'];
    const { engine, terms } = fakeEngine({ 'أجد عميلي': five.slice(0, 3), 'أجد عميل': five.slice(2), أجد: ['other'] });
    const { results } = await runPlan(engine, planSearch('أجد عميلي'));
    expect(terms()).toEqual(['أجد عميلي', 'أجد عميل']);
    expect(ids(results)).not.toContain('other');
    expect(results).toHaveLength(5);
  });

  it('counts distinct pages against `enough`, not hits', async () => {
    const { engine, terms } = fakeEngine({ 'أجد عميلي': ['p1', 'p2', 'p3'], 'أجد عميل': ['p1', 'p2', 'p3'] });
    await runPlan(engine, planSearch('أجد عميلي'), {}, 4);
    expect(terms()).toContain('أجد');
  });

  it('respects a custom `enough`', async () => {
    const index = { 'أجد عميلي': ['p1', 'p2'] };
    const few = fakeEngine(index);
    await runPlan(few.engine, planSearch('أجد عميلي'), {}, 2);
    expect(few.terms()).toEqual(['أجد عميلي', 'أجد عميل']);
    const more = fakeEngine(index);
    await runPlan(more.engine, planSearch('أجد عميلي'), {}, 3);
    expect(more.terms()).toContain('عميلي');
  });

  it('never runs per-word searches for a one-word query without synonyms', async () => {
    const { engine, terms } = fakeEngine({});
    await runPlan(engine, planSearch('والتسعير'));
    expect(terms()).toEqual(['والتسعير', 'التسعير']);
  });

  it('ranks pages holding every word above pages holding one', async () => {
    const { engine } = pagesEngine({
      one: 'التسعير فقط',
      both: 'التسعير ثم العمولة',
      other: 'العمولة وحدها',
    });
    const { results } = await runPlan(engine, planSearch('التسعير العمولة بالقيمة'));
    expect(ids(results)[0]).toBe('both');
    expect(ids(results).sort()).toEqual(['both', 'one', 'other']);
  });

  it('ranks a page holding the whole query above pages holding every word separately', async () => {
    const { engine } = fakeEngine({
      'أجد عميلي': ['exact'],
      أجد: ['exact', 'scattered'],
      عميلي: ['exact', 'scattered'],
    });
    expect(ids((await runPlan(engine, planSearch('أجد عميلي'))).results)).toEqual(['exact', 'scattered']);
  });
});

describe('runPlan: filters', () => {
  it('passes the filters to every lookup, whole and per word', async () => {
    const filters = { النوع: 'دليل', المستوى: 'مبتدئ' };
    const { engine, calls } = fakeEngine({ أجد: ['a'] });
    await runPlan(engine, planSearch('كيف أجد عميلي الأول'), filters);
    expect(calls.length).toBeGreaterThan(2);
    for (const call of calls) expect(call.filters).toEqual(filters);
  });

  it('passes empty filters when none are given', async () => {
    const { engine, calls } = fakeEngine({});
    await runPlan(engine, planSearch('تسعير'));
    expect(calls).toEqual([{ term: 'تسعير', filters: {} }]);
  });
});

describe('runPlan: properties', () => {
  const pageIds = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
  const index = fc.dictionary(
    fc.constantFrom('أجد عميلي الأول', 'أجد عميل الأول', 'أجد', 'عميلي', 'عميل', 'الأول'),
    fc.array(fc.tuple(fc.constantFrom(...pageIds), fc.double({ min: 0.01, max: 5, noNaN: true })), { maxLength: 5 }),
  );

  it('returns each page found exactly once, and only pages the engine found', async () => {
    const plan: SearchPlan = planSearch('كيف أجد عميلي الأول');
    await fc.assert(
      fc.asyncProperty(index, fc.integer({ min: 0, max: 8 }), async (entries, enough) => {
        const { engine, terms } = fakeEngine(entries);
        const { results } = await runPlan(engine, plan, {}, enough);
        const found = new Set(terms().flatMap((t) => (entries[t] ?? []).map(([id]) => id)));
        return (
          new Set(ids(results)).size === results.length &&
          results.length === found.size &&
          results.every((r) => found.has(r.id))
        );
      }),
    );
  });

  it('only searches terms of the plan', async () => {
    const plan = planSearch('كيف أجد عميلي الأول');
    const planned = new Set([...plan.whole, ...plan.perWord.flat()].map((q) => q.text));
    await fc.assert(
      fc.asyncProperty(index, async (entries) => {
        const { engine, terms } = fakeEngine(entries);
        await runPlan(engine, plan);
        return terms().every((t) => planned.has(t)) && plan.whole.every((q) => terms().includes(q.text));
      }),
    );
  });
});
