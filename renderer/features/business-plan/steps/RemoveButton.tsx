import { ActionIcon } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Removes one row; its label names the row for screen readers. */
export function RemoveButton({ name, onClick, disabled }: { name: string; onClick: () => void; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <ActionIcon variant="subtle" color="red" size={44} onClick={onClick} disabled={disabled} aria-label={t('plan.removeNamed', { name: name || t('plan.unnamed') })}>
      <IconTrash size={22} aria-hidden />
    </ActionIcon>
  );
}
