import type { SchemaProperty } from '@notionchartkit/shared';
import type { NotionRow } from '../../notion/notion.types';
import { mergeResultTypes } from './schema-merge';

const row = (resultTypes: NotionRow['resultTypes']): NotionRow => ({
  pageId: 'p',
  lastEditedTime: '2026-01-01T00:00:00.000Z',
  createdTime: '2026-01-01T00:00:00.000Z',
  values: {},
  resultTypes,
});

describe('mergeResultTypes', () => {
  const fresh: SchemaProperty[] = [
    { id: 'a', name: 'Amount', type: 'number', format: 'dollar' },
    { id: 'f', name: 'Score', type: 'formula', resultType: null },
    { id: 'r', name: 'Total', type: 'rollup', resultType: 'number' },
  ];

  it("takes a formula's result type from this sync's rows", () => {
    expect(mergeResultTypes(fresh, [], [row({}), row({ f: 'string' })])[1]).toEqual({
      id: 'f',
      name: 'Score',
      type: 'formula',
      resultType: 'string',
    });
  });

  it('keeps what an earlier sync learned when no row tells', () => {
    const previous: SchemaProperty[] = [
      { id: 'f', name: 'Old name', type: 'formula', resultType: 'number' },
    ];
    expect(mergeResultTypes(fresh, previous, [])[1]?.resultType).toBe('number');
  });

  it('leaves the schema alone where Notion says, and drops removed properties', () => {
    const merged = mergeResultTypes(
      fresh,
      [{ id: 'gone', name: 'Gone', type: 'number' }],
      [row({ r: 'array' })],
    );
    expect(merged.map((p) => p.id)).toEqual(['a', 'f', 'r']);
    expect(merged[2]?.resultType).toBe('number');
    expect(merged[1]?.resultType).toBeNull();
  });
});
