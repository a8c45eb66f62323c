// API tokens for integrations: create one (its secret is shown once) and revoke.
import { Badge, Button, Group, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorMessage } from '../api/errors';
import type { TeamQuery } from '../graphql/generated/graphql';
import { useFormat } from '../i18n/format';
import { ErrorLine } from './ErrorLine';
import { ShownOnce } from './ShownOnce';
import { CreateApiTokenDocument, RevokeApiTokenDocument } from '../graphql/generated/graphql';

export function TokensSection({ tokens, onChanged }: { tokens: TeamQuery['apiTokens']; onChanged: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<{ name: string; token: string } | null>(null);
  const [created, create] = useMutation(CreateApiTokenDocument);
  const [revoked, revoke] = useMutation(RevokeApiTokenDocument);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const res = await create({ name: name.trim() });
    if (res.data) {
      setSecret({ name: res.data.createApiToken.apiToken.name, token: res.data.createApiToken.token });
      setName('');
      onChanged();
    }
  };

  return (
    <section aria-labelledby="tokens-title">
      <Title order={2} size="h4" id="tokens-title" mb="xs">
        {t('team.tokens')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('team.tokensIntro')}
      </Text>
      <form onSubmit={submit}>
        <Group align="flex-end" gap="xs" mb="sm">
          <TextInput
            label={t('team.tokenName')}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            w={280}
            maxLength={100}
          />
          <Button type="submit" loading={created.fetching} disabled={!name.trim()}>
            {t('team.createToken')}
          </Button>
        </Group>
      </form>
      {created.error && <ErrorLine>{errorMessage(created.error, t)}</ErrorLine>}
      {revoked.error && <ErrorLine>{errorMessage(revoked.error, t)}</ErrorLine>}
      {secret && <ShownOnce label={t('team.newToken', { name: secret.name })} value={secret.token} hint={t('team.newTokenHint')} />}
      {tokens.length > 0 && (
        <Table.ScrollContainer minWidth={560} mt="sm">
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('team.tokenName')}</Table.Th>
                <Table.Th>{t('team.created')}</Table.Th>
                <Table.Th>{t('team.lastUsed')}</Table.Th>
                <Table.Th>{t('team.state')}</Table.Th>
                <Table.Th>{t('team.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tokens.map((tk) => (
                <Table.Tr key={tk.id}>
                  <Table.Td>{tk.name}</Table.Td>
                  <Table.Td>{f.date(tk.createdAt)}</Table.Td>
                  <Table.Td>{tk.lastUsedAt ? f.relative(tk.lastUsedAt) : t('team.never')}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={tk.revokedAt ? 'gray' : 'green'} styles={{ label: { textTransform: 'none' } }}>
                      {tk.revokedAt ? t('team.revokedOn', { date: f.date(tk.revokedAt) }) : t('team.active')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {!tk.revokedAt && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        aria-label={t('team.revokeToken', { name: tk.name })}
                        onClick={async () => {
                          if (!window.confirm(t('team.revokeTokenConfirm', { name: tk.name }))) return;
                          const res = await revoke({ id: tk.id });
                          if (!res.error) onChanged();
                        }}
                      >
                        {t('team.revoke')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}
