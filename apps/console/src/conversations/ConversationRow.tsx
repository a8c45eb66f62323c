// One row of the list: a link whose accessible name starts with the conversation's title; the
// checkbox for bulk actions sits beside it (never inside a link).
import { Checkbox, Group, Text, VisuallyHidden } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Highlighted } from '../common/Highlighted';
import { ScoreBadge } from '../common/ScoreBadge';
import { SourceIcon } from '../common/SourceIcon';
import { StatusBadge } from '../common/StatusBadge';
import { useFormat } from '../i18n/format';
import type { Row } from './list-reducer';
import classes from './ConversationRow.module.css';

export const ROW_HEIGHT = 92;
const MAX_TAGS = 3;

interface Props {
  row: Row;
  href: string;
  index: number;
  active: boolean;
  open: boolean;
  selected: boolean;
  onSelect: (id: string, selected: boolean) => void;
  onFocusRow: (index: number) => void;
  now: number;
}

export const ConversationRow = memo(function ConversationRow({
  row,
  href,
  index,
  active,
  open,
  selected,
  onSelect,
  onFocusRow,
  now,
}: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const { node, highlights } = row;
  const passage = highlights.find((h) => h.field === 'MESSAGE' || h.field === 'NOTE') ?? highlights[0];
  const extraTags = node.tags.length - MAX_TAGS;
  return (
    <div
      className={classes.row}
      data-active={active || undefined}
      data-open={open || undefined}
      data-row-index={index}
      style={{ height: ROW_HEIGHT }}
    >
      <Checkbox
        className={classes.check}
        aria-label={t('list.selectRow', { title: node.title })}
        checked={selected}
        onChange={(e) => onSelect(node.id, e.currentTarget.checked)}
        size="xs"
      />
      <Link to={href} className={classes.link} aria-current={open ? 'page' : undefined} onFocus={() => onFocusRow(index)}>
        <Group gap={6} wrap="nowrap" justify="space-between">
          <Group gap={6} wrap="nowrap" miw={0}>
            <SourceIcon source={node.source} size={16} />
            <Text fw={600} size="sm" truncate className={classes.title}>
              {highlights.some((h) => h.field === 'TITLE') ? (
                <Highlighted text={node.title} matches={highlights.find((h) => h.field === 'TITLE')?.matches ?? []} />
              ) : (
                node.title
              )}
            </Text>
            <VisuallyHidden>{`, ${t(`source.${node.source}`)}`}</VisuallyHidden>
          </Group>
          <Text
            size="xs"
            c="dimmed"
            component="time"
            dateTime={node.lastMessageAt}
            title={f.dateTime(node.lastMessageAt)}
            className={classes.time}
          >
            {f.relative(node.lastMessageAt, now)}
          </Text>
        </Group>
        <Text size="sm" c="dimmed" truncate className={classes.preview}>
          {passage && passage.field !== 'TITLE' ? (
            <Highlighted text={passage.text} matches={passage.matches} />
          ) : (
            <>
              {node.lastMessage.role === 'AGENT' && <span className={classes.agent}>{t('list.agentPrefix')} </span>}
              {node.lastMessage.text}
            </>
          )}
        </Text>
        <Group gap={4} wrap="nowrap" className={classes.meta}>
          <StatusBadge status={node.status} size="xs" />
          {node.statusOrigin === 'MANUAL' && <VisuallyHidden>{t('conversation.setByPerson')}</VisuallyHidden>}
          {node.review && <ScoreBadge score={node.review.qualityScore} size="xs" />}
          {node.tags.slice(0, MAX_TAGS).map((tag) => (
            <span key={tag.id} className={classes.tag}>
              #{tag.name}
            </span>
          ))}
          {extraTags > 0 && <span className={classes.tag}>+{extraTags}</span>}
        </Group>
      </Link>
    </div>
  );
});
