/**
 * Temporal: the runtime's own where it has one (Node 26 and later), the
 * polyfill before. One import for every module that works with dates and zones.
 */
import { Temporal as TemporalPolyfill } from '@js-temporal/polyfill';

export const Temporal: typeof TemporalPolyfill =
  (globalThis as unknown as { Temporal?: typeof TemporalPolyfill }).Temporal ?? TemporalPolyfill;
// The namespace's types (Temporal.ZonedDateTime, …) come with the value of the same name.
// eslint-disable-next-line @typescript-eslint/no-namespace
export declare namespace Temporal {
  type PlainDateTime = TemporalPolyfill.PlainDateTime;
  type ZonedDateTime = TemporalPolyfill.ZonedDateTime;
}
