import type { LightMyRequestResponse } from 'fastify';
import type { Browser } from './browser';

export interface ConsentChoice {
  /** Default: the first workspace on the consent page (the demo workspace). */
  workspaceId?: string;
  /** A person of that workspace; default its owner. */
  userId?: string;
  decision?: 'allow' | 'cancel';
}

function hiddenInputs(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [, name, value] of html.matchAll(
    /<input type="hidden" name="([^"]+)" value="([^"]*)">/g,
  )) {
    fields[name] = value.replace(/&#(\d+);/g, (_, code: string) =>
      String.fromCharCode(Number(code)),
    );
  }
  return fields;
}

/** The app's `/api/auth/notion` redirect: where the browser is sent in Notion (the sandbox). */
export async function startSignIn(browser: Browser): Promise<URL> {
  const start = await browser.request({ url: '/api/auth/notion' });
  if (start.statusCode !== 302) throw new Error(`sign-in start answered ${start.statusCode}`);
  return new URL(start.headers.location as string);
}

/**
 * What a person does on the sandbox's consent page (a real HTTP round trip): the page's form,
 * with a workspace picked and "Allow access" (or "Cancel") pressed. Returns the callback URL
 * Notion sends the browser back to.
 */
export async function passConsent(authorizeUrl: URL, choice: ConsentChoice = {}): Promise<URL> {
  const page = await fetch(authorizeUrl);
  const html = await page.text();
  if (page.status !== 200) throw new Error(`consent page answered ${page.status}: ${html}`);
  const form = new URLSearchParams(hiddenInputs(html));
  if (choice.workspaceId) form.set('workspace_id', choice.workspaceId);
  if (choice.userId) form.set('user_id', choice.userId);
  form.set('decision', choice.decision ?? 'allow');
  const answer = await fetch(new URL('/v1/oauth/authorize', authorizeUrl), {
    method: 'POST',
    body: form,
    redirect: 'manual',
  });
  if (answer.status !== 302)
    throw new Error(`consent answered ${answer.status}: ${await answer.text()}`);
  return new URL(answer.headers.get('location') as string);
}

/** Follows Notion's redirect back into the app (path and query of the callback URL). */
export function returnFromNotion(browser: Browser, callback: URL): Promise<LightMyRequestResponse> {
  return browser.request({ url: `${callback.pathname}${callback.search}` });
}

/** The whole "Sign in with Notion" as a person does it; returns the callback's answer. */
export async function signInWithNotion(
  browser: Browser,
  choice: ConsentChoice = {},
): Promise<LightMyRequestResponse> {
  const authorize = await startSignIn(browser);
  return returnFromNotion(browser, await passConsent(authorize, choice));
}
