/**
 * The catalogue's hints are written for every tool, and some name a command of the CLI («strategi new goal»). An
 * editor in the browser has no terminal, so the form leaves the command out: a parenthesis that names one, or a
 * clause «, eller … «strategi …»» that offers it as the other way. What is left still says what to do.
 */
const COMMAND = '«strategi [^»]*»';
const IN_PARENTHESES = new RegExp(` ?\\([^()]*${COMMAND}[^()]*\\)`, 'g');
const AS_ALTERNATIVE = new RegExp(`, eller [^,.]*${COMMAND}`, 'g');

/** The hint without the CLI's commands, for the web editor. */
export const webHint = (hint: string): string => hint.replace(IN_PARENTHESES, '').replace(AS_ALTERNATIVE, '');
