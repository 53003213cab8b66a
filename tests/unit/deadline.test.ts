import { describe, expect, it } from 'vitest';
import { noticeState, parseDeadline } from '../../src/content/deadline.ts';

const instant = (local: string, zone?: string) => {
  const parsed = parseDeadline(local, zone);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
};

describe('a deadline written in Brussels time', () => {
  it('is noon in summer time, UTC+2', () => {
    expect(instant('2024-04-19T12:00').iso).toBe('2024-04-19T12:00:00+02:00');
    expect(new Date(instant('2024-04-19T12:00').epochMilliseconds).toISOString()).toBe('2024-04-19T10:00:00.000Z');
  });

  it('is noon in winter time, UTC+1', () => {
    expect(instant('2024-01-15T12:00').iso).toBe('2024-01-15T12:00:00+01:00');
  });

  it('takes the offset of each side of the spring change', () => {
    expect(instant('2024-03-31T01:59').iso).toBe('2024-03-31T01:59:00+01:00');
    expect(instant('2024-03-31T03:00').iso).toBe('2024-03-31T03:00:00+02:00');
  });

  it('takes the offset of each side of the autumn change', () => {
    expect(instant('2024-10-27T01:59').iso).toBe('2024-10-27T01:59:00+02:00');
    expect(instant('2024-10-27T03:00').iso).toBe('2024-10-27T03:00:00+01:00');
  });

  it('refuses a time the spring change skips', () => {
    expect(parseDeadline('2024-03-31T02:30')).toEqual({ ok: false, message: expect.stringContaining('does not exist in Europe/Brussels') });
  });

  it('refuses a time the autumn change repeats', () => {
    expect(parseDeadline('2024-10-27T02:30')).toEqual({ ok: false, message: expect.stringContaining('happens twice in Europe/Brussels') });
  });

  it('follows another zone when the notice names one', () => {
    expect(instant('2024-04-19T12:00', 'Europe/Helsinki').iso).toBe('2024-04-19T12:00:00+03:00');
  });

  it.each([
    ['19/04/2024', 'written day first'],
    ['2024-04-19', 'has a date but no time'],
    ['2024-04-19T12:00+02:00', 'carries a time-zone offset'],
    ['2024-04-19T12:00Z', 'carries a time-zone offset'],
    ['2024-02-30T12:00', 'is not a real date and time'],
    ['next Friday', 'is not a date and time'],
  ])('explains what is wrong with %j', (text, reason) => {
    expect(parseDeadline(text)).toEqual({ ok: false, message: expect.stringContaining(reason) });
  });
});

describe('the state of a notice', () => {
  const deadline = Date.parse('2024-04-19T10:00:00Z');
  const day = 24 * 60 * 60 * 1000;

  it('is open more than the closing-soon days before the deadline', () => {
    expect(noticeState(deadline, deadline - 8 * day, 7)).toBe('open');
  });

  it('is closing soon in the last days', () => {
    expect(noticeState(deadline, deadline - 7 * day, 7)).toBe('closing-soon');
    expect(noticeState(deadline, deadline - 1, 7)).toBe('closing-soon');
  });

  it('is closed from the deadline on', () => {
    expect(noticeState(deadline, deadline, 7)).toBe('closed');
  });
});
