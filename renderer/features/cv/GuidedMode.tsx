import { Alert, Button, Chip, Group, Paper, Progress, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconBulb, IconChevronLeft, IconChevronRight, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeDto } from '../../../shared/api/dto';
import { ACTION_VERBS, GENERAL_SUMMARY_STARTERS, INFORMAL_WORK_TIPS, TRADES, type TradeId } from '../../../shared/cv/guidance';
import type { Cv } from '../../../shared/cv/model';
import { ReadAloudButton } from '../lessons/ReadAloudButton';
import { EducationEditor, emptyExperience, ExperienceEditor, LanguagesEditor, LinesEditor } from './fields';
import { editCv } from './store';
import { workshopEducation } from './workshop';
import { asLanguage } from '../../i18n';

const STEPS = ['trade', 'target', 'contact', 'summary', 'experience', 'education', 'skills', 'languages', 'extra', 'done'] as const;
type GuidedStep = (typeof STEPS)[number];

interface Props {
  cv: Cv;
  me: MeDto | null;
  organisation: string;
  warning: (path: string) => string | undefined;
}

/** One question at a time, with examples for the participant's trade, for people who write with difficulty. */
export function GuidedMode({ cv, me, organisation, warning }: Props) {
  const { t, i18n } = useTranslation();
  const [index, setIndex] = useState(0);
  const [trade, setTrade] = useState<TradeId | null>(null);
  const step: GuidedStep = STEPS[index]!;
  const ui = asLanguage(i18n.language);
  const lang = cv.language;
  const guidance = TRADES.find((candidate) => candidate.id === trade);
  const question = t(`cvGuided.${step}.question`);
  const hint = t(`cvGuided.${step}.hint`);
  const suggestion = (text: string, onClick: () => void) => (
    <Button key={text} variant="light" size="sm" leftSection={<IconPlus size={16} aria-hidden />} onClick={onClick} styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }} h="auto" py={6}>
      {text}
    </Button>
  );
  const addTask = (task: string) =>
    editCv((doc) => {
      const experience = doc.experience.length ? doc.experience : [emptyExperience()];
      const last = experience[experience.length - 1]!;
      return { ...doc, experience: [...experience.slice(0, -1), { ...last, tasks: [...last.tasks.filter(Boolean), task].slice(0, 12) }] };
    });

  return (
    <Stack gap="md">
      <Progress value={((index + 1) / STEPS.length) * 100} aria-label={t('cv.guidedProgress', { current: index + 1, total: STEPS.length })} />
      <Text fw={700}>{t('cv.guidedProgress', { current: index + 1, total: STEPS.length })}</Text>
      <Title order={2} size="h3" id="guided-question">{question}</Title>
      <Text>{hint}</Text>
      <Group><ReadAloudButton key={`${ui}:${step}`} segments={[{ key: 'question', text: question }, { key: 'hint', text: hint }]} language={ui} /></Group>

      {step === 'trade' && (
        <Chip.Group value={trade ?? ''} onChange={(value) => setTrade(value as TradeId)}>
          <Group gap="xs" role="radiogroup" aria-labelledby="guided-question">
            {TRADES.map((candidate) => <Chip key={candidate.id} value={candidate.id} size="lg">{candidate.name[ui]}</Chip>)}
          </Group>
        </Chip.Group>
      )}
      {step === 'target' && (
        <>
          <TextInput aria-labelledby="guided-question" size="lg" value={cv.targetJob} onChange={(e) => { const targetJob = e.currentTarget.value; editCv((doc) => ({ ...doc, targetJob })); }} error={warning('targetJob')} />
          <Group gap="xs">{guidance?.jobTitles.map((title) => suggestion(title[lang], () => editCv((doc) => ({ ...doc, targetJob: title[lang] }))))}</Group>
        </>
      )}
      {step === 'contact' && (
        <Stack gap="sm">
          <TextInput label={t('cv.phone')} value={cv.contact.phone} onChange={(e) => { const phone = e.currentTarget.value; editCv((doc) => ({ ...doc, contact: { ...doc.contact, phone } })); }} error={warning('contact.phone')} />
          <TextInput label={t('cv.email')} value={cv.contact.email} onChange={(e) => { const email = e.currentTarget.value; editCv((doc) => ({ ...doc, contact: { ...doc.contact, email } })); }} error={warning('contact.email')} />
          <TextInput label={t('cv.city')} value={cv.contact.city} onChange={(e) => { const city = e.currentTarget.value; editCv((doc) => ({ ...doc, contact: { ...doc.contact, city } })); }} />
        </Stack>
      )}
      {step === 'summary' && (
        <>
          <Textarea aria-labelledby="guided-question" autosize minRows={4} size="lg" value={cv.summary} onChange={(e) => { const summary = e.currentTarget.value; editCv((doc) => ({ ...doc, summary })); }} />
          <Text fw={700}>{t('cv.startWith')}</Text>
          <Group gap="xs">{(guidance?.summaryStarters ?? GENERAL_SUMMARY_STARTERS).map((starter) => suggestion(starter[lang], () => editCv((doc) => ({ ...doc, summary: `${doc.summary}${doc.summary ? ' ' : ''}${starter[lang]}` }))))}</Group>
        </>
      )}
      {step === 'experience' && (
        <Stack gap="sm">
          <Alert color="blue" variant="light" icon={<IconBulb aria-hidden />}>
            <Stack gap={4}>{INFORMAL_WORK_TIPS.map((tip) => <Text key={tip.fr}>{tip[ui]}</Text>)}</Stack>
          </Alert>
          {cv.experience.map((experience, i) => <ExperienceEditor key={experience.id} experience={experience} index={i} warning={warning} />)}
          <Group><Button variant="default" leftSection={<IconPlus aria-hidden />} onClick={() => editCv((doc) => ({ ...doc, experience: [...doc.experience, emptyExperience()] }))}>{t('cv.addExperience')}</Button></Group>
          {guidance && (
            <Paper withBorder p="sm" radius="md">
              <Text fw={700} mb="xs">{t('cv.taskExamples')}</Text>
              <Group gap="xs">{guidance.taskExamples.map((task) => suggestion(task[lang], () => addTask(task[lang])))}</Group>
            </Paper>
          )}
          <Paper withBorder p="sm" radius="md">
            <Text fw={700} mb="xs">{t('cv.actionVerbs')}</Text>
            <Text>{ACTION_VERBS.map((verb) => verb[lang]).join(' · ')}</Text>
          </Paper>
        </Stack>
      )}
      {step === 'education' && (
        <Stack gap="sm">
          {me && <Group><Button onClick={() => editCv((doc) => ({ ...doc, education: [...doc.education, ...workshopEducation(me, organisation, doc.language)] }))}>{t('cv.addWorkshop')}</Button></Group>}
          {cv.education.map((education, i) => <EducationEditor key={education.id} education={education} index={i} />)}
        </Stack>
      )}
      {step === 'skills' && (
        <>
          <LinesEditor label={t('cv.skills')} description={t('cv.onePerLine')} value={cv.skills} onChange={(skills) => editCv((doc) => ({ ...doc, skills: skills.slice(0, 30) }))} />
          <Group gap="xs">{guidance?.skills.map((skill) => suggestion(skill[lang], () => editCv((doc) => ({ ...doc, skills: [...doc.skills.filter(Boolean), skill[lang]].slice(0, 30) }))))}</Group>
        </>
      )}
      {step === 'languages' && <LanguagesEditor cv={cv} />}
      {step === 'extra' && (
        <Stack gap="sm">
          <TextInput label={t('cv.drivingLicence')} description={t('cv.drivingLicenceHint')} value={cv.drivingLicence} onChange={(e) => { const drivingLicence = e.currentTarget.value; editCv((doc) => ({ ...doc, drivingLicence })); }} />
          <LinesEditor label={t('cv.interests')} description={t('cv.onePerLine')} value={cv.interests} onChange={(interests) => editCv((doc) => ({ ...doc, interests: interests.slice(0, 15) }))} />
        </Stack>
      )}

      <Group justify="space-between">
        <Button variant="default" size="lg" leftSection={<IconChevronLeft aria-hidden />} disabled={index === 0} onClick={() => setIndex(index - 1)}>{t('lessons.previous')}</Button>
        {index < STEPS.length - 1 && <Button size="lg" rightSection={<IconChevronRight aria-hidden />} onClick={() => setIndex(index + 1)}>{t('lessons.next')}</Button>}
      </Group>
    </Stack>
  );
}
