import { describe, expect, it } from 'vitest';
import { checklistEstimate, guideEstimate, toolEstimate } from '../../../src/lib/content/step-time';

describe('step estimates', () => {
  it('a guide takes its reading time, stated as it is', () => {
    expect(guideEstimate('كلمة '.repeat(300))).toEqual({ minutes: 3, approximate: false });
  });

  it('a checklist takes about two minutes an item, rounded up to five and marked approximate', () => {
    expect(checklistEstimate(1)).toEqual({ minutes: 5, approximate: true });
    expect(checklistEstimate(7)).toEqual({ minutes: 15, approximate: true });
    expect(checklistEstimate(10)).toEqual({ minutes: 20, approximate: true });
  });

  it('a tool takes a round figure of its own', () => {
    expect(toolEstimate('platforms')).toEqual({ minutes: 10, approximate: true });
    expect(toolEstimate('writing')).toEqual({ minutes: 30, approximate: true });
  });
});
