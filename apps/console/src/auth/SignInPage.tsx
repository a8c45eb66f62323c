import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { useResetClient } from '../api/ClientProvider';
import { errorCode, errorMessage } from '../api/errors';
import { AuthLayout } from './AuthLayout';
import { safeNext } from './safe-next';
import { SignInDocument } from '../graphql/generated/graphql';

export default function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const resetClient = useResetClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [result, signIn] = useMutation(SignInDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const res = await signIn({ email: email.trim(), password });
    if (res.data) {
      resetClient();
      await navigate(safeNext(params.get('next')), { replace: true });
    }
  };

  const failed = result.error && (errorCode(result.error) === 'UNAUTHENTICATED' ? t('signIn.wrong') : errorMessage(result.error, t));
  return (
    <AuthLayout title={t('signIn.title')}>
      <form onSubmit={submit} noValidate={false}>
        <Stack>
          {failed && (
            <Alert color="red" role="alert">
              {failed}
            </Alert>
          )}
          <TextInput
            label={t('signIn.email')}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            data-autofocus
            autoFocus
          />
          <PasswordInput
            visibilityToggleButtonProps={{ 'aria-label': t('common.showCharacters') }}
            label={t('signIn.password')}
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <Button type="submit" loading={result.fetching} fullWidth>
            {t('signIn.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
