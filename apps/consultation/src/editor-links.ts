/**
 * The review server's editor links, as the moderation pages check them: its key and its store, found where the
 * review server finds them (`STRATEGI_REVIEW_DATA`, `STRATEGI_REVIEW_SECRET`, `DATABASE_URL`). Both are opened on
 * the first sign-in, not at start, so a service no editor visits never touches the review server's data.
 */
import type { SessionSource } from '@strategi/hosting';
import { loadSecret, ReviewStore, reviewPlaces, type ShareLink, shareLinkSource } from '@strategi/review';

export interface ReviewEditorLinks {
  source: SessionSource<unknown, ShareLink>;
  close(): Promise<void>;
}

export function reviewEditorLinks(env: NodeJS.ProcessEnv, cwd: string): ReviewEditorLinks {
  let opened: Promise<{ store: ReviewStore; source: ReturnType<typeof shareLinkSource> }> | undefined;
  const open = () => {
    opened ??= (async () => {
      const places = reviewPlaces(env, cwd);
      const store = await ReviewStore.open(places.store);
      return { store, source: shareLinkSource({ store, secret: loadSecret(env, places.dataDir), audience: 'review' }) };
    })();
    // A failed open (the database is down) is tried again on the next sign-in.
    opened.catch(() => {
      opened = undefined;
    });
    return opened;
  };
  return {
    source: {
      verify: async (token) => (await open()).source.verify(token),
      load: async (claims) => (await open()).source.load(claims as Parameters<ReturnType<typeof shareLinkSource>['load']>[0]),
    },
    close: async () => {
      const current = opened;
      opened = undefined;
      if (current) await (await current.catch(() => undefined))?.store.close();
    },
  };
}
