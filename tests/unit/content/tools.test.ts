import { describe, expect, it } from 'vitest';
import { findTool, TOOL_IDS } from '../../../src/lib/content/tools';

describe('tools registry', () => {
  it('finds tools by id and every tool has a page under /tools/', () => {
    for (const id of TOOL_IDS) expect(findTool(id)?.href).toMatch(/^\/tools\/[a-z-]+\/$/);
    expect(findTool('nope')).toBeUndefined();
  });
});
