import { Alert, Button, Checkbox, Group, Radio, Stack } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pick } from '../segments';
import { ReadableText } from '../ReadableText';
import classes from '../lessons.module.css';
import type { StepOf, StepProps } from './types';

/** Single choice: answering shows the feedback of the chosen option at once. */
export function SingleChoiceStep({ step, language, answer, onAnswer }: StepProps<StepOf<'singleChoice'>>) {
  const chosenId = answer?.type === 'singleChoice' ? answer.optionId : null;
  const chosen = step.options.find((o) => o.id === chosenId);
  return (
    <Stack gap="md">
      <ReadableText segmentKey="question" text={pick(step.question, language)} size="xl" fw={700} id={`q-${step.id}`} />
      <Radio.Group value={chosenId} onChange={(optionId) => onAnswer({ type: 'singleChoice', optionId })} aria-labelledby={`q-${step.id}`}>
        <Stack gap="sm">
          {step.options.map((option) => (
            <Radio.Card key={option.id} value={option.id} className={classes.option} data-selected={chosenId === option.id || undefined}>
              <Group wrap="nowrap"><Radio.Indicator /><ReadableText segmentKey={`option:${option.id}`} text={pick(option.text, language)} size="lg" /></Group>
            </Radio.Card>
          ))}
        </Stack>
      </Radio.Group>
      {chosen && <Feedback correct={chosen.correct} text={pick(chosen.feedback, language)} />}
    </Stack>
  );
}

/** Multiple choice: tick, then check; each option's feedback is shown after checking. */
export function MultipleChoiceStep({ step, language, answer, onAnswer }: StepProps<StepOf<'multipleChoice'>>) {
  const { t } = useTranslation();
  const saved = answer?.type === 'multipleChoice' ? answer.optionIds : null;
  const [ticked, setTicked] = useState<string[]>(saved ?? []);
  const checked = saved !== null && saved.length === ticked.length && saved.every((id) => ticked.includes(id));
  return (
    <Stack gap="md">
      <ReadableText segmentKey="question" text={pick(step.question, language)} size="xl" fw={700} id={`q-${step.id}`} />
      <Checkbox.Group value={ticked} onChange={setTicked} aria-labelledby={`q-${step.id}`}>
        <Stack gap="sm">
          {step.options.map((option) => (
            <Stack key={option.id} gap={4}>
              <Checkbox.Card value={option.id} className={classes.option} data-selected={ticked.includes(option.id) || undefined}>
                <Group wrap="nowrap"><Checkbox.Indicator /><ReadableText segmentKey={`option:${option.id}`} text={pick(option.text, language)} size="lg" /></Group>
              </Checkbox.Card>
              {checked && ticked.includes(option.id) !== option.correct && <Feedback correct={false} text={pick(option.feedback, language)} />}
              {checked && option.correct && ticked.includes(option.id) && <Feedback correct text={pick(option.feedback, language)} />}
            </Stack>
          ))}
        </Stack>
      </Checkbox.Group>
      <Group><Button onClick={() => onAnswer({ type: 'multipleChoice', optionIds: ticked })} disabled={ticked.length === 0}>{t('lessons.check')}</Button></Group>
    </Stack>
  );
}

export function Feedback({ correct, text }: { correct: boolean; text: string }) {
  const { t } = useTranslation();
  return (
    <Alert color={correct ? 'teal' : 'red'} variant="light" icon={correct ? <IconCheck aria-hidden /> : <IconX aria-hidden />} title={t(correct ? 'lessons.right' : 'lessons.notQuite')} role="status">
      {text}
    </Alert>
  );
}

