/**
 * What every router of the editor shares: the workspace, the form configuration and the repository, the session
 * and language of the request (set by middleware), and the two ways to answer — a view in the page with its menu,
 * or a plain page with one sentence for refusals.
 */
import type { UiLang } from '@strategi/i18n';
import type { ReviewStore } from '@strategi/review';
import { type DocumentKind, documentKindNames } from '@strategi/schema';
import type { Context } from 'hono';
import type { Access, Session } from './access.ts';
import type { KindConfig } from './form-config.ts';
import type { ContentRepository } from './git.ts';
import { type Html, html } from './html.ts';
import { type PageContext, page, pageContext } from './views/layout.ts';
import type { Workspace } from './workspace.ts';

export type Env = {
  Variables: {
    session: Session;
    /** The form token of the session (see access.ts). */
    csrf: string;
    lang: UiLang;
  };
};
export type EditorRequest = Context<Env>;

export interface EditorContext {
  workspace: Workspace;
  /** The editor's form configuration, computed from the schema at start (form-config.ts). */
  config: Record<DocumentKind, KindConfig>;
  repository: ContentRepository | undefined;
  access: Access;
  /** The reviewers' comments (hosted, the share links' store too); undefined where there is none. */
  reviews?: ReviewStore | undefined;
}

/** The language, the session's form token and role, and the path, for a view. */
export const contextOf = (c: EditorRequest): PageContext => pageContext(c.get('lang'), c.get('csrf'), c.get('session').canEdit, new URL(c.req.url).pathname);

/** A view in the page with the menu, `current` marking where in the menu it belongs. */
export const respond = (c: EditorRequest, title: string, current: Parameters<typeof page>[2], main: Html, status: 200 | 400 | 403 | 404 | 409 | 422 = 200) =>
  c.html(page(contextOf(c), title, current, main), status);

/** A page with one sentence and no menu: refusals, which may come before the session is known. */
export const plainPage = (c: EditorRequest, status: 400 | 401 | 403 | 404 | 413 | 429 | 500, message: string) =>
  c.html(page(pageContext(c.get('lang') ?? 'nb', '', false, '/'), message, undefined, html`<h1 class="ds-heading" data-size="md">${message}</h1>`), status);

/** The kind a path names, or undefined for anything else. */
export const kindParam = (value: string): DocumentKind | undefined => (documentKindNames.includes(value as DocumentKind) ? (value as DocumentKind) : undefined);
