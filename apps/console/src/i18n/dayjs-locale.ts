// Mantine's date pickers name months and weekdays through dayjs: its Italian locale is loaded on demand.
import dayjs from 'dayjs';

export async function loadDayjsLocale(locale: string): Promise<void> {
  if (locale === 'it') await import('dayjs/locale/it');
  dayjs.locale(locale);
}
