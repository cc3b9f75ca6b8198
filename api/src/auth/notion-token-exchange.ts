import { Injectable, Logger } from '@nestjs/common';
import { Client, isHTTPResponseError, LogLevel, type OauthTokenResponse } from '@notionhq/client';
import { AppConfig } from '../core/config/app-config';
import { SignInError } from './sign-in-error';

/**
 * The OAuth code exchange as Notion documents it (`POST /v1/oauth/token`): HTTP Basic client
 * authentication and a JSON body, through `@notionhq/client`.
 */
@Injectable()
export class NotionTokenExchange {
  private readonly logger = new Logger('NotionOAuth');
  private readonly client: Client;

  constructor(private readonly config: AppConfig) {
    this.client = new Client({
      baseUrl: config.notion.apiBaseUrl,
      // A person is waiting on the callback.
      timeoutMs: 15_000,
      retry: { maxRetries: 1, initialRetryDelayMs: 500, maxRetryDelayMs: 2_000 },
      // The SDK logs paths, statuses and Notion's messages, never the credentials it sent.
      logLevel: LogLevel.WARN,
      logger: (_level, message, extraInfo) => this.logger.warn(extraInfo, message),
    });
  }

  /** Notion's grant for `code`; a `SignInError` saying why when there is none. */
  async exchange(code: string, redirectUri: string): Promise<OauthTokenResponse> {
    try {
      return await this.client.oauth.token({
        grant_type: 'authorization_code',
        code,
        redirect_uri: redirectUri,
        client_id: this.config.notion.clientId,
        client_secret: this.config.notion.clientSecret,
      });
    } catch (error) {
      // 400 is about the code (`invalid_grant`: spent, expired or not ours); anything else
      // is Notion failing, or refusing our client credentials.
      const aboutTheCode = isHTTPResponseError(error) && error.status === 400;
      throw new SignInError(aboutTheCode ? 'invalid_code' : 'notion_error', { cause: error });
    }
  }
}
