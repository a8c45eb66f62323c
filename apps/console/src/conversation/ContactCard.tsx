import { Anchor, Stack, Text, Title } from '@mantine/core';
import { IconAt, IconPhone, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import classes from './ConversationDetail.module.css';

interface Contact {
  name?: string | null;
  phone?: string | null;
  email?: string | null;
}

export function ContactCard({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="contact-title" className={classes.card}>
      <Title order={3} size="h5" id="contact-title" mb="xs">
        {t('detail.contact')}
      </Title>
      <Stack gap={4}>
        <Text size="sm">
          <IconUser size={14} aria-hidden className={classes.inlineIcon} /> {contact.name ?? t('detail.unknownName')}
        </Text>
        {contact.phone && (
          <Text size="sm">
            <IconPhone size={14} aria-hidden className={classes.inlineIcon} />{' '}
            <Anchor href={`tel:${contact.phone}`} size="sm">
              {contact.phone}
            </Anchor>
          </Text>
        )}
        {contact.email && (
          <Text size="sm">
            <IconAt size={14} aria-hidden className={classes.inlineIcon} />{' '}
            <Anchor href={`mailto:${contact.email}`} size="sm">
              {contact.email}
            </Anchor>
          </Text>
        )}
      </Stack>
    </section>
  );
}
