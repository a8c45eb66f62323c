// The search bar: typed text reaches the URL (and the list) after a short pause; one typing session is
// one history entry (the first change pushes, the next ones replace it).
import { CloseButton, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function SearchBox({ value, onChange }: { value: string; onChange: (value: string, replace: boolean) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const [typing, setTyping] = useState(false);
  const session = useRef(false);
  const committed = useRef(value);
  useEffect(() => {
    if (!typing) {
      setText(value);
      committed.current = value;
    }
  }, [value, typing]);
  const commit = useDebouncedCallback((next: string) => {
    // Refining the same words replaces the entry; a different search is a new one.
    const last = committed.current;
    onChange(next, session.current && (next.startsWith(last) || last.startsWith(next)));
    committed.current = next;
    session.current = true;
    setTyping(false);
  }, 300);

  return (
    <TextInput
      type="search"
      data-conversation-search
      aria-label={t('list.search')}
      placeholder={t('list.searchPlaceholder')}
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={
        text ? (
          <CloseButton
            size="sm"
            aria-label={t('list.clearSearch')}
            onClick={() => {
              setText('');
              onChange('', false);
            }}
          />
        ) : null
      }
      value={text}
      onChange={(e) => {
        setTyping(true);
        setText(e.currentTarget.value);
        commit(e.currentTarget.value);
      }}
      onBlur={() => {
        commit.flush();
        session.current = false;
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          commit.flush();
        } else if (e.key === 'Escape') {
          e.currentTarget.blur();
        }
      }}
    />
  );
}
