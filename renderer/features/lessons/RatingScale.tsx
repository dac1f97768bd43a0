import { Group, Radio, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './lessons.module.css';

interface Props {
  value: number | null;
  onChange: (value: number) => void;
  minLabel: string;
  maxLabel: string;
  label?: ReactNode;
  labelledBy?: string;
}

/** A 1–5 scale with large targets and words at both ends (scale steps and module self-assessments). */
export function RatingScale({ value, onChange, minLabel, maxLabel, label, labelledBy }: Props) {
  return (
    <Radio.Group label={label} aria-labelledby={labelledBy} value={value === null ? null : String(value)} onChange={(next) => onChange(Number(next))}>
      <Group gap="sm" mt={label ? 'sm' : 0} wrap="nowrap">
        <Text maw={150}>{minLabel}</Text>
        {[1, 2, 3, 4, 5].map((n) => (
          <Radio.Card key={n} value={String(n)} className={classes.option} data-selected={value === n || undefined} w={64} ta="center" aria-label={String(n)}>
            <Text fw={700} size="xl">{n}</Text>
          </Radio.Card>
        ))}
        <Text maw={150}>{maxLabel}</Text>
      </Group>
    </Radio.Group>
  );
}
