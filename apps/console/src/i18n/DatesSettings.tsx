// Mantine's date pickers name months and weekdays through dayjs, in the console's language (its
// Italian locale loads on demand); only the pages with a date picker carry this.
import '@mantine/dates/styles.css';
import { DatesProvider } from '@mantine/dates';
import dayjs from 'dayjs';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function DatesSettings({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const wanted = i18n.resolvedLanguage ?? 'en';
  const [locale, setLocale] = useState('en');
  useEffect(() => {
    let live = true;
    void (wanted === 'it' ? import('dayjs/locale/it') : Promise.resolve()).then(() => {
      dayjs.locale(wanted);
      if (live) setLocale(wanted);
    });
    return () => {
      live = false;
    };
  }, [wanted]);
  return <DatesProvider settings={{ locale, firstDayOfWeek: locale === 'en' ? 0 : 1 }}>{children}</DatesProvider>;
}
