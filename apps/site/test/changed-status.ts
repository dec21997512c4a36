/** The fixture with a progress report that changes a measure's status, for the status agreement tests. */
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { documentText, sealedReport } from '@strategi/model';
import { fixtureContent } from './helpers.ts';

/**
 * Adds to `content` a report that changes a status, as F-1 did to T-8 in the real content: T-3's text says
 * «forsinket» from 1 May 2024; a report published on 10 September 2025 says it was stopped on 15 August 2025.
 */
export function addStatusReport(content: string): void {
  const report = { id: 'F-4', title: 'Status per 1. september 2025', date: '2025-09-01', entries: [{ measure: 'T-3', status: 'stanset', date: '2025-08-15' }] };
  writeFileSync(path.join(content, 'fremdrift', 'F-4.md'), documentText(sealedReport(report, '', '2025-09-10'), ''));
}

/** The fixture copied into `folder` with the report of `addStatusReport`. Returns the content folder. */
export function contentWithChangedStatus(folder: string): string {
  const content = path.join(folder, 'content');
  cpSync(fixtureContent, content, { recursive: true });
  addStatusReport(content);
  return content;
}
