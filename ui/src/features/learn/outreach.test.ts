import { describe, expect, test } from 'vitest';
import {
  daysWording,
  needsNote,
  OUTCOME_CHOICES,
  outcomeLabel,
  positiveWhole,
  seedOfDay,
  shownOf,
  todaySeed,
} from './outreach';

describe('seedOfDay', () => {
  test('a shop date reads as YYYYMMDD', () => {
    expect(seedOfDay('2026-03-07'), 'the date digits, as one number').toBe(20260307);
    expect(seedOfDay(' 2025-12-31 '), 'stray spaces are ignored').toBe(20251231);
  });

  test('something that is not a date gives no seed', () => {
    expect(seedOfDay(''), 'empty').toBeNull();
    expect(seedOfDay('7/3/2026'), 'another date format').toBeNull();
    expect(seedOfDay('2026-13-01'), 'no month 13').toBeNull();
    expect(seedOfDay('2026-02-00'), 'no day 0').toBeNull();
  });
});

describe('todaySeed', () => {
  // 23:30 UTC on 6 March is already 7 March in Auckland and still 6 March in New York.
  const t = Date.UTC(2026, 2, 6, 23, 30);
  test('follows the shop calendar, not the computer clock', () => {
    expect(todaySeed(t, 'Pacific/Auckland'), 'Auckland is already on the 7th').toBe(20260307);
    expect(todaySeed(t, 'America/New_York'), 'New York is still on the 6th').toBe(20260306);
  });
  test('the same day gives the same seed', () => {
    expect(todaySeed(Date.UTC(2026, 2, 6, 9, 0), 'UTC'), 'morning').toBe(todaySeed(Date.UTC(2026, 2, 6, 17, 0), 'UTC'));
  });
});

describe('outcomes', () => {
  test('every outcome has the words the caller sees', () => {
    expect(outcomeLabel('reached'), 'reached').toBe('Reached them');
    expect(outcomeLabel('left_message'), 'voicemail').toBe('Left a message');
    expect(outcomeLabel('no_answer'), 'no answer').toBe('No answer');
    expect(outcomeLabel('wrong_number'), 'wrong number').toBe('Wrong number');
    expect(OUTCOME_CHOICES.map((c) => c.value), 'all four, reached first').toEqual([
      'reached',
      'left_message',
      'no_answer',
      'wrong_number',
    ]);
  });
  test('only a reached call needs a note', () => {
    expect(needsNote('reached'), 'say what was said').toBe(true);
    expect(needsNote('no_answer'), 'nothing was said').toBe(false);
  });
});

describe('daysWording', () => {
  test('reads like a person would say it', () => {
    expect(daysWording(0), 'no days is today').toBe('today');
    expect(daysWording(1), 'singular').toBe('1 day');
    expect(daysWording(95), 'plural').toBe('95 days');
    expect(daysWording(1200), 'the plain number, as the backend counts it').toBe('1200 days');
    expect(daysWording(-2), 'a clock ahead never shows negative days').toBe('today');
  });
});

describe('positiveWhole', () => {
  test('takes whole numbers of at least one', () => {
    expect(positiveWhole(90), 'a number').toBe(90);
    expect(positiveWhole('30'), 'typed text').toBe(30);
  });
  test('refuses anything else', () => {
    expect(positiveWhole(0), 'zero days is not a period').toBeNull();
    expect(positiveWhole(-5), 'negative').toBeNull();
    expect(positiveWhole(2.5), 'fractions').toBeNull();
    expect(positiveWhole(''), 'an empty field').toBeNull();
    expect(positiveWhole(null), 'a cleared number field').toBeNull();
  });
});

describe('shownOf', () => {
  test('says so only when the list is cut short', () => {
    expect(shownOf(500, 1234), 'cut').toBe('Showing 500 of 1234');
    expect(shownOf(12, 12), 'complete').toBeNull();
  });
});
