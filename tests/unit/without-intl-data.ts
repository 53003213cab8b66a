/** Runs `body` as in a browser whose Intl has no data for `languages` (Chromium has none for Irish or Maltese): it answers in American English. */
export function withoutIntlData<T>(languages: string[], body: () => T): T {
  const Real = Intl.DateTimeFormat;
  const lacking = (locales?: string | string[]) => [locales ?? []].flat().some((tag) => languages.includes(tag.split('-')[0]!));
  class WithoutData extends Real {
    constructor(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
      super(lacking(locales) ? 'en-US' : locales, options);
    }
  }
  Object.defineProperty(Intl, 'DateTimeFormat', { value: WithoutData, configurable: true, writable: true });
  try {
    return body();
  } finally {
    Object.defineProperty(Intl, 'DateTimeFormat', { value: Real, configurable: true, writable: true });
  }
}
