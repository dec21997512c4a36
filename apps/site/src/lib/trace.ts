/**
 * What each input shaped, version by version: the model's tracer over the editions this build shows (public
 * builds never see unreleased versions), made once per build.
 */
import { createInputTracer, type InputTracer } from '@strategi/model';
import type { SiteData } from './corpus.ts';

const tracers = new WeakMap<readonly unknown[], InputTracer>();

export function tracerOf(site: Pick<SiteData, 'editions'>): InputTracer {
  let tracer = tracers.get(site.editions);
  if (!tracer) {
    tracer = createInputTracer(site.editions);
    tracers.set(site.editions, tracer);
  }
  return tracer;
}
