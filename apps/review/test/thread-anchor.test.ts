// The paging links under a thread jump to the thread's own id, also for a document id holding a «.».
import { expect, test } from 'vitest';
import { threadAnchor } from '../src/threads.ts';

test('a document id with a dot gives the id the thread is rendered with', () => {
  expect(threadAnchor('T-1')).toBe('kommentarer-T-1');
  expect(threadAnchor('X.1')).toBe('kommentarer-X-1');
});
