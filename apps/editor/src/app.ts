/**
 * The editor as a Hono app: server-rendered forms that work without JavaScript, saved through the content model.
 * `@strategi/hosting`'s middleware (headers, host allow-list, same origin, body size) and then one router per area:
 * the assets, the sign-in, and behind a session the language switch, the overview, documents, new documents,
 * changes and publishing. Locally there is no sign-in (the editor answers only on loopback names); hosted, every
 * request needs a session from an editor-audience share link, and only the editor role may change anything.
 */
import { type AllowedOrigins, bodySizeLimit, FailureLimiter, hostGuard, originGuard, securityHeaderSet } from '@strategi/hosting';
import type { ReviewStore } from '@strategi/review';
import type { DocumentKind } from '@strategi/schema';
import { Hono } from 'hono';
import { Access, type HostedAccess } from './access.ts';
import { contextOf, type EditorContext, type Env, plainPage } from './context.ts';
import { noteEditedFiles } from './edited-files.ts';
import type { KindConfig } from './form-config.ts';
import type { ContentRepository } from './git.ts';
import { askForIdentity, identityRoutes } from './identity.ts';
import type { PreviewCommand } from './preview-build.ts';
import { assetRoutes } from './routes/assets.ts';
import { editorOrSiteHeaders } from './routes/built-preview.ts';
import { changeRoutes } from './routes/changes.ts';
import { documentRoutes } from './routes/documents.ts';
import { chooseLanguage, languageRoutes } from './routes/language.ts';
import { newDocumentRoutes } from './routes/new-documents.ts';
import { overviewRoutes } from './routes/overview.ts';
import { previewPaneRoutes } from './routes/preview-pane.ts';
import { publishRoutes } from './routes/publish.ts';
import { reviewCommentRoutes } from './routes/review-comments.ts';
import { SESSION_COOKIE, signIn } from './routes/sign-in.ts';
import { uploadRoutes } from './routes/uploads.ts';
import type { Workspace } from './workspace.ts';

export { SESSION_COOKIE };
/** The largest form accepted: a document is at most 256 kB, and a form carries it with room for the fields. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface EditorAppOptions {
  /** The origins the editor answers for: locally the loopback names with its port, hosted its public address. */
  allowed: AllowedOrigins;
  workspace: Workspace;
  /** The editor's form configuration, computed from the schema at start (form-config.ts). */
  config: Record<DocumentKind, KindConfig>;
  repository: ContentRepository | undefined;
  /** The reviewers' comments, listed on the edit pages (hosted, the share links' store is used when this is absent). */
  reviews?: ReviewStore | undefined;
  /** Share links and sessions when hosted; undefined for local use on 127.0.0.1. */
  hosted?: HostedAccess;
  /** The command that builds the preview, and where it runs. */
  preview?: PreviewCommand;
  /** Counts refused share-link tokens (per address when forged, per token when refused). */
  limiter?: FailureLimiter;
  /** Behind a reverse proxy: the client's address is the last `X-Forwarded-For` entry. */
  trustProxy?: boolean;
  now?: () => Date;
}

const HEADERS = securityHeaderSet({
  'Content-Security-Policy':
    "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'Cache-Control': 'no-store',
  'X-Robots-Tag': 'noindex, nofollow',
});

export function createEditorApp(options: EditorAppOptions): Hono<Env> {
  const access = new Access(options.hosted, options.now, options.limiter ?? new FailureLimiter());
  const context: EditorContext = {
    workspace: options.workspace,
    config: options.config,
    repository: options.repository,
    access,
    reviews: options.reviews ?? options.hosted?.store,
  };
  const session = signIn(access, { trustProxy: options.trustProxy ?? false });

  const app = new Hono<Env>();
  // Headers on every answer (refusals included), then the Host allow-list before anything else runs: a page on
  // another name that resolves to this machine (DNS rebinding) gets 421, whatever Origin it sends.
  app.use('*', editorOrSiteHeaders(HEADERS));
  app.use('*', hostGuard(options.allowed));
  app.use('*', chooseLanguage);
  app.onError((error, c) => {
    console.error(error);
    return plainPage(c, 500, 'Noe gikk galt i nettredigeringen. Ingenting er skrevet halvveis; prøv igjen.');
  });
  app.route('/', assetRoutes);
  app.route('/', session.routes);
  app.use('*', session.requireSession);
  // Changing requests: from this origin (compared with the allowed origins, never with the Host the client sent)
  // and not larger than a document's form; each router's form reader then checks the form's token and the role.
  app.use(
    '*',
    originGuard(options.allowed, (c) => plainPage(c, 403, contextOf(c).t.editor.forgedForm)),
  );
  app.use(
    '*',
    bodySizeLimit(MAX_BODY_BYTES, (c, refusal) => plainPage(c, refusal.status as 413, refusal.message)),
  );
  app.use('*', noteEditedFiles(options.workspace.contentFolder, options.repository));
  app.use('*', askForIdentity(context));
  app.route('/', identityRoutes(context));
  app.route('/', reviewCommentRoutes(context));
  app.route('/', languageRoutes);
  app.route('/', overviewRoutes(context));
  app.route('/', documentRoutes(context));
  app.route('/', newDocumentRoutes(context));
  app.route('/', changeRoutes(context));
  app.route('/', previewPaneRoutes(context));
  app.route('/', publishRoutes(context, options.preview));
  app.route('/', uploadRoutes(context));
  app.notFound((c) => plainPage(c, 404, contextOf(c).t.editor.notFound));
  return app;
}
