import { Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PLAN_CURRENCIES, type PlanCurrency } from '../../../../shared/business-plan/model';
import type { BusinessPlan } from '../../../../shared/business-plan/model';
import { countryName, RETURN_COUNTRIES, type ReturnCountry } from '../../../../shared/domain/countries';
import { asLanguage } from '../../../i18n';
import { editPlan } from '../store';

/** What the cover page says: the project's title, where it will be, in which currency it counts. */
export function ProjectFields({ plan, readOnly }: { plan: BusinessPlan; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  return (
    <>
      <TextInput label={t('plan.projectTitle')} value={plan.projectTitle} maxLength={120} readOnly={readOnly}
        onChange={(event) => { const projectTitle = event.currentTarget.value; editPlan((doc) => ({ ...doc, projectTitle })); }} />
      <Group grow align="flex-start" wrap="wrap">
        <Select label={t('plan.country')} value={plan.country || null} readOnly={readOnly} allowDeselect={false}
          data={RETURN_COUNTRIES.map((iso) => ({ value: iso, label: countryName(iso, language) }))}
          onChange={(value) => value && editPlan((doc) => ({ ...doc, country: value as ReturnCountry }))} />
        <TextInput label={t('plan.town')} value={plan.town} maxLength={80} readOnly={readOnly}
          onChange={(event) => { const town = event.currentTarget.value; editPlan((doc) => ({ ...doc, town })); }} />
        <Select label={t('plan.currency')} value={plan.currency} readOnly={readOnly} allowDeselect={false}
          data={PLAN_CURRENCIES.map((code) => ({ value: code, label: `${code} — ${t(`planLabels.currencies.${code}`)}` }))}
          onChange={(value) => value && editPlan((doc) => ({ ...doc, currency: value as PlanCurrency }))} />
      </Group>
    </>
  );
}
