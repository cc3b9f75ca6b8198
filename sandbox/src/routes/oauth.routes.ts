import type {
  OauthIntrospectResponse,
  OauthRevokeResponse,
  OauthTokenResponse,
} from '@notionhq/client';
import { authorizeErrorPage, consentPage, type ConsentChoice } from '../auth/consent-page.view';
import {
  AuthorizePageError,
  type AuthorizeRequest,
  type OAuthService,
} from '../auth/oauth.service';
import { html, json, redirect, type ApiApp, type Reply } from '../http/api-app.http';
import type { RouteDeps } from './route-support.util';

function consentChoices(deps: RouteDeps, oauth: OAuthService): ConsentChoice[] {
  return [...deps.store.allWorkspaces()].map((workspace) => {
    const user = oauth.signInUser(workspace);
    const databases = [...deps.store.allDataSources()]
      .filter((ds) => ds.workspaceId === workspace.id && deps.store.databaseOf(ds).shared)
      .map((ds) => ds.title);
    return {
      workspaceId: workspace.id,
      workspaceName: workspace.name,
      userName: user.name,
      userEmail: user.email,
      databases,
    };
  });
}

/** Authorize-page errors are shown to the person, never sent to an unchecked redirect URI. */
function onPage(run: () => Reply): Reply {
  try {
    return run();
  } catch (error) {
    if (error instanceof AuthorizePageError) return html(authorizeErrorPage(error.message), 400);
    throw error;
  }
}

function defaultWorkspace(deps: RouteDeps): string {
  const first = deps.store.allWorkspaces()[Symbol.iterator]().next();
  if (first.done) throw new AuthorizePageError('The sandbox has no workspace to share.');
  return first.value.id;
}

export function registerOAuthRoutes(app: ApiApp, deps: RouteDeps, oauth: OAuthService): void {
  app.route({
    method: 'GET',
    path: '/v1/oauth/authorize',
    auth: 'browser',
    handler: ({ query }) =>
      onPage(() => {
        const request: AuthorizeRequest = oauth.validateAuthorize(query);
        if (oauth.client.autoConsent) {
          const workspaceId = query.get('workspace_id') ?? defaultWorkspace(deps);
          return redirect(oauth.approve(request, workspaceId).redirectUrl);
        }
        return html(consentPage(request, consentChoices(deps, oauth)));
      }),
  });

  app.route({
    method: 'POST',
    path: '/v1/oauth/authorize',
    auth: 'browser',
    handler: ({ form }) =>
      onPage(() => {
        const request = oauth.validateAuthorize(form);
        if (form.get('decision') !== 'allow') return redirect(oauth.deny(request));
        const workspaceId = form.get('workspace_id') ?? defaultWorkspace(deps);
        return redirect(
          oauth.approve(request, workspaceId, form.get('user_id') ?? undefined).redirectUrl,
        );
      }),
  });

  app.route({
    method: 'POST',
    path: '/v1/oauth/token',
    auth: 'basic',
    handler: ({ credentials, body, requestId }) => {
      const response: OauthTokenResponse = {
        ...oauth.token(credentials, body),
        request_id: requestId,
      };
      return json(response);
    },
  });

  app.route({
    method: 'POST',
    path: '/v1/oauth/introspect',
    auth: 'basic',
    handler: ({ credentials, body, requestId }) => {
      const response: OauthIntrospectResponse = {
        ...oauth.introspect(credentials, body),
        request_id: requestId,
      };
      return json(response);
    },
  });

  app.route({
    method: 'POST',
    path: '/v1/oauth/revoke',
    auth: 'basic',
    handler: ({ credentials, body, requestId }) => {
      oauth.revoke(credentials, body);
      const response: OauthRevokeResponse = { request_id: requestId };
      return json(response);
    },
  });
}
