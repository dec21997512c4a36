import { formatMoment } from '@strategi/i18n';

/** A publishing moment as editors read it in the terminal: «15. januar 2027 kl. 10.00». */
export function describeMoment(value: string): string {
  return formatMoment('nb', value);
}
