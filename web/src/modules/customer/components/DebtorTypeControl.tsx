import { Badge, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { DEBTOR_TYPES, type CustomerFile, type DebtorType } from '../api/customer.api.ts';
import { useSetDebtorType } from '../hooks/useCustomerFile.ts';

/** D1: the type a person set, the suggestion from the payment history with its reasons, and the control. */
export function DebtorTypeControl({ header }: { header: CustomerFile['header'] }) {
  const { t } = useTranslation();
  const save = useSetDebtorType(header.id);
  const { suggestion } = header;
  const phone = useMediaQuery('(max-width: 36em)');
  const current = save.variables?.debtorType !== undefined && save.isPending ? save.variables.debtorType : header.debtorType;
  return (
    <Stack gap={4}>
      <SegmentedControl
        size="xs"
        orientation={phone ? 'vertical' : 'horizontal'}
        fullWidth={phone}
        aria-label={t('file.debtorType')}
        data={[{ value: 'none', label: t('debtorType.none') }, ...DEBTOR_TYPES.map((d) => ({ value: d, label: t(`debtorType.${d}`) }))]}
        value={current ?? 'none'}
        onChange={(value) => save.mutate({ debtorType: value === 'none' ? null : (value as DebtorType) })}
      />
      {suggestion.debtorType && suggestion.debtorType !== header.debtorType && (
        <Group gap={4}>
          <Text size="xs" c="dimmed">{t('file.suggested')}</Text>
          <Badge size="xs" variant="outline" style={{ cursor: 'pointer' }} onClick={() => save.mutate({ debtorType: suggestion.debtorType })}>
            {t(`debtorType.${suggestion.debtorType}`)}
          </Badge>
          <Text size="xs" c="dimmed">{suggestion.reasons.map((r) => t(`debtorReason.${r.code}`, { count: r.value })).join('; ')}</Text>
        </Group>
      )}
    </Stack>
  );
}
