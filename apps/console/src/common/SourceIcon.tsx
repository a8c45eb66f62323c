import { IconBrandWhatsapp, IconMessageCircle } from '@tabler/icons-react';
import type { ConversationSource } from '../graphql/generated/graphql';

/** Decorative: the source is also written out where it matters (see the callers). */
export function SourceIcon({ source, size = 18 }: { source: ConversationSource; size?: number }) {
  return source === 'WHATSAPP' ? (
    <IconBrandWhatsapp size={size} color="var(--mantine-color-green-8)" aria-hidden />
  ) : (
    <IconMessageCircle size={size} color="var(--mantine-color-blue-8)" aria-hidden />
  );
}
