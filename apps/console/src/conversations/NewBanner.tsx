// "3 new": conversations that arrived live, shown only when the person asks (nothing moves meanwhile).
// It overlays the top of the list instead of pushing it down, so its appearance shifts no layout.
import { Button } from '@mantine/core';
import { IconArrowUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function NewBanner({ count, onShow }: { count: number; onShow: () => void }) {
  const { t } = useTranslation();
  return (
    <div
      aria-live="polite"
      style={{
        position: 'absolute',
        top: 8,
        left: 0,
        right: 0,
        display: 'flex',
        justifyContent: 'center',
        zIndex: 2,
        pointerEvents: 'none',
      }}
    >
      {count > 0 && (
        <Button
          size="xs"
          radius="xl"
          leftSection={<IconArrowUp size={14} aria-hidden />}
          onClick={onShow}
          style={{ pointerEvents: 'auto' }}
          className="new-banner"
        >
          {t('list.newCount', { count })}
        </Button>
      )}
    </div>
  );
}
