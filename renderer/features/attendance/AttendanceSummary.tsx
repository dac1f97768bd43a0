import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AttendanceSummary as Summary } from './attendance';
import { STATUS_LOOK } from './AttendanceCard';

const PARTS = [
  ['present', 'attendance.summaryPresent'],
  ['late', 'attendance.summaryLate'],
  ['absent', 'attendance.summaryAbsent'],
  ['unmarked', 'attendance.summaryUnmarked'],
] as const;

/** "12 présents, 1 en retard, 2 absents, 0 pas marqué", each with its icon. */
export function AttendanceSummary({ summary }: { summary: Summary }) {
  const { t } = useTranslation();
  return (
    <Group gap="lg" component="p" data-testid="attendance-summary" style={{ margin: 0 }}>
      {PARTS.map(([state, key], index) => {
        const Look = STATUS_LOOK[state].icon;
        return (
          <Group key={state} gap={6} c={STATUS_LOOK[state].color} wrap="nowrap" component="span">
            <Look size={24} aria-hidden />
            <Text span fw={700} size="lg" c="inherit">{t(key, { count: summary[state] })}{index < PARTS.length - 1 ? ', ' : ''}</Text>
          </Group>
        );
      })}
    </Group>
  );
}
