import { z } from 'zod';

/**
 * Text fields. A title, a label or a note is shown on pages, in the feed (XML, where most control characters make
 * the whole file unreadable), in search and in the PDF; a control character pasted with it (U+000B is Word's manual
 * line break) breaks some of them, and a title of only invisible characters gives an empty heading. Each field is
 * one of two kinds: a line (a title, a name, a label) or prose of several lines (a summary, a note).
 *
 * The checks report with `params.text` set to a `TextIssue`; the model turns it into the catalogue's problem for it
 * (`schema/control-character`, `schema/line-break`, `schema/blank-text`).
 */
export type TextIssue = { problem: 'control-character'; found: string } | { problem: 'line-break' } | { problem: 'blank' };

/** C0 controls, DEL and C1 controls (`Cc`); prose keeps tab, line feed and carriage return. */
const CONTROL_IN_LINE = /\p{Cc}/u;
const CONTROL_IN_PROSE = /(?![\t\n\r])\p{Cc}/u;
/** What ends a line for a reader or a parser; in a line it is reported as a line break, not as a control. */
const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/gu;

/**
 * What a reader cannot see: white space, controls and format characters (zero-width space and joiners, the soft
 * hyphen, the word joiner, the byte order mark, bidirectional controls), combining marks on their own (the
 * variation selectors among them), the Hangul fillers and the blank Braille pattern.
 */
const INVISIBLE = /[\s\p{Cc}\p{Cf}\p{Mn}\p{Me}\u115f\u1160\u3164\uffa0\u2800]/gu;

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

function textChecks(lines: 'one' | 'many') {
  return (value: string, context: z.RefinementCtx<string>) => {
    const report = (text: TextIssue, message: string) => context.addIssue({ code: 'custom', message, input: value, params: { text } });
    const control = (lines === 'one' ? CONTROL_IN_LINE : CONTROL_IN_PROSE).exec(value.replace(LINE_BREAK, ' '));
    if (control) report({ problem: 'control-character', found: codePoint(control[0]) }, `Teksten har kontrolltegnet ${codePoint(control[0])}.`);
    if (lines === 'one' && value.search(LINE_BREAK) !== -1) report({ problem: 'line-break' }, 'Teksten skal stå på én linje.');
    // An empty value is the length check's to report.
    if (value !== '' && value.replace(INVISIBLE, '') === '') report({ problem: 'blank' }, 'Teksten har bare mellomrom eller usynlige tegn.');
  };
}

/** One line of visible text: no control character, no line break, not only white space or invisible characters. */
export const line = () => z.string().superRefine(textChecks('one'));

/** Prose of one or more lines: no control character but tab and line breaks, not only white space. */
export const prose = () => z.string().superRefine(textChecks('many'));
