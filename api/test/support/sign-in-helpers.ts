import type { LightMyRequestResponse } from 'fastify';
import { Browser } from './browser';
import { type ConsentChoice, signInWithNotion } from './notion-sign-in';
import type { TestApp } from './test-app';

/** A browser that went through "Sign in with Notion" and landed signed in. */
export async function signedInBrowser(t: TestApp, choice: ConsentChoice = {}): Promise<Browser> {
  const browser = new Browser(t);
  const landing = await signInWithNotion(browser, choice);
  if (landing.headers.location !== '/') {
    throw new Error(`sign-in landed on ${String(landing.headers.location)}`);
  }
  return browser;
}

/** The `Set-Cookie` line the app sent for `name`, or undefined. */
export function setCookieLine(response: LightMyRequestResponse, name: string): string | undefined {
  const header = response.headers['set-cookie'];
  const lines = Array.isArray(header) ? header : header ? [header] : [];
  return lines.find((line) => line.startsWith(`${name}=`));
}
