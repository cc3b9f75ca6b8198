import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { badRequest } from './api-error';

/** `?limit=&cursor=` of every list endpoint. */
export class ListQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'Opaque: the nextCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;
}

export const DEFAULT_PAGE_SIZE = 50;

/** Opaque cursors: base64url of the JSON key of the last item seen. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

const malformedCursor = () =>
  badRequest('cursor is not a cursor this list gave out', [
    { field: 'cursor', problem: 'is malformed' },
  ]);

/** Values a cursor may carry; PostgreSQL text cannot hold NUL. */
const isKeyPart = (part: unknown): part is string | number =>
  (typeof part === 'string' && !part.includes('\u0000')) ||
  (typeof part === 'number' && Number.isFinite(part));

export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === arity && key.every(isKeyPart)) return key;
  } catch {
    // fall through to the 400
  }
  throw malformedCursor();
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A creation cursor's (created_at, id), checked so a forged one is a 400, not a SQL error. */
function decodeCreationCursor(cursor: string): [string, string] {
  const [at, id] = decodeCursor(cursor, 2);
  if (
    typeof at === 'string' &&
    ISO_INSTANT.test(at) &&
    !Number.isNaN(Date.parse(at)) &&
    typeof id === 'string' &&
    UUID.test(id)
  ) {
    return [at, id];
  }
  throw malformedCursor();
}

/**
 * Newest first, keyed by (created_at, id) so pages stay stable while rows are added. The
 * query builder's alias must have `createdAt` and `id`.
 */
export async function pageByCreation<T extends ObjectLiteral & { id: string; createdAt: Date }>(
  query: SelectQueryBuilder<T>,
  { limit = DEFAULT_PAGE_SIZE, cursor }: ListQueryDto,
): Promise<{ items: T[]; nextCursor: string | null }> {
  const alias = query.alias;
  if (cursor) {
    const [at, id] = decodeCreationCursor(cursor);
    query.andWhere(`(${alias}.createdAt, ${alias}.id) < (:cursorAt, :cursorId)`, {
      cursorAt: at,
      cursorId: id,
    });
  }
  const rows = await query
    .orderBy(`${alias}.createdAt`, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .take(limit + 1)
    .getMany();
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor:
      rows.length > limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
  };
}
