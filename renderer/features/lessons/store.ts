import { create } from 'zustand';
import type { CatalogDto, CountryPageDto, LessonStateDto, MyProgressDto } from '../../../shared/api/dto';
import { checkAnswer, type Answer } from '../../../shared/content/answers';
import { hasDataConsent } from '../privacy/store';
import type { Lesson } from '../../../shared/content/schema';
import { api } from '../../api/api';

interface LessonsState {
  catalog: CatalogDto | null;
  progress: MyProgressDto | null;
  loadFailed: boolean;
}

/** The catalogue and, for a participant, their progress (home screen). */
export const useLessons = create<LessonsState>()(() => ({ catalog: null, progress: null, loadFailed: false }));

export async function loadCatalog(withProgress: boolean): Promise<void> {
  const [catalog, progress] = await Promise.all([
    api()['lessons.catalog']({}),
    withProgress ? api()['progress.mine']({}) : Promise.resolve(null),
  ]);
  useLessons.setState({
    catalog: catalog.ok ? catalog.value : null,
    progress: progress?.ok ? progress.value : null,
    loadFailed: !catalog.ok || (progress !== null && !progress.ok),
  });
}

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

interface PlayerState {
  lesson: Lesson | null;
  position: number;
  answers: LessonStateDto['answers'];
  finished: boolean;
  save: SaveState;
  loadFailed: boolean;
  /** The coordinator's orientation contacts for the participant's country, shown beside country steps. */
  contact: string;
  /** The whole country page (contacts, support, notes), shown with the contacts. */
  countryPage: CountryPageDto | null;
}

const EMPTY: PlayerState = { lesson: null, position: 0, answers: {}, finished: false, save: 'idle', loadFailed: false, contact: '', countryPage: null };

/** One lesson being played by a participant: every answer and move is saved as it happens. */
export const usePlayer = create<PlayerState>()(() => EMPTY);

export async function openLesson(lessonId: string, asParticipant: boolean): Promise<void> {
  usePlayer.setState(EMPTY);
  const [lesson, state, me] = await Promise.all([
    api()['lessons.get']({ lessonId }),
    asParticipant ? api()['progress.lesson']({ lessonId }) : Promise.resolve(null),
    asParticipant ? api()['me.profile']({}) : Promise.resolve(null),
  ]);
  if (!lesson.ok || (state && !state.ok)) return usePlayer.setState({ loadFailed: true });
  const saved = state?.ok ? state.value : null;
  usePlayer.setState({
    lesson: lesson.value,
    position: Math.min(saved?.position ?? 0, lesson.value.steps.length - 1),
    answers: saved?.answers ?? {},
    finished: false,
    contact: me?.ok ? me.value.orientationContact : '',
    countryPage: me?.ok ? me.value.countryPage : null,
  });
}

async function saving<T>(call: Promise<{ ok: boolean; value?: T }>): Promise<T | undefined> {
  usePlayer.setState({ save: 'saving' });
  const result = await call;
  usePlayer.setState({ save: result.ok ? 'saved' : 'error' });
  return result.ok ? result.value : undefined;
}

export async function answerStep(stepId: string, answer: Answer): Promise<void> {
  const lesson = usePlayer.getState().lesson;
  if (!lesson) return;
  usePlayer.setState((state) => ({ answers: { ...state.answers, [stepId]: { answer, score: state.answers[stepId]?.score ?? null } } }));
  // Without the consent to keep their data nothing is sent to be saved: the answer is checked here, for the screen only.
  if (!hasDataConsent()) {
    const step = lesson.steps.find((candidate) => candidate.id === stepId);
    const check = step ? checkAnswer(step, answer) : null;
    if (check?.valid) usePlayer.setState((state) => ({ answers: { ...state.answers, [stepId]: { answer, score: check.score } } }));
    return;
  }
  const result = await saving(api()['progress.saveAnswer']({ lessonId: lesson.id, stepId, answer }));
  if (result) usePlayer.setState((state) => ({ answers: { ...state.answers, [stepId]: { answer, score: result.score } } }));
}

export async function goToStep(position: number, asParticipant: boolean): Promise<void> {
  const lesson = usePlayer.getState().lesson;
  if (!lesson) return;
  const next = Math.max(0, Math.min(position, lesson.steps.length - 1));
  usePlayer.setState({ position: next });
  if (asParticipant && hasDataConsent()) await saving(api()['progress.setPosition']({ lessonId: lesson.id, position: next }));
}

export async function finishLesson(asParticipant: boolean): Promise<void> {
  const lesson = usePlayer.getState().lesson;
  if (!lesson) return;
  if (asParticipant && hasDataConsent()) await saving(api()['progress.complete']({ lessonId: lesson.id }));
  usePlayer.setState({ finished: true });
}
