import { ActionIcon, Button, Checkbox, Group, Paper, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_LEVELS, type Cv, type CvLanguage, type Education, type Experience } from '../../../shared/cv/model';
import { CV_LABELS } from '../../../shared/cv/labels';
import { editCv } from './store';

/** Small editors shared by the guided and the full form; every change goes through `editCv`. */

export const newId = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 10)}`;
export const linesOf = (text: string) => text.split('\n').map((line) => line.trimStart());

export function emptyExperience(): Experience {
  return { id: newId('exp'), role: '', employer: '', selfEmployed: false, place: '', start: '', end: '', current: false, tasks: [] };
}

export function ExperienceEditor({ experience, index, warning }: { experience: Experience; index: number; warning: (path: string) => string | undefined }) {
  const { t } = useTranslation();
  const set = (patch: Partial<Experience>) => editCv((cv) => ({ ...cv, experience: cv.experience.map((e, i) => (i === index ? { ...e, ...patch } : e)) }));
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group grow align="flex-start">
          <TextInput label={t('cv.role')} value={experience.role} onChange={(e) => set({ role: e.currentTarget.value })} error={warning(`experience.${index}.role`)} />
          <TextInput label={t('cv.employer')} value={experience.employer} disabled={experience.selfEmployed} onChange={(e) => set({ employer: e.currentTarget.value })} />
        </Group>
        <Checkbox label={t('cv.selfEmployed')} checked={experience.selfEmployed} onChange={(e) => set({ selfEmployed: e.currentTarget.checked, employer: e.currentTarget.checked ? '' : experience.employer })} />
        <TextInput label={t('cv.place')} description={t('cv.placeHint')} value={experience.place} onChange={(e) => set({ place: e.currentTarget.value })} />
        <Group grow align="flex-start">
          <TextInput type="month" label={t('cv.start')} value={experience.start} onChange={(e) => set({ start: e.currentTarget.value })} error={warning(`experience.${index}.start`)} />
          <TextInput type="month" label={t('cv.end')} value={experience.end} disabled={experience.current} onChange={(e) => set({ end: e.currentTarget.value })} error={warning(`experience.${index}.end`)} />
        </Group>
        <Checkbox label={t('cv.current')} checked={experience.current} onChange={(e) => set({ current: e.currentTarget.checked, end: e.currentTarget.checked ? '' : experience.end })} />
        <Textarea label={t('cv.tasks')} description={t('cv.tasksHint')} autosize minRows={3} value={experience.tasks.join('\n')} onChange={(e) => set({ tasks: linesOf(e.currentTarget.value).slice(0, 12) })} />
        <Group justify="flex-end">
          <Button variant="subtle" color="red" size="sm" leftSection={<IconTrash size={18} aria-hidden />} onClick={() => editCv((cv) => ({ ...cv, experience: cv.experience.filter((_, i) => i !== index) }))}>
            {t('cv.removeExperience')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

export function EducationEditor({ education, index }: { education: Education; index: number }) {
  const { t } = useTranslation();
  const set = (patch: Partial<Education>) => editCv((cv) => ({ ...cv, education: cv.education.map((e, i) => (i === index ? { ...e, ...patch } : e)) }));
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group grow align="flex-start">
          <TextInput label={t('cv.trainingTitle')} value={education.title} onChange={(e) => set({ title: e.currentTarget.value })} />
          <TextInput label={t('cv.institution')} value={education.institution} onChange={(e) => set({ institution: e.currentTarget.value })} />
        </Group>
        <Group grow align="flex-start">
          <TextInput label={t('cv.place')} value={education.place} onChange={(e) => set({ place: e.currentTarget.value })} />
          <TextInput type="month" label={t('cv.start')} value={education.start} onChange={(e) => set({ start: e.currentTarget.value })} />
          <TextInput type="month" label={t('cv.end')} value={education.end} onChange={(e) => set({ end: e.currentTarget.value })} />
        </Group>
        <Textarea label={t('cv.details')} autosize minRows={2} value={education.details} onChange={(e) => set({ details: e.currentTarget.value })} />
        <Group justify="flex-end">
          <Button variant="subtle" color="red" size="sm" leftSection={<IconTrash size={18} aria-hidden />} onClick={() => editCv((cv) => ({ ...cv, education: cv.education.filter((_, i) => i !== index) }))}>
            {t('cv.remove')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

export function LanguagesEditor({ cv }: { cv: Cv }) {
  const { t } = useTranslation();
  const labels = CV_LABELS[cv.language];
  const set = (index: number, patch: Partial<CvLanguage>) => editCv((doc) => ({ ...doc, languages: doc.languages.map((l, i) => (i === index ? { ...l, ...patch } : l)) }));
  return (
    <Stack gap="sm">
      {cv.languages.map((language, index) => (
        <Group key={language.id} align="flex-end" wrap="wrap">
          <TextInput label={t('cv.languageName')} value={language.name} onChange={(e) => set(index, { name: e.currentTarget.value })} />
          <Select label={t('cv.level')} allowDeselect={false} value={language.level} data={LANGUAGE_LEVELS.map((level) => ({ value: level, label: labels.levels[level] }))} onChange={(level) => level && set(index, { level: level as CvLanguage['level'] })} />
          <Checkbox label={t('cv.showCefr')} checked={language.showCefr} onChange={(e) => set(index, { showCefr: e.currentTarget.checked })} mb={10} />
          <ActionIcon variant="subtle" color="red" size="xl" aria-label={t('cv.removeNamed', { name: language.name || t('cv.languageName') })} onClick={() => editCv((doc) => ({ ...doc, languages: doc.languages.filter((_, i) => i !== index) }))}>
            <IconTrash aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button variant="default" size="md" leftSection={<IconPlus aria-hidden />} onClick={() => editCv((doc) => ({ ...doc, languages: [...doc.languages, { id: newId('lang'), name: '', level: 'intermediate', showCefr: false }] }))}>
          {t('cv.addLanguage')}
        </Button>
      </Group>
    </Stack>
  );
}

/** One item per line: skills, interests. */
export function LinesEditor({ label, description, value, onChange }: { label: string; description?: string; value: string[]; onChange: (lines: string[]) => void }) {
  return <Textarea label={label} description={description} autosize minRows={3} value={value.join('\n')} onChange={(e) => onChange(linesOf(e.currentTarget.value))} />;
}
