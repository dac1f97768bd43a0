import { Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconChartBar, IconClock, IconFileText } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LESSON_ICONS } from './BoardCells';

/** What each sign of the board means, in words. */
export function BoardLegend() {
  const { t } = useTranslation();
  const item = (icon: ReactNode, text: string) => (
    <Group gap={8} wrap="nowrap" align="flex-start" component="li">
      <span style={{ flex: 'none', display: 'inline-flex', paddingTop: 2 }}>{icon}</span>
      <Text>{text}</Text>
    </Group>
  );
  const lesson = (kind: keyof typeof LESSON_ICONS) => {
    const Look = LESSON_ICONS[kind].icon;
    return <Look size={24} color={LESSON_ICONS[kind].color} aria-hidden />;
  };
  return (
    <Stack gap="xs" component="section" aria-labelledby="board-legend">
      <Title order={2} size="h4" id="board-legend">{t('board.legendTitle')}</Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs" verticalSpacing={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {item(lesson('done'), t('board.doneLegend'))}
        {item(lesson('progress'), t('board.inProgressLegend'))}
        {item(lesson('none'), t('board.notStarted'))}
        {item(<IconChartBar size={24} aria-hidden />, t('board.selfAssessmentLegend'))}
        {item(<IconClock size={24} aria-hidden />, t('board.hoursLegend'))}
        {item(<IconFileText size={24} aria-hidden />, t('board.plansLegend'))}
      </SimpleGrid>
    </Stack>
  );
}
