/**
 * A round's comments as a Word document a case handler can file in the ministry's archive: the round's case number,
 * and per document each passage quoted, the comments with sender, organisation and date received, replies,
 * suggested edits and what became of each. Made with the `docx` package; the text is the document's only content.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { RoundExport } from './comments-export.ts';
import type { PlacedComment } from './comments-place.ts';

const day = (iso: string) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo', dateStyle: 'short' }).format(new Date(iso));
const kindNames = { intern: 'intern gjennomlesing', foreleggelse: 'foreleggelse for andre departementer' } as const;
const suggestionStates = { open: 'ikke avgjort', accepted: 'tatt inn i teksten', rejected: 'avvist' } as const;

const versionName = (id: string) => (id === 'utkast' ? 'arbeidsutkastet' : `versjon ${id}`);
const line = (label: string, value: string) => new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });
const text = (value: string) => value.split(/\n{2,}/).map((part) => new Paragraph({ children: [new TextRun(part.replace(/\s*\n\s*/g, ' '))] }));

function disposition(item: PlacedComment): string {
  if (!item.resolved) return 'Ikke behandlet ennå.';
  if (!item.disposition) return `Lukket ${day(item.resolved.at)} uten behandlingsmerknad.`;
  const parts = [`${item.disposition.label[0]!.toUpperCase()}${item.disposition.label.slice(1)}`];
  if (item.disposition.reason) parts.push(`Begrunnelse: ${item.disposition.reason}`);
  const answered = item.disposition.answeredIn;
  if (answered)
    parts.push(`Endringen som svarer på den: ${answered.document}, fra versjon ${answered.from ?? item.edition} til ${versionName(answered.version)}.`);
  return parts.join('. ').replace(/\.\./g, '.');
}

function commentBlock(item: PlacedComment): Paragraph[] {
  const blocks: Paragraph[] = [new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(`Kommentar ${item.id}`)] })];
  blocks.push(
    item.quote === null
      ? line('Gjelder', 'hele dokumentet')
      : new Paragraph({ children: [new TextRun({ text: 'Sitat: ', bold: true }), new TextRun({ text: `«${item.quote}»`, italics: true })] }),
  );
  blocks.push(line('Stedet i teksten nå', item.anchor));
  blocks.push(line('Avsender', item.organisation && item.organisation !== item.reviewer ? `${item.reviewer}, ${item.organisation}` : item.reviewer));
  blocks.push(line('Mottatt', day(item.created)));
  blocks.push(...text(item.comment));
  if (item.suggestion) {
    blocks.push(
      line(
        'Forslag til ny tekst',
        `«${item.suggestion.text}» (${suggestionStates[item.suggestion.state]}${item.suggestion.reason ? `: ${item.suggestion.reason}` : ''})`,
      ),
    );
  }
  for (const reply of item.replies) blocks.push(line(`Svar fra ${reply.reviewer} ${day(reply.created)}`, reply.comment.replace(/\s+/g, ' ').trim()));
  blocks.push(line('Behandling', disposition(item)));
  return blocks;
}

export async function roundDocx(data: RoundExport): Promise<Uint8Array> {
  const { round } = data;
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(`Kommentarer fra runden «${round.name}»`)] }),
    ...(round.caseNumber ? [line('Saksnummer', round.caseNumber)] : []),
    line('Type', kindNames[round.kind]),
    line('Versjon som ble lest', round.edition),
    line('Frist', day(round.deadline)),
    line('Status', round.closedAt ? `avsluttet ${day(round.closedAt)}` : 'åpen'),
    line('Hentet ut', day(data.exportedAt)),
  ];
  if (data.documents.length === 0) children.push(new Paragraph('Runden har ingen kommentarer.'));
  for (const doc of data.documents) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(doc.title ? `${doc.document} ${doc.title}` : doc.document)] }));
    if (doc.exempt) children.push(new Paragraph({ children: [new TextRun({ text: 'Kan unntas fra innsyn etter offentleglova § 15.', bold: true })] }));
    if (doc.file) children.push(line('Fil', doc.file));
    for (const item of doc.comments) children.push(...commentBlock(item));
  }
  const document = new Document({
    creator: 'strategi',
    title: `Kommentarer fra runden «${round.name}»`,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
