import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CountryPageDto } from '../../../shared/api/dto';

/**
 * A country page as participants read it (in the orientation lesson): the
 * contacts, the support that exists and useful notes, each only when
 * written; `fallback` when nothing is.
 */
export function CountryPageNote({ page, fallback }: { page: Pick<CountryPageDto, 'contacts' | 'support' | 'notes'> | null; fallback: string }) {
  const { t } = useTranslation();
  const parts = page
    ? ([['contacts', page.contacts], ['support', page.support], ['notes', page.notes]] as const).filter(([, text]) => text.trim() !== '')
    : [];
  if (parts.length === 0) return <Text data-testid="orientation-contact">{fallback}</Text>;
  return (
    <Stack gap="sm" data-testid="country-page">
      {parts.map(([key, text]) => (
        <Stack key={key} gap={2}>
          <Text fw={700}>{t(`orientation.lesson.${key}`)}</Text>
          <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }} data-testid={key === 'contacts' ? 'orientation-contact' : undefined}>{text}</Text>
        </Stack>
      ))}
    </Stack>
  );
}
