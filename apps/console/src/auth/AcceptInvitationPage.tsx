import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { useResetClient } from '../api/ClientProvider';
import { errorCode, errorMessage, errorReason } from '../api/errors';
import { AuthLayout } from './AuthLayout';
import { AcceptInvitationDocument } from '../graphql/generated/graphql';

const MIN_PASSWORD = 8;

export default function AcceptInvitationPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const resetClient = useResetClient();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const [result, accept] = useMutation(AcceptInvitationDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password.length < MIN_PASSWORD) return setTooShort(true);
    setTooShort(false);
    const res = await accept({ token, name: name.trim(), password });
    if (res.data) {
      resetClient();
      await navigate('/conversations', { replace: true });
    }
  };

  const failed =
    result.error &&
    (['UNAUTHENTICATED', 'NOT_FOUND'].includes(errorCode(result.error) ?? '') || errorReason(result.error) === 'GONE'
      ? t('invitation.invalid')
      : errorMessage(result.error, t));
  return (
    <AuthLayout title={t('invitation.title')}>
      {token ? (
        <form onSubmit={submit}>
          <Stack>
            <Text size="sm" c="dimmed">
              {t('invitation.intro')}
            </Text>
            {failed && (
              <Alert color="red" role="alert">
                {failed}
              </Alert>
            )}
            <TextInput
              label={t('invitation.name')}
              autoComplete="name"
              required
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              autoFocus
            />
            <PasswordInput
              visibilityToggleButtonProps={{ 'aria-label': t('common.showCharacters') }}
              label={t('invitation.password')}
              description={t('invitation.passwordHint', { count: MIN_PASSWORD })}
              autoComplete="new-password"
              required
              value={password}
              error={tooShort ? t('invitation.passwordHint', { count: MIN_PASSWORD }) : undefined}
              onChange={(e) => setPassword(e.currentTarget.value)}
            />
            <Button type="submit" loading={result.fetching} fullWidth>
              {t('invitation.submit')}
            </Button>
          </Stack>
        </form>
      ) : (
        <Alert color="red" role="alert">
          {t('invitation.missingToken')}
        </Alert>
      )}
    </AuthLayout>
  );
}
