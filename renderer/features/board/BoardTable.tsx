import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CohortBoardDto } from '../../../shared/api/dto';
import { PersonAvatar } from '../../components/PersonAvatar';
import { asLanguage } from '../../i18n';
import { formatDuration, formatPercent } from '../attendance/format';
import { LessonCell, PlansCell, SelfAssessmentCell } from './BoardCells';
import { boardColumns, columnCount, lessonCellView } from './cells';
import classes from './board.module.css';

/** Participants × lessons, grouped by module, then CVs and plans; the names stay in view while the rest scrolls sideways. */
export function BoardTable({ board }: { board: CohortBoardDto }) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const groups = boardColumns(board);
  return (
    <div className={classes.scroller} tabIndex={0} role="region" aria-label={t('board.regionLabel')}>
      <table className={classes.table} aria-label={t('board.tableLabel')}>
        <thead>
          <tr>
            <td className={classes.sticky} />
            {groups.map((group) => (
              <th key={group.moduleId} scope="colgroup" colSpan={columnCount(group)} className={`${classes.groupStart} ${classes.moduleHead}`}>
                {t(`sessions.modules.${group.moduleId}`)}
              </th>
            ))}
            <th scope="colgroup" colSpan={2} className={classes.groupStart}><span className="visually-hidden">{t('board.cv')}, {t('board.plans')}</span></th>
          </tr>
          <tr>
            <th scope="col" className={classes.sticky}>{t('board.participant')}</th>
            {groups.flatMap((group) => [
              ...group.lessons.map((lesson, index) => (
                <th key={lesson.id} scope="col" className={`${classes.lessonHead} ${index === 0 ? classes.groupStart : ''}`}>{lesson.title[language]}</th>
              )),
              group.selfAssessment && <th key={`${group.moduleId}-self`} scope="col" className={group.lessons.length === 0 ? classes.groupStart : undefined}>{t('board.selfAssessment')}</th>,
              group.hours && <th key={`${group.moduleId}-hours`} scope="col" className={group.lessons.length === 0 && !group.selfAssessment ? classes.groupStart : undefined}>{t('board.hours')}</th>,
            ])}
            <th scope="col" className={classes.groupStart}>{t('board.cv')}</th>
            <th scope="col">{t('board.plans')}</th>
          </tr>
        </thead>
        <tbody>
          {board.rows.map((row) => (
            <tr key={row.participantId}>
              <th scope="row" className={classes.sticky}>
                <Group gap="sm" wrap="nowrap">
                  <PersonAvatar avatar={row.avatar} firstName={row.firstName} lastName={row.lastName} size={40} />
                  <span className={classes.name}>{row.firstName} {row.lastName}</span>
                </Group>
              </th>
              {groups.flatMap((group) => [
                ...group.lessons.map((lesson, index) => (
                  <td key={lesson.id} className={index === 0 ? classes.groupStart : undefined}>
                    <LessonCell view={lessonCellView(row.lessons[lesson.id], lesson.questions)} />
                  </td>
                )),
                group.selfAssessment && (
                  <td key={`${group.moduleId}-self`} className={group.lessons.length === 0 ? classes.groupStart : undefined}>
                    <SelfAssessmentCell value={row.selfAssessments[group.moduleId]} language={i18n.language} />
                  </td>
                ),
                group.hours && (
                  <td key={`${group.moduleId}-hours`} className={`${classes.nowrap} ${group.lessons.length === 0 && !group.selfAssessment ? classes.groupStart : ''}`}>
                    {board.minutesScheduled[group.moduleId] > 0 ? (
                      <>
                        <Text span fw={700}>{formatPercent(t, i18n.language, row.minutesAttended[group.moduleId], board.minutesScheduled[group.moduleId])}</Text>{' '}
                        <br />
                        <Text span size="md">{t('sessions.hoursCell', { attended: formatDuration(t, row.minutesAttended[group.moduleId]), scheduled: formatDuration(t, board.minutesScheduled[group.moduleId]) })}</Text>
                      </>
                    ) : (
                      t('board.nothing')
                    )}
                  </td>
                ),
              ])}
              <td className={classes.groupStart}>{row.cvCount}</td>
              <td className={classes.plans}><PlansCell plans={row.plans} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
