import { describe, expect, it } from 'vitest';
import { sellerInitials } from '../../../src/lib/content/initials';

describe('sellerInitials', () => {
  it('takes the first letters of the first and last words, spaced so they do not join', () => {
    expect(sellerInitials('جابر حدبون')).toBe('ج ح');
    expect(sellerInitials('عبد الحفيظ شراير')).toBe('ع ش');
    expect(sellerInitials('أحمد الهادي')).toBe('أ ه');
  });

  it('takes one letter from a one-word name', () => {
    expect(sellerInitials('  يوسف ')).toBe('ي');
  });

  it('makes up nothing for a seller the source did not name', () => {
    expect(sellerInitials('مستقل عربي لم يذكر اسمه')).toBeNull();
    expect(sellerInitials('بائعة لم تذكر اسمها')).toBeNull();
    expect(sellerInitials('   ')).toBeNull();
  });
});
