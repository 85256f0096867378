import type { Language } from '@leerkring/domain';
import { useTranslation } from 'react-i18next';
import { formatDate, formatEuroCents, formatNumber } from './formatting';
import { isLanguage, defaultLanguage } from './i18n';

/** The language in use with formatters bound to it; components re-render when it changes. */
export function useLanguage() {
  const { i18n } = useTranslation();
  const language: Language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : defaultLanguage;
  return {
    language,
    formatNumber: (value: number) => formatNumber({ value, language }),
    formatDate: (date: string) => formatDate({ date, language }),
    formatEuro: (cents: number) => formatEuroCents({ cents, language }),
  };
}
