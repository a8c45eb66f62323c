// Internal notes for the team, newest first, with who wrote them.
import { Alert, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorMessage } from '../api/errors';
import type { ConversationDetailQuery } from '../graphql/generated/graphql';
import { useFormat } from '../i18n/format';
import { actorName } from './actor-name';
import classes from './ConversationDetail.module.css';
import { AddNoteDocument } from '../graphql/generated/graphql';

type Note = NonNullable<ConversationDetailQuery['conversation']>['notes'][number];

const MAX_NOTE = 10_000;

export function NotesPanel({ conversationId, notes, onChanged }: { conversationId: string; notes: Note[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [body, setBody] = useState('');
  const [result, addNote] = useMutation(AddNoteDocument);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const text = body.trim();
    if (!text) return;
    const res = await addNote({ conversationId, body: text });
    if (!res.error) {
      setBody('');
      onChanged();
    }
  };

  return (
    <section aria-labelledby="notes-title" className={classes.card}>
      <Title order={3} size="h5" id="notes-title" mb="xs">
        {t('detail.notes')}
      </Title>
      <form onSubmit={submit}>
        <Textarea
          label={t('detail.note')}
          description={t('detail.noteHint')}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={MAX_NOTE}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) void submit(e);
          }}
        />
        <Group justify="flex-end" mt="xs">
          <Button type="submit" size="xs" loading={result.fetching} disabled={!body.trim()}>
            {t('detail.addNote')}
          </Button>
        </Group>
      </form>
      {result.error && (
        <Alert color="red" mt="xs" py={4} role="alert">
          {errorMessage(result.error, t)}
        </Alert>
      )}
      <Stack gap="xs" mt={notes.length ? 'sm' : 0} component="ol" className={classes.plainList}>
        {notes.map((n) => (
          <li key={n.id} className={classes.note}>
            <Text size="sm" className={classes.noteBody}>
              {n.body}
            </Text>
            <Text size="xs" c="dimmed" mt={2}>
              {actorName(n.author, t)} · <time dateTime={n.createdAt}>{f.dateTime(n.createdAt)}</time>
            </Text>
          </li>
        ))}
      </Stack>
    </section>
  );
}
