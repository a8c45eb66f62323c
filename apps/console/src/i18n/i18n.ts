// English and Italian; the browser's language picks one, the person's choice is remembered. English is
// bundled (it is also the fallback); Italian loads when it is the language, so nobody downloads both.
import i18n, { type BackendModule } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { en } from './en';

export const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'it', label: 'Italiano' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

export const LANGUAGE_STORAGE_KEY = 'conversations.language';

const backend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    if (language === 'it')
      import('./it').then(
        (m) => callback(null, m.it),
        (err: Error) => callback(err, null),
      );
    else callback(null, en);
  },
};

export const i18nReady = i18n
  .use(backend)
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    supportedLngs: LANGUAGES.map((l) => l.code),
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    // Only a choice the person made is remembered (LanguageSelect stores it): a detected language follows
    // the browser.
    detection: { order: ['localStorage', 'navigator'], lookupLocalStorage: LANGUAGE_STORAGE_KEY, caches: [] },
    returnNull: false,
  });

const syncDocument = (lng: string) => {
  document.documentElement.lang = lng.split('-')[0];
};
syncDocument(i18n.resolvedLanguage ?? 'en');
i18n.on('languageChanged', syncDocument);

export default i18n;
