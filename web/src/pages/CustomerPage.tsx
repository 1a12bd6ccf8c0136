import { Alert, Button, Card, Grid, Loader, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ContactsCard } from '../modules/customer/components/ContactsCard.tsx';
import { CustomerHeader } from '../modules/customer/components/CustomerHeader.tsx';
import { CustomerTimeline } from '../modules/customer/components/CustomerTimeline.tsx';
import { NoteForm } from '../modules/customer/components/NoteForm.tsx';
import { OpenInvoicesTable } from '../modules/customer/components/OpenInvoicesTable.tsx';
import { useCustomerFile } from '../modules/customer/hooks/useCustomerFile.ts';

/** The customer file: everything about one debtor on one screen. */
export function CustomerPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const file = useCustomerFile(id);
  if (file.isPending) return <Loader />;
  if (file.isError) return <Alert color="red">{file.error.message}</Alert>;
  const { header, contacts, invoices, timeline } = file.data;
  const nextCall = invoices.map((i) => i.nextAction).find((a) => a?.channel === 'call');
  return (
    <Stack>
      <CustomerHeader header={header} actions={nextCall && <Button component={Link} to={`/call/${nextCall.id}`}>{t('today.call')}</Button>} />
      <Grid>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack>
            <Card withBorder>
              <Title order={4} mb="xs">{t('file.openInvoices')}</Title>
              <OpenInvoicesTable invoices={invoices} />
            </Card>
            <NoteForm customerId={header.id} />
            <CustomerTimeline entries={timeline} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}><ContactsCard contacts={contacts} /></Grid.Col>
      </Grid>
    </Stack>
  );
}
