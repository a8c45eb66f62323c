// Invite a person (the accept link is shown once, to copy and send), and the invitations so far.
import { Badge, Button, Group, NativeSelect, Table, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorMessage } from '../api/errors';
import type { MemberRole, TeamQuery } from '../graphql/generated/graphql';
import { useFormat } from '../i18n/format';
import { ErrorLine } from './ErrorLine';
import { ShownOnce } from './ShownOnce';
import { InviteMemberDocument, RevokeInvitationDocument } from '../graphql/generated/graphql';

type Invitation = TeamQuery['invitations'][number];

function invitationState(i: Invitation): 'accepted' | 'revoked' | 'expired' | 'pending' {
  if (i.acceptedAt) return 'accepted';
  if (i.revokedAt) return 'revoked';
  if (new Date(i.expiresAt).getTime() < Date.now()) return 'expired';
  return 'pending';
}

const STATE_COLORS = { accepted: 'green', revoked: 'gray', expired: 'orange', pending: 'blue' } as const;

export function InvitationsSection({ invitations, onChanged }: { invitations: Invitation[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<MemberRole>('AGENT');
  const [link, setLink] = useState<{ email: string; url: string } | null>(null);
  const [invited, invite] = useMutation(InviteMemberDocument);
  const [revoked, revoke] = useMutation(RevokeInvitationDocument);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const res = await invite({ email: email.trim(), role });
    if (res.data) {
      setLink({ email: res.data.inviteMember.invitation.email, url: res.data.inviteMember.acceptUrl });
      setEmail('');
      onChanged();
    }
  };

  return (
    <section aria-labelledby="invitations-title">
      <Title order={2} size="h4" id="invitations-title" mb="xs">
        {t('team.invitations')}
      </Title>
      <form onSubmit={submit}>
        <Group align="flex-end" gap="xs" mb="sm" wrap="wrap">
          <TextInput
            label={t('team.inviteEmail')}
            type="email"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            w={280}
          />
          <NativeSelect
            label={t('team.inviteRole')}
            value={role}
            onChange={(e) => setRole(e.currentTarget.value as MemberRole)}
            data={[
              { value: 'AGENT', label: t('role.AGENT') },
              { value: 'ADMIN', label: t('role.ADMIN') },
            ]}
          />
          <Button type="submit" loading={invited.fetching}>
            {t('team.invite')}
          </Button>
        </Group>
      </form>
      {invited.error && <ErrorLine>{errorMessage(invited.error, t)}</ErrorLine>}
      {revoked.error && <ErrorLine>{errorMessage(revoked.error, t)}</ErrorLine>}
      {link && <ShownOnce label={t('team.acceptLink', { email: link.email })} value={link.url} hint={t('team.acceptLinkHint')} />}
      {invitations.length > 0 && (
        <Table.ScrollContainer minWidth={520} mt="sm">
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('team.email')}</Table.Th>
                <Table.Th>{t('team.role')}</Table.Th>
                <Table.Th>{t('team.state')}</Table.Th>
                <Table.Th>{t('team.expires')}</Table.Th>
                <Table.Th>{t('team.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invitations.map((i) => {
                const state = invitationState(i);
                return (
                  <Table.Tr key={i.id}>
                    <Table.Td>{i.email}</Table.Td>
                    <Table.Td>{t(`role.${i.role}`)}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={STATE_COLORS[state]} styles={{ label: { textTransform: 'none' } }}>
                        {t(`team.invitationState.${state}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{f.date(i.expiresAt)}</Table.Td>
                    <Table.Td>
                      {state === 'pending' && (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          aria-label={t('team.revokeInvitation', { email: i.email })}
                          onClick={async () => {
                            const res = await revoke({ id: i.id });
                            if (!res.error) onChanged();
                          }}
                        >
                          {t('team.revoke')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}
