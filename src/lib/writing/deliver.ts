/**
 * Marking a draft as a module's project deliverable: which projects a draft can be marked for, and whether it is
 * ready (every field the deliverable needs written, and no finding left). Pure; the workbench words the result.
 */
import { STABLE_ID } from '../content/stable-ids';
import type { Finding } from './rules';
import type { RuleId } from './copy';
import type { DraftFields, FieldId, Kind } from './kinds';

/** A module's project that the workbench helps write (its `tool` is the workbench with a `kind`). */
export interface DeliveryProject {
  path: string;
  module: string;
  kind: Kind;
  /** The project's title, as the module page shows it. */
  title: string;
}

/** `path/module`, as the `project` parameter of the workbench's address carries it. */
export const projectKey = (p: { path: string; module: string }): string => `${p.path}/${p.module}`;

/** The `project` parameter read back: two stable ids, or null for anything else. */
export function parseProjectKey(value: string | null): { path: string; module: string } | null {
  const [path = '', module = '', ...rest] = (value ?? '').split('/');
  return rest.length === 0 && STABLE_ID.test(path) && STABLE_ID.test(module) ? { path, module } : null;
}

/**
 * The projects a draft of `kind` can be marked for: the project named in the address when it takes this kind (the
 * reader came from its module), else every project of this kind (a choice when there are several; none means the
 * workbench offers nothing).
 */
export function deliveryTargets(
  projects: readonly DeliveryProject[],
  kind: Kind,
  requested: string | null,
): DeliveryProject[] {
  const ofKind = projects.filter((p) => p.kind === kind);
  const asked = ofKind.find((p) => projectKey(p) === requested);
  return asked ? [asked] : ofKind;
}

/**
 * What a deliverable needs written: the post and the reply of a proposal, the title and bio of a profile, and a
 * service's title, description and delivery time (its extras are optional, and its instructions have a rule).
 * The rules say nothing about an empty draft, so without this a blank draft would pass every rule.
 */
export const DELIVERY_FIELDS: Readonly<Record<Kind, readonly FieldId[]>> = {
  proposal: ['post', 'reply'],
  service: ['title', 'description', 'delivery'],
  profile: ['title', 'bio'],
};

export interface Readiness {
  ready: boolean;
  /** Fields still empty, in the page's order. */
  empty: FieldId[];
  /** Rules with a finding, each once, in the order of the findings. */
  rules: RuleId[];
}

export function readiness(kind: Kind, fields: DraftFields, findings: readonly Finding[]): Readiness {
  const empty = DELIVERY_FIELDS[kind].filter((f) => (fields[f] ?? '').trim() === '');
  const rules = [...new Set(findings.map((f) => f.rule))];
  return { ready: empty.length === 0 && rules.length === 0, empty, rules };
}
