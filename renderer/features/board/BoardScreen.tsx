import { Anchor, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { loadCohorts, useCohorts } from '../cohorts/store';
import { BoardLegend } from './BoardLegend';
import { BoardTable } from './BoardTable';
import { loadBoard, useBoard } from './store';

/** A cohort's progress at a glance, readable on a projector: lessons, self-assessments, hours, CVs and plans. */
export function BoardScreen() {
  const { t } = useTranslation();
  const { cohortId = '' } = useParams();
  const cohorts = useCohorts((state) => state.cohorts);
  const board = useBoard((state) => (state.cohortId === cohortId ? state.board : null));
  const error = useBoard((state) => state.error);
  const cohort = cohorts?.find((c) => c.id === cohortId);

  useEffect(() => {
    if (!cohorts) void loadCohorts();
  }, [cohorts]);
  useEffect(() => {
    void loadBoard(cohortId);
  }, [cohortId]);

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/cohorts/${cohortId}`} size="md"><Group gap={4}><IconArrowLeft size={20} aria-hidden />{t('board.back')}</Group></Anchor>
      <Stack gap={0}>
        <Title order={1}>{t('board.title')}</Title>
        <Text size="lg" style={{ overflowWrap: 'anywhere' }}>{cohort?.name}</Text>
      </Stack>
      <ErrorAlert message={error ? t(`errors.${error}`) : null} />
      {!board && !error && <Loader role="status" aria-label={t('common.loading')} />}
      {board && board.rows.length === 0 && <Text>{t('board.empty')}</Text>}
      {board && board.rows.length > 0 && (
        <>
          <BoardTable board={board} />
          <BoardLegend />
        </>
      )}
    </Stack>
  );
}
