// The conversation's tags: remove one, or add one (suggestions are the workspace's tags).
import { Alert, Autocomplete, Button, Group, Pill, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { errorMessage } from '../api/errors';
import { AddTagMutation, RemoveTagMutation, TagSuggestionsQuery } from './detail.graphql';
import classes from './ConversationDetail.module.css';

interface Props {
  conversationId: string;
  tags: { id: string; name: string }[];
  onChanged(): void;
  inputId: string;
}

export function TagsPanel({ conversationId, tags, onChanged, inputId }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [suggestions] = useQuery({ query: TagSuggestionsQuery });
  const [added, addTag] = useMutation(AddTagMutation);
  const [removed, removeTag] = useMutation(RemoveTagMutation);
  const have = new Set(tags.map((tg) => tg.name.toLowerCase()));
  const options = (suggestions.data?.tags ?? []).map((tg) => tg.name).filter((n) => !have.has(n.toLowerCase()));
  const error = added.error ?? removed.error;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const value = name.trim();
    if (!value) return;
    const res = await addTag({ conversationId, name: value });
    if (!res.error) {
      setName('');
      onChanged();
    }
  };
  const remove = async (tag: string) => {
    const res = await removeTag({ conversationId, name: tag });
    if (!res.error) onChanged();
  };

  return (
    <section aria-labelledby="tags-title" className={classes.card}>
      <Title order={3} size="h5" id="tags-title" mb="xs">
        {t('detail.tags')}
      </Title>
      {tags.length ? (
        <Group gap={6} mb="sm" role="list" aria-label={t('detail.tags')}>
          {tags.map((tg) => (
            <Pill
              key={tg.id}
              role="listitem"
              size="md"
              withRemoveButton
              onRemove={() => void remove(tg.name)}
              removeButtonProps={{ 'aria-label': t('detail.removeTag', { tag: tg.name }) }}
            >
              {tg.name}
            </Pill>
          ))}
        </Group>
      ) : (
        <Text size="sm" c="dimmed" mb="sm">
          {t('detail.noTags')}
        </Text>
      )}
      <form onSubmit={submit}>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <Autocomplete
            id={inputId}
            label={t('detail.tag')}
            size="xs"
            flex={1}
            data={options}
            value={name}
            onChange={setName}
            maxLength={64}
            comboboxProps={{ withinPortal: true }}
          />
          <Button type="submit" size="xs" loading={added.fetching} disabled={!name.trim()}>
            {t('detail.addTag')}
          </Button>
        </Group>
      </form>
      {error && (
        <Alert color="red" mt="xs" py={4} role="alert">
          {errorMessage(error, t)}
        </Alert>
      )}
    </section>
  );
}
