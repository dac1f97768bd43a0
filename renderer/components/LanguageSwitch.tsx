import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/domain/roles';

interface Props {
  value: Language;
  onChange: (language: Language) => void;
}

/** Always labelled in both languages, so someone who reads only one can find it. */
export function LanguageSwitch({ value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      aria-label={t('common.languageSwitch')}
      size="md"
      value={value}
      onChange={(next) => onChange(next as Language)}
      data={[
        { value: 'fr', label: 'Français' },
        { value: 'en', label: 'English' },
      ]}
    />
  );
}
