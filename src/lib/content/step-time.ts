/**
 * How long a path step takes, shown beside each step. Guides use their reading time (reading-time.ts); a checklist
 * and a tool have no text to count, so they get a round estimate from their size: about two minutes per checklist
 * item (reading it and checking one's own work), and a fixed figure per tool. Both are rounded up to five minutes
 * and shown as «نحو», so they never claim more precision than they have.
 */
import { readingMinutes } from './reading-time';
import type { ToolId } from './tools';

const MINUTES_PER_CHECKLIST_ITEM = 2;

/** Filling a tool's form once with one's own figures or choices. */
export const TOOL_MINUTES: Readonly<Record<ToolId, number>> = { platforms: 10, pricing: 15, goals: 15, writing: 30 };

const roundUpToFive = (minutes: number) => Math.max(5, Math.ceil(minutes / 5) * 5);

export type StepEstimate = { minutes: number; approximate: boolean };

export function guideEstimate(body: string): StepEstimate {
  return { minutes: readingMinutes(body), approximate: false };
}

export function checklistEstimate(items: number): StepEstimate {
  return { minutes: roundUpToFive(items * MINUTES_PER_CHECKLIST_ITEM), approximate: true };
}

export function toolEstimate(tool: ToolId): StepEstimate {
  return { minutes: roundUpToFive(TOOL_MINUTES[tool]), approximate: true };
}
