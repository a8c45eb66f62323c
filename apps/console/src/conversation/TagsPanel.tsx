// The conversation's tags: remove one, or add one. Suggestions (the workspace's tags matching what is
// typed) are buttons beside a plain text field, so the field stays a textbox for every assistive tool.
import { Alert, Button, Group, Pill, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { errorMessage } from '../api/errors';
import classes from './ConversationDetail.module.css';
import { AddTagDocument, RemoveTagDocument, TagSuggestionsDocument } from '../graphql/generated/graphql';

const MAX_SUGGESTIONS = 6;

interface Props {
  conversationId: string;
  tags: { id: string; name: string }[];
  onChanged: () => void;
  inputId: string;
}

export function TagsPanel({ conversationId, tags, onChanged, inputId }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [suggestions] = useQuery({ query: TagSuggestionsDocument });
  const [added, addTag] = useMutation(AddTagDocument);
  const [removed, removeTag] = useMutation(RemoveTagDocument);
  const have = new Set(tags.map((tg) => tg.name.toLowerCase()));
  const typed = name.trim().toLowerCase();
  const options = (suggestions.data?.tags ?? [])
    .map((tg) => tg.name)
    .filter((n) => !have.has(n.toLowerCase()) && n.toLowerCase().includes(typed) && n.toLowerCase() !== typed)
    .slice(0, MAX_SUGGESTIONS);
  const error = added.error ?? removed.error;

  const add = async (value: string) => {
    const res = await addTag({ conversationId, name: value });
    if (!res.error) {
      setName('');
      onChanged();
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim()) void add(name.trim());
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
              // Mantine hides the remove button from keyboards and screen readers by default.
              removeButtonProps={{ 'aria-label': t('detail.removeTag', { tag: tg.name }), 'aria-hidden': false, tabIndex: 0 }}
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
          <TextInput
            id={inputId}
            label={t('detail.tag')}
            size="xs"
            flex={1}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            maxLength={64}
            autoComplete="off"
          />
          <Button type="submit" size="xs" loading={added.fetching} disabled={!name.trim()}>
            {t('detail.addTag')}
          </Button>
        </Group>
      </form>
      {options.length > 0 && (
        <Group gap={4} mt={6} role="group" aria-label={t('detail.suggestedTags')}>
          <Text size="xs" c="dimmed" aria-hidden>
            {t('detail.suggestedTags')}:
          </Text>
          {options.map((o) => (
            <Button
              key={o}
              size="compact-xs"
              variant="light"
              color="gray"
              onClick={() => void add(o)}
              aria-label={t('detail.addSuggestedTag', { tag: o })}
            >
              {o}
            </Button>
          ))}
        </Group>
      )}
      {error && (
        <Alert color="red" mt="xs" py={4} role="alert">
          {errorMessage(error, t)}
        </Alert>
      )}
    </section>
  );
}
