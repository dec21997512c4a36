export type { CommandIO } from './io.ts';
export { main } from './main.ts';
