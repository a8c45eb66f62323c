import { NativeSelect } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_STORAGE_KEY, LANGUAGES } from '../i18n/i18n';

/** The language switch; the choice is remembered in localStorage, where i18next's detector looks first. */
export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  return (
    <NativeSelect
      aria-label={t('layout.language')}
      size="xs"
      w={130}
      leftSection={<IconLanguage size={14} aria-hidden />}
      value={i18n.resolvedLanguage}
      onChange={(e) => {
        localStorage.setItem(LANGUAGE_STORAGE_KEY, e.currentTarget.value);
        void i18n.changeLanguage(e.currentTarget.value);
      }}
      data={LANGUAGES.map((l) => ({ value: l.code, label: l.label }))}
    />
  );
}
