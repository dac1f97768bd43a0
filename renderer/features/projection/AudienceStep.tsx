import type { Step } from '../../../shared/content/schema';
import type { Language } from '../../../shared/domain/roles';
import { StepIcon } from '../../components/StepIcon';
import { pick } from '../lessons/segments';
import classes from './projection.module.css';

const LETTERS = 'ABCDEFGH';

/**
 * One step as the room sees it: very large type sized to the screen's width
 * (container units), no controls, no personal data. Answers appear only when
 * the facilitator reveals them.
 */
export function AudienceStep({ step, language, revealed }: { step: Step; language: Language; revealed: boolean }) {
  const t = (text: Parameters<typeof pick>[0]) => pick(text, language);
  // Long questions with their options must still fit one 16:9 screen.
  const dense = 'options' in step || 'choices' in step;
  const heading = (text: string) => <h1 className={`${classes.heading} ${dense && text.length > 90 ? classes.headingLong : ''}`}>{text}</h1>;
  const list = (items: { id: string; text: string; mark?: boolean; detail?: string }[]) => (
    <ol className={`${classes.choices} ${items.length > 3 ? classes.manyChoices : ''}`}>
      {items.map((item, index) => (
        <li key={item.id} className={revealed && item.mark ? classes.correct : undefined}>
          <span className={classes.letter}>{LETTERS[index]}</span>
          <span>
            {item.text}
            {revealed && item.detail && <span className={classes.detail}>{item.detail}</span>}
          </span>
        </li>
      ))}
    </ol>
  );

  return (
    <div className={classes.step}>
      {step.icon && <StepIcon name={step.icon} className={classes.icon} stroke={1.5} />}
      {(() => {
        switch (step.type) {
          case 'explanation':
            return <>{heading(t(step.title))}<p className={classes.text}>{t(step.text)}</p></>;
          case 'singleChoice':
          case 'multipleChoice':
            return <>{heading(t(step.question))}{list(step.options.map((o) => ({ id: o.id, text: t(o.text), mark: o.correct, detail: o.correct ? t(o.feedback) : undefined })))}</>;
          case 'scenario':
            return <>{heading(t(step.situation))}{list(step.choices.map((c) => ({ id: c.id, text: t(c.text), mark: c.recommended, detail: t(c.outcome) })))}</>;
          case 'reflection':
            return <>{heading(t(step.prompt))}{step.hint && <p className={classes.text}>{t(step.hint)}</p>}</>;
          case 'scale':
            return <>{heading(t(step.statement))}<p className={classes.text}>1 = {t(step.minLabel)} · 5 = {t(step.maxLabel)}</p></>;
          case 'checklist':
            return <>{heading(t(step.title))}{list(step.items.map((item) => ({ id: item.id, text: t(item.text) })))}</>;
          case 'groupActivity':
            return <>{heading(t(step.title))}<p className={classes.text}>{t(step.instructions)}</p><p className={classes.duration}>{step.durationMinutes} min</p></>;
          case 'openTool':
            return <>{heading(t(step.title))}<p className={classes.text}>{t(step.text)}</p></>;
        }
      })()}
    </div>
  );
}
