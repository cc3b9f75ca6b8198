import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { OauthTokenResponse } from '@notionhq/client';
import { type StateStore, Strategy as OAuth2Strategy } from 'passport-oauth2';
import { AppConfig } from '../core/config/app-config';
import { NotionTokenExchange } from './notion-token-exchange';
import { OAuthStateStore } from './oauth-state.store';

export const NOTION_STRATEGY = 'notion';

const notionCallbackUrl = (config: AppConfig): string =>
  `${config.http.appUrl}/api/auth/notion/callback`;

type TokenExchange = (
  code: string,
  params: { redirect_uri?: string },
  callback: (error: unknown, accessToken?: string, refreshToken?: string, grant?: unknown) => void,
) => void;

/**
 * Notion's OAuth as a passport-oauth2 strategy: the authorize URL on NOTION_API_BASE_URL
 * with `owner=user`, states from `OAuthStateStore`, and a token exchange the way Notion
 * documents it. The grant (Notion's token response) is what the strategy authenticates;
 * `SignInService` turns it into a user, a connection and a session.
 */
@Injectable()
export class NotionOAuthStrategy extends PassportStrategy(OAuth2Strategy, NOTION_STRATEGY, true) {
  constructor(config: AppConfig, states: OAuthStateStore, tokens: NotionTokenExchange) {
    const callbackURL = notionCallbackUrl(config);
    super({
      authorizationURL: `${config.notion.apiBaseUrl}/v1/oauth/authorize`,
      tokenURL: `${config.notion.apiBaseUrl}/v1/oauth/token`,
      clientID: config.notion.clientId,
      clientSecret: config.notion.clientSecret,
      callbackURL,
      // The types know only the store's short forms; passport-oauth2 picks the form by
      // arity and calls the one that receives the sign-in's browser binding.
      store: states as unknown as StateStore,
      passReqToCallback: true,
    });
    // passport-oauth2 posts a form with the secret in the body; Notion wants HTTP Basic
    // client authentication and a JSON body. Its types declare a callback whose error is
    // never null, hence the assignment outside them.
    const exchange: TokenExchange = (code, params, callback) => {
      tokens.exchange(code, params.redirect_uri ?? callbackURL).then(
        (grant) => callback(null, grant.access_token, grant.refresh_token ?? undefined, grant),
        (error: unknown) => callback(error),
      );
    };
    Object.assign(this._oauth2, { getOAuthAccessToken: exchange });
  }

  override authorizationParams(): object {
    return { owner: 'user' };
  }

  validate(
    _request: unknown,
    _accessToken: string,
    _refreshToken: string,
    grant: OauthTokenResponse,
    _profile: unknown,
  ): OauthTokenResponse {
    return grant;
  }
}
