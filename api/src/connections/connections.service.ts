import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type {
  Connection as ConnectionView,
  CreateConnectionRequest,
  DataSourceSummary,
  Page,
} from '@notionchartkit/shared';
import type { OauthTokenResponse } from '@notionhq/client';
import { randomUUID } from 'node:crypto';
import { QueryFailedError, Repository } from 'typeorm';
import { TokenCipher } from '../core/crypto/token-cipher';
import {
  ApiException,
  badRequest,
  notFound,
  serviceUnavailable,
  unprocessable,
} from '../core/http/api-error';
import { DEFAULT_PAGE_SIZE, type ListQueryDto, pageByCreation } from '../core/http/pagination';
import {
  NotionAuthError,
  NotionError,
  NotionRateLimitedError,
  NotionUnavailableError,
  NotionValidationError,
} from '../notion/notion.errors';
import { NotionClientFactory } from '../notion/notion-client.factory';
import type { ConnectionCredentials } from '../notion/notion.types';
import { Connection, tokenBinding } from './connection.entity';
import type { SourcesQuery } from './dto/connection.dto';

const UNNAMED_WORKSPACE = 'Notion workspace';
/** Notion's largest `page_size`; bigger `limit`s get pages of this size. */
const NOTION_MAX_PAGE_SIZE = 100;
const UNIQUE_VIOLATION = '23505';

/** What Notion told about a workspace grant, tokens in plaintext (sealed before storing). */
interface Grant {
  kind: Connection['kind'];
  botId: string;
  workspaceId: string;
  workspaceName: string;
  workspaceIcon: string | null;
  accessToken: string;
  refreshToken: string | null;
}

function toConnectionView(connection: Connection): ConnectionView {
  return {
    id: connection.id,
    kind: connection.kind,
    workspaceId: connection.workspaceId,
    workspaceName: connection.workspaceName,
    workspaceIcon: connection.workspaceIcon,
    status: connection.status,
    createdAt: connection.createdAt.toISOString(),
  };
}

/** A failed Notion call as the contract's error: 422 for refusals, 503 while Notion is down. */
function answerFor(error: NotionError): ApiException {
  if (error instanceof NotionUnavailableError || error instanceof NotionRateLimitedError) {
    return serviceUnavailable('Notion');
  }
  return unprocessable(error.message);
}

@Injectable()
export class ConnectionsService {
  constructor(
    @InjectRepository(Connection) private readonly connections: Repository<Connection>,
    private readonly cipher: TokenCipher,
    private readonly notion: NotionClientFactory,
  ) {}

  /** The owner's connection with that id; another user's answers 404 like a missing one. */
  async findOwned(ownerId: string, id: string): Promise<Connection> {
    const connection = await this.connections.findOneBy({ id, ownerId });
    if (!connection) throw notFound('Connection');
    return connection;
  }

  /** What the Notion client needs to act for this connection. */
  private credentialsOf(connection: Connection): ConnectionCredentials {
    return {
      connectionId: connection.id,
      ownerId: connection.ownerId,
      sealedToken: connection.accessToken,
      workspaceId: connection.workspaceId,
    };
  }

  async list(ownerId: string, query: ListQueryDto): Promise<Page<ConnectionView>> {
    const page = await pageByCreation(
      this.connections.createQueryBuilder('connection').where('connection.ownerId = :ownerId', {
        ownerId,
      }),
      query,
    );
    return { items: page.items.map(toConnectionView), nextCursor: page.nextCursor };
  }

  /** Checks an internal integration's token with Notion (`users.me`), then keeps it. */
  async addInternal(ownerId: string, request: CreateConnectionRequest): Promise<ConnectionView> {
    const identity = await this.notion
      .forToken(request.token)
      .me()
      .catch((error: unknown) => {
        if (error instanceof NotionAuthError) {
          throw unprocessable(
            'Notion rejected this token: copy the secret of an internal integration',
            [{ field: 'token', problem: 'was rejected by Notion' }],
          );
        }
        throw error instanceof NotionError ? answerFor(error) : error;
      });
    if (!identity.workspaceId) {
      throw unprocessable("This token is not a workspace integration's", [
        { field: 'token', problem: 'is not an integration token' },
      ]);
    }
    const saved = await this.save(ownerId, {
      kind: 'internal',
      botId: identity.botId,
      workspaceId: identity.workspaceId,
      workspaceName: request.name ?? identity.workspaceName ?? UNNAMED_WORKSPACE,
      workspaceIcon: null,
      accessToken: request.token,
      refreshToken: null,
    });
    return toConnectionView(saved);
  }

  /** Keeps the workspace grant of a Notion sign-in; signing in again refreshes its tokens. */
  saveOAuth(ownerId: string, grant: OauthTokenResponse): Promise<Connection> {
    return this.save(ownerId, {
      kind: 'oauth',
      botId: grant.bot_id,
      workspaceId: grant.workspace_id,
      workspaceName: grant.workspace_name ?? UNNAMED_WORKSPACE,
      workspaceIcon: grant.workspace_icon,
      accessToken: grant.access_token,
      refreshToken: grant.refresh_token,
    });
  }

  /** Deletes the connection; its datasets and charts go with it (foreign keys cascade). */
  async remove(ownerId: string, id: string): Promise<void> {
    const { affected } = await this.connections.delete({ id, ownerId });
    if (!affected) throw notFound('Connection');
  }

  /** Data sources the connection can read, optionally matching `query` in their titles. */
  async sources(
    ownerId: string,
    id: string,
    query: SourcesQuery,
  ): Promise<Page<DataSourceSummary>> {
    const connection = await this.findOwned(ownerId, id);
    try {
      return await this.notion
        .forConnection(this.credentialsOf(connection))
        .searchDataSources(
          query.query ?? '',
          query.cursor ?? null,
          Math.min(query.limit ?? DEFAULT_PAGE_SIZE, NOTION_MAX_PAGE_SIZE),
        );
    } catch (error) {
      if (!(error instanceof NotionError)) throw error;
      if (error instanceof NotionAuthError) {
        await this.connections.update({ id: connection.id, ownerId }, { status: 'revoked' });
      }
      if (error instanceof NotionValidationError && query.cursor) {
        throw badRequest('cursor is not a cursor this list gave', [
          { field: 'cursor', problem: 'is not a cursor this list gave' },
        ]);
      }
      throw answerFor(error);
    }
  }

  /**
   * One connection per owner and bot: a new grant for the same bot replaces the tokens. The id
   * is settled first because the sealed tokens are bound to it. Two sign-ins racing for a new
   * bot meet at the unique constraint; the loser retries as an update.
   */
  private async save(ownerId: string, grant: Grant, retried = false): Promise<Connection> {
    const existing = await this.connections.findOneBy({ ownerId, botId: grant.botId });
    const id = existing?.id ?? randomUUID();
    const binding = tokenBinding({ ownerId, id });
    const row = this.connections.create({
      ...existing,
      ...grant,
      id,
      ownerId,
      status: 'active',
      accessToken: this.cipher.seal(grant.accessToken, binding),
      refreshToken: grant.refreshToken ? this.cipher.seal(grant.refreshToken, binding) : null,
    });
    try {
      return await this.connections.save(row);
    } catch (error) {
      const duplicate =
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === UNIQUE_VIOLATION;
      if (duplicate && !existing && !retried) return this.save(ownerId, grant, true);
      throw error;
    }
  }
}
