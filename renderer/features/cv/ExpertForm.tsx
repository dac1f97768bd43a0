import { ActionIcon, Button, Checkbox, FileButton, Group, Paper, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPhoto, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MeDto } from '../../../shared/api/dto';
import { CV_LABELS } from '../../../shared/cv/labels';
import type { Cv, SectionId } from '../../../shared/cv/model';
import { countryName, RETURN_COUNTRIES } from '../../../shared/domain/countries';
import { consentWording } from '../../../shared/consents/texts';
import { EducationEditor, emptyExperience, ExperienceEditor, LanguagesEditor, LinesEditor, newId } from './fields';
import { cropToJpeg } from './photo';
import { editCv, setPhotoConsent, useCv } from './store';
import { workshopEducation } from './workshop';
import { asLanguage } from '../../i18n';

interface Props {
  cv: Cv;
  me: MeDto | null;
  organisation: string;
  warning: (path: string) => string | undefined;
}

/** The whole CV on one page, section by section, for people at ease with forms. */
export function ExpertForm({ cv, me, organisation, warning }: Props) {
  const { t, i18n } = useTranslation();
  const photoConsent = useCv((state) => state.photoConsent);
  const ui = asLanguage(i18n.language);
  const set = (change: (doc: Cv) => Cv) => editCv(change);
  const move = (id: SectionId, by: -1 | 1) =>
    set((doc) => {
      const order = [...doc.sectionOrder];
      const at = order.indexOf(id);
      const to = at + by;
      if (to < 0 || to >= order.length) return doc;
      [order[at], order[to]] = [order[to]!, order[at]!];
      return { ...doc, sectionOrder: order };
    });

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Title order={2} size="h4">{t('cv.identity')}</Title>
          <Group grow align="flex-start">
            <TextInput label={t('people.firstName')} value={cv.identity.firstName} onChange={(e) => { const firstName = e.currentTarget.value; set((doc) => ({ ...doc, identity: { ...doc.identity, firstName } })); }} error={warning('identity')} />
            <TextInput label={t('people.lastName')} value={cv.identity.lastName} onChange={(e) => { const lastName = e.currentTarget.value; set((doc) => ({ ...doc, identity: { ...doc.identity, lastName } })); }} />
          </Group>
          <TextInput label={t('cv.targetJob')} value={cv.targetJob} onChange={(e) => { const targetJob = e.currentTarget.value; set((doc) => ({ ...doc, targetJob })); }} error={warning('targetJob')} />
          <Group grow align="flex-start">
            <TextInput label={t('cv.phone')} value={cv.contact.phone} onChange={(e) => { const phone = e.currentTarget.value; set((doc) => ({ ...doc, contact: { ...doc.contact, phone } })); }} error={warning('contact.phone')} />
            <TextInput label={t('cv.email')} value={cv.contact.email} onChange={(e) => { const email = e.currentTarget.value; set((doc) => ({ ...doc, contact: { ...doc.contact, email } })); }} error={warning('contact.email')} />
          </Group>
          <Group grow align="flex-start">
            <TextInput label={t('cv.city')} value={cv.contact.city} onChange={(e) => { const city = e.currentTarget.value; set((doc) => ({ ...doc, contact: { ...doc.contact, city } })); }} />
            <Select label={t('people.country')} value={cv.contact.country || null} clearable
              data={[...RETURN_COUNTRIES, 'MA' as const].map((iso) => ({ value: iso, label: countryName(iso, ui) }))}
              onChange={(country) => set((doc) => ({ ...doc, contact: { ...doc.contact, country: (country ?? '') as Cv['contact']['country'] } }))} />
          </Group>
          <Checkbox label={consentWording('photo', ui).agreement} description={consentWording('photo', ui).paragraphs.join(' ')} checked={photoConsent} onChange={(e) => void setPhotoConsent(e.currentTarget.checked)} />
          {photoConsent && (
            <Group>
              <FileButton accept="image/jpeg,image/png" onChange={(file) => file && void cropToJpeg(file).then((photo) => set((doc) => ({ ...doc, identity: { ...doc.identity, photo } })))}>
                {(props) => <Button {...props} variant="default" leftSection={<IconPhoto aria-hidden />}>{t('cv.choosePhoto')}</Button>}
              </FileButton>
              {cv.identity.photo && <Button variant="subtle" color="red" onClick={() => set((doc) => ({ ...doc, identity: { ...doc.identity, photo: null } }))}>{t('cv.removePhoto')}</Button>}
            </Group>
          )}
        </Stack>
      </Paper>

      <Paper withBorder p="md" radius="md">
        <Stack gap="xs">
          <Title order={2} size="h4">{t('cv.sections')}</Title>
          {cv.sectionOrder.map((id, index) => (
            <Group key={id} justify="space-between" wrap="nowrap">
              <Checkbox label={CV_LABELS[cv.language].sections[id]} checked={!cv.hiddenSections.includes(id)}
                onChange={(e) => { const shown = e.currentTarget.checked; set((doc) => ({ ...doc, hiddenSections: shown ? doc.hiddenSections.filter((h) => h !== id) : [...doc.hiddenSections, id] })); }} />
              <Group gap={4} wrap="nowrap">
                <ActionIcon variant="default" size="lg" disabled={index === 0} onClick={() => move(id, -1)} aria-label={t('cv.moveUp', { section: CV_LABELS[cv.language].sections[id] })}><IconArrowUp aria-hidden /></ActionIcon>
                <ActionIcon variant="default" size="lg" disabled={index === cv.sectionOrder.length - 1} onClick={() => move(id, 1)} aria-label={t('cv.moveDown', { section: CV_LABELS[cv.language].sections[id] })}><IconArrowDown aria-hidden /></ActionIcon>
              </Group>
            </Group>
          ))}
        </Stack>
      </Paper>

      <Textarea label={t('cv.summary')} autosize minRows={3} value={cv.summary} onChange={(e) => { const summary = e.currentTarget.value; set((doc) => ({ ...doc, summary })); }} />

      <Stack gap="sm">
        <Title order={2} size="h4">{CV_LABELS[cv.language].sections.experience}</Title>
        {cv.experience.map((experience, i) => <ExperienceEditor key={experience.id} experience={experience} index={i} warning={warning} />)}
        <Group><Button variant="default" size="md" leftSection={<IconPlus aria-hidden />} onClick={() => set((doc) => ({ ...doc, experience: [...doc.experience, emptyExperience()] }))}>{t('cv.addExperience')}</Button></Group>
      </Stack>

      <Stack gap="sm">
        <Title order={2} size="h4">{CV_LABELS[cv.language].sections.education}</Title>
        {cv.education.map((education, i) => <EducationEditor key={education.id} education={education} index={i} />)}
        <Group>
          <Button variant="default" size="md" leftSection={<IconPlus aria-hidden />} onClick={() => set((doc) => ({ ...doc, education: [...doc.education, { id: newId('edu'), title: '', institution: '', place: '', start: '', end: '', details: '' }] }))}>{t('cv.addTraining')}</Button>
          {me && <Button variant="light" size="md" onClick={() => set((doc) => ({ ...doc, education: [...doc.education, ...workshopEducation(me, organisation, doc.language)] }))}>{t('cv.addWorkshop')}</Button>}
        </Group>
      </Stack>

      <LinesEditor label={t('cv.skills')} description={t('cv.onePerLine')} value={cv.skills} onChange={(skills) => set((doc) => ({ ...doc, skills: skills.slice(0, 30) }))} />
      <Stack gap="sm">
        <Title order={2} size="h4">{CV_LABELS[cv.language].sections.languages}</Title>
        <LanguagesEditor cv={cv} />
      </Stack>
      <TextInput label={t('cv.drivingLicence')} description={t('cv.drivingLicenceHint')} value={cv.drivingLicence} onChange={(e) => { const drivingLicence = e.currentTarget.value; set((doc) => ({ ...doc, drivingLicence })); }} />
      <LinesEditor label={t('cv.interests')} description={t('cv.onePerLine')} value={cv.interests} onChange={(interests) => set((doc) => ({ ...doc, interests: interests.slice(0, 15) }))} />

      <Stack gap="sm">
        <Title order={2} size="h4">{CV_LABELS[cv.language].sections.references}</Title>
        {cv.references.map((reference, index) => (
          <Group key={reference.id} align="flex-end" grow>
            {(['name', 'relation', 'phone'] as const).map((field) => (
              <TextInput key={field} label={t(`cv.reference.${field}`)} value={reference[field]}
                onChange={(e) => { const value = e.currentTarget.value; set((doc) => ({ ...doc, references: doc.references.map((r, i) => (i === index ? { ...r, [field]: value } : r)) })); }} />
            ))}
            <ActionIcon variant="subtle" color="red" size="xl" style={{ flexGrow: 0 }} aria-label={t('cv.removeNamed', { name: reference.name || t('cv.reference.name') })}
              onClick={() => set((doc) => ({ ...doc, references: doc.references.filter((_, i) => i !== index) }))}><IconTrash aria-hidden /></ActionIcon>
          </Group>
        ))}
        <Group><Button variant="default" size="md" leftSection={<IconPlus aria-hidden />} onClick={() => set((doc) => ({ ...doc, references: [...doc.references, { id: newId('ref'), name: '', relation: '', phone: '' }] }))}>{t('cv.addReference')}</Button></Group>
      </Stack>
    </Stack>
  );
}
