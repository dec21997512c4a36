/**
 * A reader's share link opened in a browser context without drawing the page it leads to: the context's own request
 * client asks for the link, the sign-in's cookie lands in the context's cookie store, and the front page the
 * redirect points at is neither fetched nor rendered. review.test.ts follows one link in the page itself, where it
 * shows where a reader lands; everywhere else the sign-in is only the way in.
 */
import type { BrowserContext } from 'playwright-core';

export async function signIn(context: BrowserContext, link: string): Promise<void> {
  const response = await context.request.get(link, { maxRedirects: 0 });
  if (response.status() !== 303) throw new Error(`the share link answered ${response.status()}, not the sign-in's redirect: ${link}`);
}

/** Posts a comment through the API as the context's reader, from the server's own origin, as the page's script does. */
export async function postComment(context: BrowserContext, origin: string, body: unknown): Promise<{ number: number; suggestion?: { text: string } }> {
  const response = await context.request.post(`${origin}/api/kommentarer`, { data: body, headers: { origin } });
  if (response.status() !== 201) throw new Error(`the comment was refused with ${response.status()}: ${await response.text()}`);
  return (await response.json()) as { number: number; suggestion?: { text: string } };
}
