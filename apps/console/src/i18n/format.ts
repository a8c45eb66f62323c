// Dates, numbers and relative times through Intl in the console's language.
import { useTranslation } from 'react-i18next';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

export interface Formatters {
  locale: string;
  number: (n: number, options?: Intl.NumberFormatOptions) => string;
  date: (iso: string) => string;
  dateTime: (iso: string) => string;
  time: (iso: string) => string;
  /** "5 minutes ago", "yesterday", "just now". */
  relative: (iso: string, now?: number) => string;
  day: (isoDay: string, options?: Intl.DateTimeFormatOptions) => string;
}

// Intl formatters cost about a millisecond each to build: one set per language, shared by every row.
const cache = new Map<string, Formatters>();

export function formattersFor(locale: string): Formatters {
  let f = cache.get(locale);
  if (!f) cache.set(locale, (f = createFormatters(locale)));
  return f;
}

/** Built on first use: the list needs three of these, the first paint none of the others. */
function lazily<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

function createFormatters(locale: string): Formatters {
  const numbers = lazily(() => new Intl.NumberFormat(locale));
  const numberWith = new Map<string, Intl.NumberFormat>();
  const days = new Map<string, Intl.DateTimeFormat>();
  const dates = lazily(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }));
  const dateTimes = lazily(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }));
  const times = lazily(() => new Intl.DateTimeFormat(locale, { timeStyle: 'short' }));
  const relative = lazily(() => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  return {
    locale,
    number(n, options) {
      if (!options) return numbers().format(n);
      const key = JSON.stringify(options);
      let nf = numberWith.get(key);
      if (!nf) numberWith.set(key, (nf = new Intl.NumberFormat(locale, options)));
      return nf.format(n);
    },
    date: (iso) => dates().format(new Date(iso)),
    dateTime: (iso) => dateTimes().format(new Date(iso)),
    time: (iso) => times().format(new Date(iso)),
    relative(iso, now = Date.now()) {
      const seconds = (new Date(iso).getTime() - now) / 1000;
      for (const [unit, size] of UNITS) {
        if (Math.abs(seconds) >= size) return relative().format(Math.round(seconds / size), unit);
      }
      return relative().format(0, 'minute');
    },
    // A calendar day (YYYY-MM-DD) stays that day whatever the browser's zone.
    day(isoDay, options = { day: 'numeric', month: 'short' }) {
      const key = JSON.stringify(options);
      let df = days.get(key);
      if (!df) days.set(key, (df = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
      return df.format(new Date(`${isoDay}T00:00:00Z`));
    },
  };
}

export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return formattersFor(i18n.resolvedLanguage ?? 'en');
}
