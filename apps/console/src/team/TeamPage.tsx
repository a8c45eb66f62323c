// Team (admins): members and roles, invitations, API tokens.
import { Alert, Divider, Loader, Stack, Title } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useQuery } from 'urql';
import { errorMessage } from '../api/errors';
import { useViewerOrNull } from '../auth/ViewerContext';
import { InvitationsSection } from './InvitationsSection';
import { MembersSection } from './MembersSection';
import { TokensSection } from './TokensSection';
import { TeamDocument } from '../graphql/generated/graphql';

export default function TeamPage() {
  const { t } = useTranslation();
  const viewer = useViewerOrNull();
  const [{ data, error, fetching }, refetch] = useQuery({ query: TeamDocument, pause: viewer?.role !== 'ADMIN' });
  const refresh = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  if (!viewer) return <Loader m="md" aria-label={t('common.loading')} />;
  if (viewer.role !== 'ADMIN') return <Navigate to="/conversations" replace />;
  return (
    <Stack p="md" gap="lg" style={{ overflowY: 'auto' }} flex={1}>
      <Title order={1} size="h3">
        {t('team.title')}
      </Title>
      {error && (
        <Alert color="red" role="alert">
          {errorMessage(error, t)}
        </Alert>
      )}
      {!data && fetching && <Loader aria-label={t('common.loading')} />}
      {data && (
        <>
          <MembersSection members={data.members} onChanged={refresh} />
          <Divider />
          <InvitationsSection invitations={data.invitations} onChanged={refresh} />
          <Divider />
          <TokensSection tokens={data.apiTokens} onChanged={refresh} />
        </>
      )}
    </Stack>
  );
}
