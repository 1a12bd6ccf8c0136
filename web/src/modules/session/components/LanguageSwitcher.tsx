import { Select } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES } from '../../../i18n/index.ts';
import { saveLanguage, type Me } from '../api/session.api.ts';

/** The interface language is the user's own (kept on the server) and switches at once. */
export function LanguageSwitcher({ signedIn }: { signedIn: boolean }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const save = useMutation({
    mutationFn: saveLanguage,
    onSuccess: (_, language) => client.setQueryData<Me | null>(['me'], (me) => (me ? { ...me, language } : me)),
  });
  return (
    <Select
      aria-label={t('shell.language')}
      w={125}
      size="xs"
      allowDeselect={false}
      data={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
      value={i18n.language}
      onChange={(value) => {
        if (!isLanguage(value)) return;
        void i18n.changeLanguage(value);
        localStorage.setItem('debitor.language', value);
        if (signedIn) save.mutate(value);
      }}
    />
  );
}
