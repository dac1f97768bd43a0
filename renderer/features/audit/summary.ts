import type { TFunction } from 'i18next';
import type { AuditAction } from '../../../shared/audit/actions';
import type { AuditDetails, AuditDetailValue } from '../../../shared/audit/types';
import type { Language } from '../../../shared/domain/roles';
import { formatReportNumber, formatReportPeriod } from '../../../shared/reports/labels';
import { formatSize } from '../backups/format';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T/;
/** Counts recorded by the different actions, each with its own (plural) phrase. */
const COUNTED = ['failedAttempts', 'rows', 'count', 'files', 'participants', 'records', 'people', 'cvs', 'plans', 'recordings', 'certificates',
  'participantsAdded', 'participantsUpdated', 'erasedLeftOut', 'added', 'updated', 'leftAlone', 'skipped'] as const;
const PHRASE_OF: Partial<Record<(typeof COUNTED)[number], string>> = { failedAttempts: 'attempts', count: 'documents' };

/** A moment of the log as people read it: « 2 mars 2026, 09:00 ». */
export function formatAuditTime(iso: string, language: Language): string {
  return new Date(iso).toLocaleString(language === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/** The day and the time of an entry, on two lines in the table. */
export const formatAuditDay = (iso: string, language: Language): string =>
  new Date(iso).toLocaleDateString(language === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium' });
export const formatAuditClock = (iso: string, language: Language): string =>
  new Date(iso).toLocaleTimeString(language === 'fr' ? 'fr-FR' : 'en-GB', { timeStyle: 'short' });

const text = (value: AuditDetailValue | undefined): string | null => (typeof value === 'string' ? value : null);

/**
 * The details of one entry in words, e.g. « code PIN incorrect · 5 essais
 * manqués · bloqué jusqu’à … ». Keys it knows become phrases; IDs are left
 * out (the "about" column names the person); any other key is shown as
 * « key : value », so nothing recorded is hidden.
 */
export function summariseDetails(action: AuditAction, details: AuditDetails, t: TFunction, language: Language): string {
  const phrases: string[] = [];
  const used = new Set<string>();
  const take = (key: string): AuditDetailValue | undefined => {
    used.add(key);
    return details[key];
  };
  const label = (group: string, value: string) => t(`audit.${group}.${value}`, { defaultValue: value });

  const profile = take('profile');
  if (profile === 'participant') phrases.push(t('audit.details.pin'));
  else if (profile === 'staff') phrases.push(t('audit.details.password'));
  else used.delete('profile');
  const role = text(take('role'));
  if (role) phrases.push(t('audit.details.role', { role: t(`roles.${role}`, { defaultValue: role }) }));
  if (take('change') === 'password') phrases.push(t('audit.details.passwordChanged'));
  else used.delete('change');
  const purpose = text(take('purpose'));
  if (purpose) phrases.push(t('audit.details.purpose', { purpose: label('purposes', purpose) }));
  const version = text(take('textVersion'));
  if (version) phrases.push(t('audit.details.textVersion', { version }));
  const source = text(take('source'));
  if (source) phrases.push(t('audit.details.source', { source: label('sources', source) }));
  const format = text(take('format'));
  if (format) phrases.push(t('audit.details.format', { format: format.toUpperCase() }));

  for (const key of COUNTED) {
    const value = take(key);
    if (typeof value === 'number') phrases.push(t(`audit.details.${PHRASE_OF[key] ?? key}`, { count: value, n: formatReportNumber(value, language, 0) }));
    else used.delete(key);
  }

  const lockedUntil = text(take('lockedUntil'));
  if (lockedUntil) phrases.push(t('audit.details.lockedUntil', { time: formatAuditTime(lockedUntil, language) }));
  if (take('resetRequired') === true) phrases.push(t('audit.details.resetRequired'));
  if (take('whileLocked') === true) phrases.push(t('audit.details.whileLocked'));

  // 'from' and 'to' are a report's period, or the retention setting's months before and after.
  if (action === 'settings.retention') {
    const months = (value: AuditDetailValue | undefined) =>
      typeof value === 'number' ? t('audit.details.monthsValue', { count: value, n: formatReportNumber(value, language, 0) }) : t('audit.details.noLimit');
    phrases.push(t('audit.details.retention', { from: months(take('from')), to: months(take('to')) }));
  } else {
    const from = details.from ?? null;
    const to = details.to ?? null;
    const isDay = (value: AuditDetailValue) => value === null || (typeof value === 'string' && DATE.test(value));
    if (('from' in details || 'to' in details) && isDay(from) && isDay(to)) {
      take('from');
      take('to');
      phrases.push(t('audit.details.period', { period: formatReportPeriod(from as string | null, to as string | null, language) }));
    }
  }

  const certificateNumber = text(take('number'));
  if (certificateNumber) phrases.push(t('audit.details.number', { number: certificateNumber }));
  if (take('forced') === true) phrases.push(t('audit.details.forced'));
  const size = take('sizeBytes');
  if (typeof size === 'number') phrases.push(t('audit.details.size', { size: formatSize(size, language) }));
  const backupCreatedAt = text(take('backupCreatedAt'));
  if (backupCreatedAt) phrases.push(t('audit.details.backupOf', { date: formatAuditTime(backupCreatedAt, language) }));
  const reason = text(take('reason'));
  if (reason) phrases.push(t('audit.details.erasureReason', { reason: label('reasons', reason) }));

  // IDs (the "about" column already says who) and technical versions help no reader.
  for (const key of Object.keys(details)) if (/Id$|^schemaVersion$|^problem$/.test(key)) used.add(key);
  for (const [key, value] of Object.entries(details)) {
    if (!used.has(key)) phrases.push(`${key} : ${generic(value, t, language)}`);
  }
  return phrases.join(' · ');
}

function generic(value: AuditDetailValue, t: TFunction, language: Language): string {
  if (value === null) return '—';
  if (typeof value === 'boolean') return t(value ? 'audit.details.yes' : 'audit.details.no');
  if (typeof value === 'number') return formatReportNumber(value, language);
  if (INSTANT.test(value)) return formatAuditTime(value, language);
  return value;
}
