/**
 * Content collections. Every editorial file lives under `content/<collection>/`
 * and is validated here at build time: a wrong field fails the build with
 * Astro's message naming the collection, the entry, the field and the file.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { STABLE_ID, duplicateIds } from './lib/content/stable-ids';
import { TOOL_IDS } from './lib/content/tools';
import { LEVELS } from './lib/content/levels';
import { PAYOUT_AVAILABILITY, PAYOUT_METHODS } from './lib/content/payouts';

const mdx = (collection: string) => glob({ pattern: '**/[^_]*.mdx', base: `./content/${collection}` });
const yaml = (collection: string) => glob({ pattern: '**/[^_]*.{yaml,yml}', base: `./content/${collection}` });

const stableId = z
  .string()
  .regex(STABLE_ID, 'must be a lowercase ASCII slug such as "add-portfolio"')
  .describe('Stable id: never changes when the text or the order changes, so saved progress survives.');

/** The articles and publications that facts on the site come from. */
const sources = defineCollection({
  loader: yaml('sources'),
  schema: z.object({
    title: z
      .string()
      .min(3)
      .describe(
        'Title of the article as published (spelling mistakes corrected silently), or a plain descriptive title when it had none; never an editorial note.',
      ),
    titleIsDescriptive: z
      .boolean()
      .default(false)
      .describe(
        'True when the article had no title of its own and `title` describes it; pages then show it without quotes.',
      ),
    publication: z
      .string()
      .min(2)
      .describe(
        'Who published it (newspaper, blog, forum), in plain words; say nothing rather than an editorial note.',
      ),
    published: z
      .string()
      .min(4)
      .describe(
        'Arabic: when it was published, as a date when the article gives one, else the era its own content points to and why (e.g. a payment method long gone). Shown wherever sources are listed.',
      ),
    caveat: z
      .string()
      .min(10)
      .optional()
      .describe(
        'Arabic: what in its figures or facts may have changed since, shown beside every story and guide that cites it. Required in practice for sources whose figures are old.',
      ),
    url: z.url().optional().describe('Public address, when the article names one.'),
    seed: z
      .string()
      .regex(/^\d{3}_[0-9a-f]{16}\.txt$/)
      .optional()
      .describe('File name of the source article in shared/seeds/ that this entry stands for.'),
    summary: z.string().min(10).describe('One Arabic sentence on what the source covers.'),
  }),
});

/** Marketplaces where freelancers sell. Facts that could not be checked are listed in `unverified`. */
const PLATFORM_FACTS = ['feePercent', 'minimumPrice', 'buyerPayment', 'sellerWithdrawal', 'feeModel'] as const;
/**
 * One fee figure of a platform beyond its commission: either checked (the figure, when and against which public
 * page) or unverified (a figure reported elsewhere, or null when unknown, and what the reader should check where).
 * The tools leave unknown figures out of their sums and say so; an unverified figure is labelled wherever it shows.
 */
const feeFigure = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('verified'),
    value: z.number().min(0).describe('The figure as checked.'),
    verifiedAt: z.coerce.date().describe('When it was checked.'),
    verifiedSource: z.url().describe('The platform page it was checked against.'),
  }),
  z.object({
    status: z.literal('unverified'),
    value: z.number().min(0).nullable().describe('A figure not checked on the platform; null when unknown.'),
    check: z.string().min(20).describe('What the reader should check, and where, before counting on it.'),
  }),
]);

const platforms = defineCollection({
  loader: yaml('platforms'),
  schema: z
    .object({
      name: z.string().min(2).describe('Arabic name of the marketplace.'),
      nameLatin: z.string().min(2).describe('Latin spelling, shown isolated with <bdi>.'),
      url: z.url().describe('Home page of the marketplace.'),
      operator: z.string().optional().describe('Company that runs it, when known.'),
      sells: z
        .array(z.enum(['microservices', 'projects']))
        .min(1)
        .describe('What is bought there: small fixed-price services, or quoted projects.'),
      description: z.string().min(20).describe('Two or three Arabic sentences on how the marketplace works.'),
      feeModel: z.string().min(5).describe('How the marketplace takes its cut, in Arabic.'),
      feePercent: z
        .number()
        .min(0)
        .max(100)
        .nullable()
        .describe('Share of each payment the platform keeps, in %. null when unknown.'),
      minimumPrice: z
        .number()
        .positive()
        .nullable()
        .describe('Lowest price a service or project can have. null when unknown.'),
      currency: z
        .string()
        .regex(/^[A-Z]{3}$/)
        .describe('ISO 4217 code of the prices.'),
      fees: z
        .object({
          fixedPerOrder: feeFigure.describe('Fixed amount kept from the seller on each order, in `currency`.'),
          buyerPercent: feeFigure.describe('Service fee the buyer pays on top of the price, in %.'),
          withdrawalPercent: feeFigure.describe('Share the platform itself charges on a withdrawal, in %.'),
          withdrawalFixed: feeFigure.describe('Fixed amount the platform charges per withdrawal, in `currency`.'),
        })
        .describe('The fee model beyond the commission, each figure checked or labelled unverified.'),
      buyerPayment: z
        .array(z.string().min(2))
        .describe('How clients pay the platform (card, PayPal…); empty when unknown. Never a withdrawal method.'),
      sellerWithdrawal: z
        .array(z.string().min(2))
        .describe('How sellers take their balance out of the platform; empty when unknown.'),
      verifiedAt: z.coerce
        .date()
        .nullable()
        .describe('When the facts were last checked against the platform; null when never.'),
      unverified: z
        .array(z.enum(PLATFORM_FACTS))
        .default([])
        .describe('Facts not checked at `verifiedAt`: shown as unverified and left editable in the tools.'),
      source: reference('sources')
        .optional()
        .describe('The source article that mentions the platform; absent when none of them does.'),
    })
    .refine((p) => p.verifiedAt !== null || PLATFORM_FACTS.every((f) => p.unverified.includes(f)), {
      message: 'a platform with verifiedAt: null must list every fact in `unverified`',
      path: ['unverified'],
    }),
});

/**
 * Which withdrawal methods work in a country: one file per country. Every cell is either `verified` (checked on a
 * date against a named public page) or `unverified` (with what the reader should check and where): availability
 * changes with sanctions, banks and the providers' own rules, so nothing here is stated as certain unless checked.
 */
const payoutCell = z.discriminatedUnion('status', [
  z.object({
    method: z.enum(PAYOUT_METHODS).describe('The withdrawal method (see src/lib/content/payouts.ts).'),
    availability: z.enum(PAYOUT_AVAILABILITY).describe('What is claimed about the method in this country.'),
    note: z.string().min(10).optional().describe('One Arabic sentence of context (limits, what it needs).'),
    status: z.literal('verified'),
    verifiedAt: z.coerce.date().describe('When the claim was checked.'),
    verifiedSource: z.url().describe('The public page the claim was checked against.'),
  }),
  z.object({
    method: z.enum(PAYOUT_METHODS).describe('The withdrawal method (see src/lib/content/payouts.ts).'),
    availability: z.enum(PAYOUT_AVAILABILITY).describe('What is claimed (reported, never certain) in this country.'),
    note: z.string().min(10).optional().describe('One Arabic sentence of context (limits, what it needs).'),
    status: z.literal('unverified'),
    check: z.string().min(20).describe('What the reader should check, and where, before relying on this cell.'),
  }),
]);
const payoutOptions = defineCollection({
  loader: yaml('payout-options'),
  schema: z.object({
    country: z.string().min(2).describe('Arabic name of the country.'),
    methods: z
      .array(payoutCell)
      .min(1)
      .superRefine((cells, ctx) => {
        for (const m of duplicateIds(cells.map((c) => c.method))) {
          ctx.addIssue({ code: 'custom', message: `method "${m}" is listed more than once` });
        }
      })
      .describe('One cell per withdrawal method, each flagged verified or unverified.'),
  }),
});

/** Learning guides: the heart of the site. Reading time is computed from the body, never written by hand. */
const guides = defineCollection({
  loader: mdx('guides'),
  schema: z.object({
    title: z.string().min(5).max(90).describe('Arabic title, shown as the page heading.'),
    description: z
      .string()
      .min(40)
      .max(220)
      .describe('One or two sentences for lists, search results and social cards.'),
    level: z.enum(LEVELS).describe('Who the guide is for: مبتدئ، متوسط or متقدم.'),
    tags: z.array(z.string().min(2)).min(1).describe('Topic tags in Arabic; used to relate entries.'),
    prerequisites: z.array(reference('guides')).default([]).describe('Guides to read first.'),
    sources: z
      .array(reference('sources'))
      .min(1)
      .describe('Articles the facts and figures come from; shown on the page.'),
    updated: z.coerce.date().describe('Date of the last meaningful edit.'),
    draft: z.boolean().default(false).describe('Drafts are built in dev only and never published.'),
    workedExamples: z
      .array(
        z.object({
          id: stableId,
          tool: z.enum(['pricing', 'goals']).describe('The tool whose form the example is typed into.'),
          currency: z
            .string()
            .regex(/^[A-Z]{3}$/)
            .describe('ISO 4217 code of the amounts, as chosen in the tool.'),
          fields: z
            .record(z.string(), z.string())
            .describe(
              'What the reader types, by form field id (pricing/form.ts FIELDS, goals/form.ts GOAL_FORM); the rest keep their defaults.',
            ),
          figures: z
            .record(z.string(), z.number())
            .describe(
              'Results the guide states, by name, exactly as written in the text; tests/unit/content/worked-examples.test.ts recomputes them.',
            ),
        }),
      )
      .default([])
      .describe('Worked examples whose figures must match what the site’s tools compute for the same inputs.'),
  }),
});

/** Sellers' stories, with their figures as numbers so they can be compared and shown consistently. */
const stories = defineCollection({
  loader: mdx('stories'),
  schema: z.object({
    title: z.string().min(5).max(90).describe('Arabic headline of the story.'),
    description: z.string().min(40).max(220).describe('One or two sentences for lists and search.'),
    seller: z.string().min(2).describe('Name as given by the source, or a description when it gave none.'),
    country: z.string().min(2).optional().describe('Country, when the source gives it.'),
    specialty: z.string().min(2).describe('What the seller sells.'),
    platform: reference('platforms')
      .optional()
      .describe('Marketplace the story happened on; absent for direct clients.'),
    figures: z
      .object({
        incomeSharePercent: z
          .number()
          .min(0)
          .max(100)
          .optional()
          .describe('Share of monthly income earned online, in %.'),
        monthsOnPlatform: z
          .number()
          .int()
          .positive()
          .optional()
          .describe('Months on the platform when the figure was given.'),
        servicesSold: z.number().int().nonnegative().optional().describe('Services sold.'),
        servicesSoldIsMinimum: z
          .boolean()
          .default(false)
          .describe('True when the source says "more than" servicesSold.'),
        age: z.number().int().min(10).max(100).optional().describe('Age when the source gives it.'),
        yearsWithClients: z
          .number()
          .positive()
          .optional()
          .describe('How long the same clients kept ordering, in years.'),
      })
      .default({ servicesSoldIsMinimum: false }),
    lessons: z.array(z.string().min(2)).min(1).describe('Lesson tags in Arabic (e.g. التخصص، الالتزام بالمواعيد).'),
    pullQuote: z
      .string()
      .min(20)
      .max(200)
      .optional()
      .describe(
        "A sentence copied from this story's own text on the site, shown as a pull quote; never words put in the seller's mouth.",
      ),
    lessonLine: z.string().min(10).max(140).optional().describe('The lesson in one line, in our words.'),
    source: reference('sources').describe('Article the story and its figures come from.'),
    updated: z.coerce.date().describe('Date of the last meaningful edit.'),
  }),
});

/** Checklists the reader can tick. Item ids are stable so saved ticks survive edits. */
const checklists = defineCollection({
  loader: yaml('checklists'),
  schema: z.object({
    title: z.string().min(5).max(90).describe('Arabic title.'),
    description: z.string().min(40).max(220).describe('What the list checks and when to use it.'),
    guide: reference('guides').describe('The guide this checklist belongs to.'),
    items: z
      .array(
        z.object({
          id: stableId,
          text: z.string().min(5).describe('The check, as a short Arabic sentence.'),
          detail: z.string().min(5).optional().describe('Why it matters or how to do it.'),
          guide: reference('guides').optional().describe('A guide that explains this item.'),
        }),
      )
      .min(3)
      .superRefine((items, ctx) => {
        for (const id of duplicateIds(items.map((i) => i.id))) {
          ctx.addIssue({ code: 'custom', message: `item id "${id}" is used more than once` });
        }
      })
      .describe('The checks, in the order a reader should do them.'),
    updated: z.coerce.date().describe('Date of the last meaningful edit.'),
  }),
});

const pathStep = z.discriminatedUnion('kind', [
  z.object({ id: stableId, kind: z.literal('guide'), guide: reference('guides').describe('Guide to read.') }),
  z.object({
    id: stableId,
    kind: z.literal('checklist'),
    checklist: reference('checklists').describe('Checklist to complete.'),
  }),
  z.object({
    id: stableId,
    kind: z.literal('tool'),
    tool: z.enum(TOOL_IDS).describe('Tool to use (see src/lib/content/tools.ts).'),
    title: z.string().min(5).describe('What to do with the tool, in Arabic.'),
  }),
]);

/** Learning paths: ordered modules of ordered steps. */
const paths = defineCollection({
  loader: yaml('paths'),
  schema: z.object({
    title: z.string().min(5).describe('Arabic name of the path.'),
    description: z.string().min(40).describe('Who the path is for and where it leads.'),
    modules: z
      .array(
        z.object({
          id: stableId,
          title: z.string().min(3).describe('Arabic module title.'),
          goal: z.string().min(10).describe('What the reader can do after the module.'),
          steps: z.array(pathStep).min(1),
        }),
      )
      .min(1)
      .superRefine((modules, ctx) => {
        const ids = modules.flatMap((m) => [m.id, ...m.steps.map((s) => s.id)]);
        for (const id of duplicateIds(ids)) {
          ctx.addIssue({ code: 'custom', message: `module or step id "${id}" is used more than once in this path` });
        }
      }),
  }),
});

/**
 * Self-checks: 4 to 6 questions per module of a path, one file per module (content/self-checks/<path>/<module>.yaml).
 * Question ids are unique across the site and never reused: saved answers are kept by them. Checks across entries
 * (the path and module exist, question ids unique, the `learn` heading exists in the guide) run at build in
 * src/lib/content/curriculum.ts.
 */
const OPTION_IDS = ['a', 'b', 'c', 'd'] as const;
const question = z
  .object({
    id: stableId,
    scenario: z.string().min(20).describe('Arabic: a short concrete situation, one to three sentences.'),
    prompt: z.string().min(3).describe('Arabic: the question itself, e.g. «ماذا تفعل؟».'),
    multiple: z
      .boolean()
      .default(false)
      .describe('True for a declared multi-answer question: then at least two options are correct.'),
    options: z
      .array(
        z.object({
          id: z.enum(OPTION_IDS).describe('Stable within the question: a, b, c or d.'),
          text: z.string().min(2).describe('Arabic: the option as the learner reads it.'),
          correct: z.boolean().default(false).describe('Whether choosing this option is right.'),
          why: z.string().min(10).describe('Arabic: why this option is right or wrong, one or two sentences.'),
        }),
      )
      .min(3)
      .max(4)
      .superRefine((options, ctx) => {
        for (const id of duplicateIds(options.map((o) => o.id)))
          ctx.addIssue({ code: 'custom', message: `option id "${id}" is used more than once in this question` });
      }),
    learn: z
      .object({
        guide: reference('guides').describe('The guide that teaches the answer.'),
        heading: z
          .string()
          .min(1)
          .describe("The heading's id as on the built page (github-slugger of its text, as Astro makes it)."),
      })
      .describe('Where the learner reads why.'),
  })
  .superRefine((q, ctx) => {
    const right = q.options.filter((o) => o.correct).length;
    if (!q.multiple && right !== 1)
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `question "${q.id}" has ${right} correct options: exactly one must be correct, or declare multiple: true`,
      });
    if (q.multiple && right < 2)
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `question "${q.id}" is declared multiple: true but has ${right} correct option(s): at least two must be correct`,
      });
  });
const selfChecks = defineCollection({
  loader: yaml('self-checks'),
  schema: z.object({
    path: reference('paths').describe('The path the module belongs to.'),
    module: stableId.describe('Id of the module in that path.'),
    questions: z
      .array(question)
      .min(4, 'a self-check has 4 to 6 questions')
      .max(6, 'a self-check has 4 to 6 questions')
      .superRefine((questions, ctx) => {
        for (const id of duplicateIds(questions.map((q) => q.id)))
          ctx.addIssue({ code: 'custom', message: `question id "${id}" is used more than once` });
      }),
  }),
});

/** A project per module: a deliverable with 3 to 5 acceptance criteria the learner ticks. */
const projects = defineCollection({
  loader: yaml('projects'),
  schema: z.object({
    path: reference('paths').describe('The path the module belongs to.'),
    module: stableId.describe('Id of the module in that path.'),
    title: z.string().min(5).describe('Arabic: what the learner makes.'),
    deliverable: z.string().min(20).describe('Arabic: what the learner ends up holding, one or two sentences.'),
    criteria: z
      .array(
        z.object({
          id: stableId,
          text: z.string().min(5).describe('Arabic: one acceptance criterion the learner ticks.'),
        }),
      )
      .min(3, 'a project has 3 to 5 criteria')
      .max(5, 'a project has 3 to 5 criteria')
      .superRefine((criteria, ctx) => {
        for (const id of duplicateIds(criteria.map((c) => c.id)))
          ctx.addIssue({ code: 'custom', message: `criterion id "${id}" is used more than once` });
      }),
    tool: z
      .object({
        name: z.enum(TOOL_IDS).describe('The site tool that helps produce the deliverable.'),
        label: z.string().min(5).describe('Arabic: the link text.'),
        params: z
          .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
          .optional()
          .describe("Query parameters for the tool's address, e.g. writing: { kind: proposal }."),
      })
      .optional(),
  }),
});

/** Glossary: one term per file; the glossary decides which word the whole site uses. */
const glossary = defineCollection({
  loader: yaml('glossary'),
  schema: z.object({
    term: z.string().min(2).describe('The Arabic term the site uses.'),
    english: z.string().min(2).describe('English equivalent.'),
    definition: z.string().min(20).describe('Short Arabic definition.'),
    variants: z.array(z.string()).default([]).describe('Other Arabic words readers may use for the same idea.'),
    guide: reference('guides').optional().describe('Guide that explains the term.'),
  }),
});

/** Search synonyms: groups of words a reader may type for one idea (content/search/synonyms.yaml). */
const synonyms = defineCollection({
  loader: file('./content/search/synonyms.yaml'),
  schema: z.object({
    id: stableId,
    words: z
      .array(z.string().trim().min(2, 'a synonym must have at least two letters'))
      .min(2, 'a synonym group needs at least two words')
      .describe('Words or short phrases that mean the same thing to a reader; the first is the usual one.'),
  }),
});

export const collections = {
  sources,
  platforms,
  payoutOptions,
  guides,
  stories,
  checklists,
  paths,
  selfChecks,
  projects,
  glossary,
  synonyms,
};
