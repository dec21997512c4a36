import { expect, test } from 'vitest';
import { serviceConfig } from '../src/config.ts';

const config = (env: NodeJS.ProcessEnv) => serviceConfig(env, '/tmp');

test('the minimum fill time and the content interval are 3 and 30 seconds unless set, in seconds with fractions', () => {
  expect(config({})).toMatchObject({ minFillMs: 3_000, reloadMs: 30_000 });
  expect(config({ STRATEGI_HORING_MIN_FILL: '0.5', STRATEGI_HORING_RELOAD: '2' })).toMatchObject({ minFillMs: 500, reloadMs: 2_000 });
  expect(() => config({ STRATEGI_HORING_MIN_FILL: 'tre' })).toThrow('STRATEGI_HORING_MIN_FILL må være et antall sekunder fra 0 til 86400, ikke «tre».');
  expect(() => config({ STRATEGI_HORING_RELOAD: '-1' })).toThrow('STRATEGI_HORING_RELOAD må være et antall sekunder fra 0 til 86400, ikke «-1».');
});
