import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCompany } from '../hooks/useCompany.ts';

export function CompanySwitcher() {
  const { t } = useTranslation();
  const { companies, current, choose } = useCompany();
  if (companies.length === 0) return null;
  return (
    <Select
      aria-label={t('shell.company')}
      size="xs"
      w={200}
      allowDeselect={false}
      data={companies.map((c) => ({ value: c.id, label: c.legalName }))}
      value={current?.id ?? null}
      onChange={(id) => choose(id)}
    />
  );
}
