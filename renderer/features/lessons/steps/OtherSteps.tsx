import { Badge, Button, Checkbox, Group, Radio, Stack, Textarea } from '@mantine/core';
import { IconCheck, IconClock, IconUsers } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { REFLECTION_MAX } from '../../../../shared/content/answers';
import { registerFlush } from '../../session/flush-registry';
import { RatingScale } from '../RatingScale';
import { ReadableText } from '../ReadableText';
import { pick } from '../segments';
import classes from '../lessons.module.css';
import { Feedback } from './ChoiceStep';
import type { StepOf, StepProps } from './types';

export function ExplanationStep({ step, language }: StepProps<StepOf<'explanation'>>) {
  return (
    <Stack gap="md">
      <ReadableText segmentKey="title" text={pick(step.title, language)} size="xl" fw={700} heading />
      <ReadableText segmentKey="text" text={pick(step.text, language)} size="xl" />
    </Stack>
  );
}

const REFLECTION_SAVE_DELAY_MS = 800;

/** Free text saved as it is typed (and before a lock), never lost. */
export function ReflectionStep({ step, language, answer, onAnswer }: StepProps<StepOf<'reflection'>>) {
  const { t } = useTranslation();
  const [text, setText] = useState(answer?.type === 'reflection' ? answer.text : '');
  const pending = useRef<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const save = useRef(onAnswer);
  save.current = onAnswer;

  useEffect(() => {
    const flush = async () => {
      window.clearTimeout(timer.current);
      if (pending.current === null) return;
      const value = pending.current;
      pending.current = null;
      save.current({ type: 'reflection', text: value });
    };
    const unregister = registerFlush(flush);
    return () => {
      unregister();
      void flush();
    };
  }, []);

  const change = (value: string) => {
    setText(value);
    pending.current = value;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      if (pending.current !== null) save.current({ type: 'reflection', text: pending.current });
      pending.current = null;
    }, REFLECTION_SAVE_DELAY_MS);
  };

  return (
    <Stack gap="md">
      <ReadableText segmentKey="prompt" text={pick(step.prompt, language)} size="xl" fw={700} id={`prompt-${step.id}`} />
      {step.hint && <ReadableText segmentKey="hint" text={pick(step.hint, language)} c="dimmed" />}
      <Textarea
        aria-labelledby={`prompt-${step.id}`}
        description={t('lessons.reflectionPrivate')}
        value={text}
        onChange={(event) => change(event.currentTarget.value)}
        autosize
        minRows={4}
        maxLength={REFLECTION_MAX}
        size="lg"
      />
    </Stack>
  );
}

export function ScenarioStep({ step, language, answer, onAnswer }: StepProps<StepOf<'scenario'>>) {
  const chosenId = answer?.type === 'scenario' ? answer.choiceId : null;
  const chosen = step.choices.find((c) => c.id === chosenId);
  return (
    <Stack gap="md">
      <ReadableText segmentKey="situation" text={pick(step.situation, language)} size="xl" fw={700} id={`situation-${step.id}`} />
      <Radio.Group value={chosenId} onChange={(choiceId) => onAnswer({ type: 'scenario', choiceId })} aria-labelledby={`situation-${step.id}`}>
        <Stack gap="sm">
          {step.choices.map((choice) => (
            <Radio.Card key={choice.id} value={choice.id} className={classes.option} data-selected={chosenId === choice.id || undefined}>
              <Group wrap="nowrap"><Radio.Indicator /><ReadableText segmentKey={`choice:${choice.id}`} text={pick(choice.text, language)} size="lg" /></Group>
            </Radio.Card>
          ))}
        </Stack>
      </Radio.Group>
      {chosen && <Feedback correct={chosen.recommended} text={pick(chosen.outcome, language)} />}
    </Stack>
  );
}

export function ScaleStep({ step, language, answer, onAnswer }: StepProps<StepOf<'scale'>>) {
  return (
    <Stack gap="md">
      <ReadableText segmentKey="statement" text={pick(step.statement, language)} size="xl" fw={700} id={`statement-${step.id}`} />
      <RatingScale
        value={answer?.type === 'scale' ? answer.value : null}
        onChange={(value) => onAnswer({ type: 'scale', value })}
        minLabel={pick(step.minLabel, language)}
        maxLabel={pick(step.maxLabel, language)}
        labelledBy={`statement-${step.id}`}
      />
    </Stack>
  );
}

export function ChecklistStep({ step, language, answer, onAnswer }: StepProps<StepOf<'checklist'>>) {
  const checked = answer?.type === 'checklist' ? answer.checked : [];
  return (
    <Stack gap="md">
      <ReadableText segmentKey="title" text={pick(step.title, language)} size="xl" fw={700} id={`checklist-${step.id}`} />
      <Checkbox.Group value={checked} onChange={(next) => onAnswer({ type: 'checklist', checked: next })} aria-labelledby={`checklist-${step.id}`}>
        <Stack gap="sm">
          {step.items.map((item) => (
            <Checkbox.Card key={item.id} value={item.id} className={classes.option} data-selected={checked.includes(item.id) || undefined}>
              <Group wrap="nowrap"><Checkbox.Indicator /><ReadableText segmentKey={`item:${item.id}`} text={pick(item.text, language)} size="lg" /></Group>
            </Checkbox.Card>
          ))}
        </Stack>
      </Checkbox.Group>
    </Stack>
  );
}

export function GroupActivityStep({ step, language, answer, onAnswer }: StepProps<StepOf<'groupActivity'>>) {
  const { t } = useTranslation();
  const done = answer?.type === 'groupActivity' && answer.done;
  return (
    <Stack gap="md">
      <Group gap="sm">
        <Badge leftSection={<IconUsers size={18} aria-hidden />} color="grape" variant="light">{t('lessons.groupActivity')}</Badge>
        <Badge leftSection={<IconClock size={18} aria-hidden />} color="gray" variant="outline">{t('lessons.minutes', { count: step.durationMinutes })}</Badge>
      </Group>
      <ReadableText segmentKey="title" text={pick(step.title, language)} size="xl" fw={700} />
      <ReadableText segmentKey="instructions" text={pick(step.instructions, language)} size="xl" />
      <Group>
        <Button variant={done ? 'light' : 'filled'} leftSection={done ? <IconCheck aria-hidden /> : undefined} onClick={() => onAnswer({ type: 'groupActivity', done: !done })} aria-pressed={done}>
          {t(done ? 'lessons.activityDone' : 'lessons.markActivityDone')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Where each tool lives. */
const TOOL_ROUTES: Record<StepOf<'openTool'>['tool'], string> = { cv: '/cv', interview: '/interview', businessPlan: '/plans' };

export function OpenToolStep({ step, language }: StepProps<StepOf<'openTool'>>) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <ReadableText segmentKey="title" text={pick(step.title, language)} size="xl" fw={700} />
      <ReadableText segmentKey="text" text={pick(step.text, language)} size="xl" />
      <Group>
        <Button component={Link} to={TOOL_ROUTES[step.tool]}>{t(`lessons.tools.${step.tool}`)}</Button>
      </Group>
    </Stack>
  );
}
