import { Button, NativeSelect, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorMessage } from '../api/errors';
import { useViewer } from '../auth/ViewerContext';
import type { MemberRole, TeamQuery } from '../graphql/generated/graphql';
import { useFormat } from '../i18n/format';
import { ErrorLine } from './ErrorLine';
import { ChangeMemberRoleDocument, RemoveMemberDocument } from '../graphql/generated/graphql';

export function MembersSection({ members, onChanged }: { members: TeamQuery['members']; onChanged: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const viewer = useViewer();
  const [role, changeRole] = useMutation(ChangeMemberRoleDocument);
  const [removed, remove] = useMutation(RemoveMemberDocument);
  const error = role.error ?? removed.error;
  return (
    <section aria-labelledby="members-title">
      <Title order={2} size="h4" id="members-title" mb="xs">
        {t('team.members')}
      </Title>
      {error && <ErrorLine>{errorMessage(error, t)}</ErrorLine>}
      <Table.ScrollContainer minWidth={560}>
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('team.name')}</Table.Th>
              <Table.Th>{t('team.email')}</Table.Th>
              <Table.Th>{t('team.role')}</Table.Th>
              <Table.Th>{t('team.since')}</Table.Th>
              <Table.Th>
                <Text component="span" size="sm" fw={700}>
                  {t('team.actions')}
                </Text>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((m) => {
              const self = m.id === viewer.member?.id;
              return (
                <Table.Tr key={m.id}>
                  <Table.Td>
                    {m.user.name}
                    {self && ` (${t('team.you')})`}
                  </Table.Td>
                  <Table.Td>{m.user.email}</Table.Td>
                  <Table.Td>
                    <NativeSelect
                      size="xs"
                      aria-label={t('team.roleOf', { name: m.user.name })}
                      value={m.role}
                      onChange={async (e) => {
                        const res = await changeRole({ memberId: m.id, role: e.currentTarget.value as MemberRole });
                        if (!res.error) onChanged();
                      }}
                      data={[
                        { value: 'ADMIN', label: t('role.ADMIN') },
                        { value: 'AGENT', label: t('role.AGENT') },
                      ]}
                    />
                  </Table.Td>
                  <Table.Td>{f.date(m.createdAt)}</Table.Td>
                  <Table.Td>
                    {!self && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        onClick={async () => {
                          if (!window.confirm(t('team.removeConfirm', { name: m.user.name }))) return;
                          const res = await remove({ memberId: m.id });
                          if (!res.error) onChanged();
                        }}
                      >
                        {t('team.remove', { name: m.user.name })}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}
