import { describe, expect, it } from 'vitest';
import { caller, seededLaptop } from './helpers';
import { planOf, recordStatements } from './query-recorder';

/**
 * The hot paths (the sign-in screen, a participant's lesson progress read and
 * saved) must find their rows through an index: a full scan of participants
 * or of the progress tables is fast on a test laptop and slow on a centre's
 * laptop after years of cohorts (see `npm run bench`, 10k participants).
 * The statements are the ones the services really run, recorded while calling
 * the dispatcher, so a changed query is checked without copying it here.
 */
const BIG_TABLES = ['participants', 'lesson_progress', 'step_answers', 'drafts'];


const fullScans = (plan: string[]) => plan.filter((detail) => BIG_TABLES.some((table) => new RegExp(`^SCAN ${table}\\b`).test(detail)));

describe('query plans of the hot paths', () => {
  it('the sign-in screen and signing in find participants through an index', async () => {
    const laptop = await seededLaptop();
    const statements = await recordStatements(laptop.core.deps.db, async () => {
      await caller(laptop.core).must('auth.signInOptions', {});
      await caller(laptop.core).must('auth.signInParticipant', { participantId: laptop.participantA.id, pin: '1111' });
    });
    const plans = statements.map((statement) => ({ sql: statement.sql, plan: planOf(laptop.core, statement) }));

    expect(plans.filter(({ plan }) => fullScans(plan).length > 0)).toEqual([]);
    expect(plans.flatMap(({ plan }) => plan)).toContain('SEARCH participants USING INDEX participants_by_cohort (cohort_id=?)');
  });

  it('reading and saving lesson progress and drafts never scans a whole table of progress', async () => {
    const laptop = await seededLaptop();
    const awa = laptop.asParticipantA;
    const statements = await recordStatements(laptop.core.deps.db, async () => {
      await awa.must('progress.mine', {});
      await awa.must('progress.lesson', { lessonId: 'demo-lesson' });
      await awa.must('progress.saveAnswer', { lessonId: 'demo-lesson', stepId: 'r1', answer: { type: 'reflection', text: 'Je couds bien.' } });
      await awa.must('progress.setPosition', { lessonId: 'demo-lesson', position: 3 });
      await awa.must('progress.complete', { lessonId: 'demo-lesson' });
      await awa.must('drafts.save', { key: 'cv.summary', value: 'Couturière' });
    });
    const plans = statements.map((statement) => ({ sql: statement.sql, plan: planOf(laptop.core, statement) }));

    expect(plans.filter(({ plan }) => fullScans(plan).length > 0)).toEqual([]);
    const details = plans.flatMap(({ plan }) => plan);
    // The reads go straight to the participant's rows (the primary keys start with participant_id).
    expect(details).toContainEqual(expect.stringMatching(/^SEARCH lesson_progress USING INDEX \S+ \(participant_id=\? AND lesson_id=\?\)$/));
    expect(details).toContainEqual(expect.stringMatching(/^SEARCH step_answers USING INDEX \S+ \(participant_id=\? AND lesson_id=\?\)$/));
  });
});
