import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asLanguage } from '../../i18n';

interface NumberFieldProps extends Omit<NumberInputProps, 'value' | 'onChange' | 'max' | 'error'> {
  value: number;
  max: number;
  onChange: (value: number) => void;
  /** Digits after the decimal mark (interest rates); whole numbers by default. */
  decimals?: number;
}

/**
 * A whole amount or quantity. Only digits can be typed; a value beyond what
 * the plan can count is shown with a clear message and never saved (the last
 * good value stays). An empty field counts as zero.
 */
export function NumberField({ value, max, onChange, decimals = 0, ...props }: NumberFieldProps) {
  const { t, i18n } = useTranslation();
  const french = asLanguage(i18n.language) === 'fr';
  const [problem, setProblem] = useState<string | null>(null);
  const maxText = new Intl.NumberFormat(french ? 'fr-FR' : 'en-GB').format(max);

  return (
    <NumberInput
      {...props}
      value={value === 0 ? '' : value}
      placeholder="0"
      min={0}
      allowNegative={false}
      allowDecimal={decimals > 0}
      decimalScale={decimals}
      decimalSeparator={french ? ',' : '.'}
      thousandSeparator={french ? ' ' : ','}
      hideControls
      inputMode={decimals > 0 ? 'decimal' : 'numeric'}
      error={problem}
      onChange={(next) => {
        const number = next === '' ? 0 : typeof next === 'number' ? next : Number.NaN;
        if (!Number.isFinite(number) || number < 0) return setProblem(t('plan.wholeNumber'));
        if (number > max) return setProblem(t('plan.amountTooLarge', { max: maxText }));
        setProblem(null);
        onChange(number);
      }}
    />
  );
}
