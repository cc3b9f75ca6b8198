import type { ConnectionKind, ConnectionStatus } from '@notionchartkit/shared';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { User } from '../users/user.entity';

/**
 * A Notion workspace a user connected: through the sign-in (an OAuth bot) or with an
 * internal integration's token. Tokens are stored sealed (`TokenCipher`), bound to the owner
 * and this row's id, so the id is chosen before the token is sealed.
 */
@Entity({ name: 'connections' })
@Unique('uq_connections_owner_bot', ['ownerId', 'botId'])
@Check('ck_connections_kind', `"kind" IN ('oauth', 'internal')`)
@Check('ck_connections_status', `"status" IN ('active', 'revoked', 'error')`)
export class Connection {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pk_connections' })
  id: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'fk_connections_owner' })
  owner?: User;

  @Column({ type: 'varchar', length: 16 })
  kind: ConnectionKind;

  @Column({ name: 'workspace_id', type: 'varchar', length: 64 })
  workspaceId: string;

  @Column({ name: 'workspace_name', type: 'varchar', length: 200 })
  workspaceName: string;

  @Column({ name: 'workspace_icon', type: 'text', nullable: true })
  workspaceIcon: string | null;

  /** The integration's bot in that workspace: one connection per owner and bot. */
  @Column({ name: 'bot_id', type: 'varchar', length: 64 })
  botId: string;

  /** Sealed; open only through the Notion gateway. */
  @Column({ name: 'access_token', type: 'text' })
  accessToken: string;

  /** Sealed; OAuth connections only, and not always then. */
  @Column({ name: 'refresh_token', type: 'text', nullable: true })
  refreshToken: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: ConnectionStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/** `${ownerId}:${connectionId}`: the associated data every sealed token of a connection carries. */
export function tokenBinding(connection: Pick<Connection, 'ownerId' | 'id'>): string {
  return `${connection.ownerId}:${connection.id}`;
}
