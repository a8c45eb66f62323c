// Who is signed in, the workspace switch and sign-out.
import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconCheck, IconChevronDown, IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { useResetClient } from '../api/ClientProvider';
import { useViewer } from '../auth/ViewerContext';
import classes from './UserMenu.module.css';
import { SignOutDocument, SwitchWorkspaceDocument } from '../graphql/generated/graphql';

export function UserMenu() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const navigate = useNavigate();
  const resetClient = useResetClient();
  const [, signOut] = useMutation(SignOutDocument);
  const [, switchWorkspace] = useMutation(SwitchWorkspaceDocument);
  const name = viewer.member?.user.name ?? t('layout.apiToken');

  const doSignOut = async () => {
    await signOut({});
    resetClient();
    await navigate('/sign-in', { replace: true });
  };
  const doSwitch = async (workspaceId: string) => {
    if (workspaceId === viewer.workspace.id) return;
    const res = await switchWorkspace({ workspaceId });
    if (res.data) {
      resetClient();
      await navigate('/conversations');
    }
  };

  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <UnstyledButton p={4} className={classes.button}>
          <Group gap="xs" wrap="nowrap">
            <Avatar size="sm" radius="xl" color="blue" name={name} aria-hidden />
            <Text size="sm" fw={500} truncate maw={160} className={classes.name}>
              {name}
            </Text>
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        {viewer.member && <Menu.Label>{viewer.member.user.email}</Menu.Label>}
        {viewer.workspaces.length > 1 && (
          <>
            <Menu.Label>{t('layout.workspaces')}</Menu.Label>
            {viewer.workspaces.map((w) => (
              <Menu.Item
                key={w.id}
                onClick={() => void doSwitch(w.id)}
                rightSection={w.id === viewer.workspace.id ? <IconCheck size={14} aria-hidden /> : null}
                aria-current={w.id === viewer.workspace.id ? 'true' : undefined}
              >
                {w.name}
              </Menu.Item>
            ))}
            <Menu.Divider />
          </>
        )}
        <Menu.Item leftSection={<IconLogout size={14} aria-hidden />} onClick={() => void doSignOut()}>
          {t('layout.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
