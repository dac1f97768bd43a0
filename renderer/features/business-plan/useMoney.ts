import { useTranslation } from 'react-i18next';
import { formatMoney, monthName } from '../../../shared/business-plan/labels';
import type { BusinessPlan } from '../../../shared/business-plan/model';
import { asLanguage } from '../../i18n';

/** Amounts in the plan's currency and month names, written the way the interface language writes them. */
export function useMoney(plan: BusinessPlan) {
  const { i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  return {
    money: (amount: number) => formatMoney(amount, plan.currency, language),
    month: (index: number) => monthName(plan.finance.startMonth, index, language),
  };
}
