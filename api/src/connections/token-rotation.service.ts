import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { TokenCipher, TokenDecryptionError } from '../core/crypto/token-cipher';
import { Connection, tokenBinding } from './connection.entity';

export interface RotationReport {
  /** Connections looked at. */
  scanned: number;
  /** Re-sealed with the current key by this run. */
  resealed: number;
  /** Already sealed with the current key. */
  current: number;
  /** Given new tokens while this run worked on them (those are sealed with a current key). */
  changedMeanwhile: number;
  /** Ids of connections whose tokens no configured key opens, with the reason. */
  failed: { connectionId: string; reason: string }[];
}

const SMALLEST_UUID = '00000000-0000-0000-0000-000000000000';

/**
 * Re-seals stored Notion tokens with the current ENCRYPTION_KEY after a rotation. Idempotent
 * and safe while the app runs: each row is rewritten only if it still holds what was read.
 */
@Injectable()
export class TokenRotationService {
  constructor(
    @InjectRepository(Connection) private readonly connections: Repository<Connection>,
    private readonly cipher: TokenCipher,
  ) {}

  async resealStaleTokens(batchSize = 500): Promise<RotationReport> {
    const report: RotationReport = {
      scanned: 0,
      resealed: 0,
      current: 0,
      changedMeanwhile: 0,
      failed: [],
    };
    let after = SMALLEST_UUID;
    for (;;) {
      const batch = await this.connections
        .createQueryBuilder('connection')
        .where('connection.id > :after', { after })
        .orderBy('connection.id', 'ASC')
        .limit(batchSize)
        .getMany();
      for (const connection of batch) await this.reseal(connection, report);
      const last = batch[batch.length - 1];
      if (!last || batch.length < batchSize) return report;
      after = last.id;
    }
  }

  private async reseal(connection: Connection, report: RotationReport): Promise<void> {
    report.scanned += 1;
    const { accessToken, refreshToken } = connection;
    if (!this.cipher.isStale(accessToken) && !(refreshToken && this.cipher.isStale(refreshToken))) {
      report.current += 1;
      return;
    }
    const binding = tokenBinding(connection);
    const reseal = (sealed: string) => this.cipher.seal(this.cipher.open(sealed, binding), binding);
    let update: Pick<Connection, 'accessToken' | 'refreshToken'>;
    try {
      update = {
        accessToken: reseal(accessToken),
        refreshToken: refreshToken ? reseal(refreshToken) : null,
      };
    } catch (error) {
      if (!(error instanceof TokenDecryptionError)) throw error;
      report.failed.push({ connectionId: connection.id, reason: error.message });
      return;
    }
    const { affected } = await this.connections
      .createQueryBuilder()
      .update()
      .set(update)
      .where('id = :id', { id: connection.id })
      .andWhere('access_token = :accessToken', { accessToken })
      .andWhere('refresh_token IS NOT DISTINCT FROM :refreshToken', { refreshToken })
      .execute();
    if (affected) report.resealed += 1;
    else report.changedMeanwhile += 1;
  }
}

/** One line per fact, for the operator; never a token. */
export function describeRotation(report: RotationReport, keyId: string): string {
  const lines = [
    `Connections scanned: ${report.scanned}`,
    `Re-sealed with key ${keyId}: ${report.resealed}`,
    `Already on key ${keyId}: ${report.current}`,
    `Given new tokens meanwhile (already current): ${report.changedMeanwhile}`,
    `Could not be opened: ${report.failed.length}`,
    ...report.failed.map((failure) => `  - connection ${failure.connectionId}: ${failure.reason}`),
  ];
  return `${lines.join('\n')}\n`;
}
