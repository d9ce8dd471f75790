/** Which project a draft can be delivered to, and when a draft is ready to be. */
import { describe, expect, it } from 'vitest';
import {
  deliveryTargets,
  parseProjectKey,
  projectKey,
  readiness,
  type DeliveryProject,
} from '../../../src/lib/writing/deliver';
import { EXAMPLES } from '../../../src/lib/writing/examples';
import { review } from '../../../src/lib/writing/rules';
import { deliveredDraft, type DeliverableRef } from '../../../src/lib/storage/deliverables';

const P = 'from-zero-to-steady-income';
const proposal: DeliveryProject = { path: P, module: 'first-client', kind: 'proposal', title: 'خمسة عروض' };
const profile: DeliveryProject = { path: P, module: 'profile-and-service', kind: 'profile', title: 'ملف منشور' };
const otherProposal: DeliveryProject = {
  path: 'hire-a-freelancer',
  module: 'hire-well',
  kind: 'proposal',
  title: 'عرض',
};
const projects = [proposal, profile, otherProposal];

describe('the project in the address', () => {
  it('is two stable ids, and nothing else', () => {
    expect(parseProjectKey(projectKey(proposal))).toEqual({ path: P, module: 'first-client' });
    for (const bad of [null, '', P, `${P}/`, `/${P}`, `${P}/first-client/x`, `${P}/First-Client`, '../x/y', 'a b/c'])
      expect(parseProjectKey(bad), String(bad)).toBeNull();
  });
});

describe('deliveryTargets', () => {
  it('offers only the project named in the address when it takes the draft’s kind', () => {
    expect(deliveryTargets(projects, 'proposal', projectKey(otherProposal))).toEqual([otherProposal]);
    expect(deliveryTargets(projects, 'profile', projectKey(profile))).toEqual([profile]);
  });

  it('without one, or for another kind than the named project’s, offers every project of the kind', () => {
    expect(deliveryTargets(projects, 'proposal', null)).toEqual([proposal, otherProposal]);
    expect(deliveryTargets(projects, 'profile', projectKey(proposal))).toEqual([profile]);
    expect(deliveryTargets(projects, 'proposal', `${P}/no-such-module`)).toEqual([proposal, otherProposal]);
  });

  it('offers nothing for a kind no project takes', () => {
    expect(deliveryTargets(projects, 'service', null)).toEqual([]);
    expect(deliveryTargets(projects, 'service', projectKey(proposal))).toEqual([]);
  });
});

describe('readiness', () => {
  it('a draft that passes every rule with its fields written is ready', () => {
    const good = EXAMPLES.proposal.good;
    expect(readiness('proposal', good, review('proposal', good))).toEqual({ ready: true, empty: [], rules: [] });
    const service = EXAMPLES.service.good;
    expect(readiness('service', service, review('service', service)).ready).toBe(true);
  });

  it('a blank draft passes every rule but is not ready: it names the empty fields', () => {
    expect(review('profile', {})).toEqual([]);
    expect(readiness('profile', {}, [])).toEqual({ ready: false, empty: ['title', 'bio'], rules: [] });
    expect(readiness('profile', { title: 'مصمم شعارات', bio: '  \n' }, []).empty).toEqual(['bio']);
    expect(readiness('service', { ...EXAMPLES.service.good, extras: '' }, []).ready).toBe(true);
  });

  it('names each failing rule once, in the order of the findings', () => {
    const bad = EXAMPLES.proposal.bad;
    const findings = review('proposal', bad);
    const result = readiness('proposal', bad, findings);
    expect(result.ready).toBe(false);
    expect(result.rules.length).toBeGreaterThan(1);
    expect(result.rules).toEqual([...new Set(findings.map((f) => f.rule))]);
    const twice = [findings[0]!, findings[0]!];
    expect(readiness('proposal', bad, twice).rules).toEqual([findings[0]!.rule]);
  });
});

describe('deliveredDraft', () => {
  const ref: DeliverableRef = {
    kind: 'proposal',
    draftId: 'd-1',
    title: 'عرض متجر الملابس',
    markedAt: '2026-12-05T10:00:00.000Z',
  };

  it('gives the draft’s current name while it is stored, and says when it is gone', () => {
    expect(deliveredDraft(ref, new Map([['d-1', 'عرض المتجر بعد التعديل']]))).toEqual({
      ref,
      name: 'عرض المتجر بعد التعديل',
      gone: false,
    });
    expect(deliveredDraft(ref, new Map([['d-2', 'غيره']]))).toEqual({ ref, name: 'عرض متجر الملابس', gone: true });
    expect(deliveredDraft(ref, new Map([['d-1', ' ']]))).toEqual({ ref, name: 'عرض متجر الملابس', gone: false });
    expect(deliveredDraft(null, new Map())).toBeNull();
  });
});
