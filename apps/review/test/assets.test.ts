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
  });
});
