import { readFileSync } from 'node:fs';
import { ui } from '@strategi/i18n';
import { describe, expect, test } from 'vitest';
import { assetRoutes } from '../src/routes/assets.ts';

describe('the page script', () => {
  test('is served as one module with the shared quote anchoring bundled in, no import left for the browser', async () => {
    const response = await assetRoutes.request('/_review/kommentarer.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const script = await response.text();
    expect(script).not.toMatch(/^\s*(import|export)\b/m);
    expect(script).not.toContain('@strategi/review');
    expect(script).toMatch(/function anchorQuote\(/);
    expect(script).toMatch(/function placeQuote\(/);
  });

  test('has no words of its own: each comes from the dictionary the server puts in the page', async () => {
    // The source, not the bundle: esbuild writes letters such as «å» as escapes.
    const script = readFileSync(new URL('../public/kommentarer.js', import.meta.url), 'utf8');
    const leaves = (value: unknown): string[] => (typeof value === 'string' ? [value] : Object.values(value as object).flatMap(leaves));
    const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // A whole text in quotes, or the start of one that has a value put in.
    const written = (text: string) => new RegExp(text.includes('{') ? `['"\`]${literal(text.split('{')[0]!)}` : `['"\`]${literal(text)}['"\`]`).test(script);
    const quoted = leaves(ui('nb').reviewServer.script).filter(written);
    expect(quoted).toEqual([]);
  });
});
