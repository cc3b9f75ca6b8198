import type { PageObjectResponse } from '@notionhq/client';
import { normalizePage, normalizeValue } from './page.normalizer';
import type { PropertyValueBody } from './notion-values.types';

// Values shaped exactly as Notion sends them (notion.md §4.1), built from JSON so the tests see
// what the wire carries rather than what our types allow.
const value = (json: object) => json as PropertyValueBody;

const names: Record<string, string> = { 'u-ken': 'Ken Thompson' };
const lookups: string[] = [];
const userNames = (id: string) => {
  lookups.push(id);
  return names[id] ?? id;
};
const cell = (json: object) => normalizeValue(value(json), userNames);

function text(content: string, extra: object = {}) {
  return {
    type: 'text',
    text: { content, link: null },
    annotations: {
      bold: false,
      italic: false,
      strikethrough: false,
      underline: false,
      code: false,
      color: 'default',
    },
    plain_text: content,
    href: null,
    ...extra,
  };
}

const mention = {
  type: 'mention',
  mention: { type: 'user', user: { object: 'user', id: 'u-1' } },
  annotations: text('').annotations,
  plain_text: '@Ada',
  href: null,
};

beforeEach(() => {
  lookups.length = 0;
});

describe('normalizeValue, one Notion type at a time', () => {
  describe('title', () => {
    it('joins the plain text of every run, mentions included', () => {
      expect(cell({ id: 'title', type: 'title', title: [text('Deal '), mention] })).toBe(
        'Deal @Ada',
      );
    });
    it('is null when empty', () => {
      expect(cell({ id: 'title', type: 'title', title: [] })).toBeNull();
    });
  });

  describe('rich_text', () => {
    it('keeps the plain text', () => {
      expect(cell({ id: 'n', type: 'rich_text', rich_text: [text('Avocado')] })).toBe('Avocado');
    });
    it('is null when empty, never ""', () => {
      expect(cell({ id: 'n', type: 'rich_text', rich_text: [] })).toBeNull();
      expect(cell({ id: 'n', type: 'rich_text', rich_text: [text('')] })).toBeNull();
    });
  });

  describe('url', () => {
    it('keeps the url', () => {
      expect(cell({ id: 'u', type: 'url', url: 'https://example.com/a' })).toBe(
        'https://example.com/a',
      );
    });
    it('is null when empty', () => {
      expect(cell({ id: 'u', type: 'url', url: null })).toBeNull();
      expect(cell({ id: 'u', type: 'url', url: '' })).toBeNull();
    });
  });

  describe('email', () => {
    it('keeps the address', () => {
      expect(cell({ id: 'e', type: 'email', email: 'a@b.co' })).toBe('a@b.co');
    });
    it('is null when empty', () => {
      expect(cell({ id: 'e', type: 'email', email: null })).toBeNull();
    });
  });

  describe('phone_number', () => {
    it('keeps the number as written', () => {
      expect(cell({ id: 'p', type: 'phone_number', phone_number: '+1 555 0100' })).toBe(
        '+1 555 0100',
      );
    });
    it('is null when empty', () => {
      expect(cell({ id: 'p', type: 'phone_number', phone_number: null })).toBeNull();
    });
  });

  describe('number', () => {
    it('keeps the number, zero included', () => {
      expect(cell({ id: 'a', type: 'number', number: 1250.5 })).toBe(1250.5);
      expect(cell({ id: 'a', type: 'number', number: 0 })).toBe(0);
    });
    it('is null when empty', () => {
      expect(cell({ id: 'a', type: 'number', number: null })).toBeNull();
    });
  });

  describe('checkbox', () => {
    it('is true or false, never null', () => {
      expect(cell({ id: 'c', type: 'checkbox', checkbox: true })).toBe(true);
      expect(cell({ id: 'c', type: 'checkbox', checkbox: false })).toBe(false);
      expect(cell({ id: 'c', type: 'checkbox', checkbox: null })).toBe(false);
    });
  });

  describe('select', () => {
    it("is the option's name", () => {
      expect(
        cell({ id: 's', type: 'select', select: { id: 'o1', name: 'Won', color: 'green' } }),
      ).toBe('Won');
    });
    it('is null when empty', () => {
      expect(cell({ id: 's', type: 'select', select: null })).toBeNull();
    });
  });

  describe('status', () => {
    it("is the option's name", () => {
      expect(
        cell({ id: 'st', type: 'status', status: { id: 's-done', name: 'Done', color: 'green' } }),
      ).toBe('Done');
    });
    it('is null when empty', () => {
      expect(cell({ id: 'st', type: 'status', status: null })).toBeNull();
    });
  });

  describe('multi_select', () => {
    it("lists option names in Notion's order", () => {
      expect(
        cell({
          id: 't',
          type: 'multi_select',
          multi_select: [
            { id: 'b', name: 'US', color: 'red' },
            { id: 'a', name: 'EU', color: 'blue' },
          ],
        }),
      ).toEqual(['US', 'EU']);
    });
    it('is [] when empty', () => {
      expect(cell({ id: 't', type: 'multi_select', multi_select: [] })).toEqual([]);
    });
  });

  describe('date', () => {
    it('keeps a date without time as the calendar date', () => {
      expect(
        cell({ id: 'd', type: 'date', date: { start: '2026-05-01', end: null, time_zone: null } }),
      ).toBe('2026-05-01');
    });
    it('turns a date-time into its UTC instant and drops the end of a range', () => {
      expect(
        cell({
          id: 'd',
          type: 'date',
          date: {
            start: '2026-05-01T09:00:00.000+02:00',
            end: '2026-05-01T10:00:00.000+02:00',
            time_zone: null,
          },
        }),
      ).toBe('2026-05-01T07:00:00.000Z');
    });
    it('is null when empty', () => {
      expect(cell({ id: 'd', type: 'date', date: null })).toBeNull();
    });
  });

  describe('people', () => {
    it("lists names in Notion's order: users by name, groups by name, unnamed users looked up", () => {
      expect(
        cell({
          id: 'pp',
          type: 'people',
          people: [
            {
              object: 'user',
              id: 'u-ada',
              name: 'Ada',
              avatar_url: null,
              type: 'person',
              person: { email: 'ada@example.com' },
            },
            { object: 'user', id: 'u-ken' },
            { object: 'group', id: 'g-1', name: 'Sales' },
            { object: 'user', id: 'u-gone' },
            { object: 'group', id: 'g-2', name: null },
          ],
        }),
      ).toEqual(['Ada', 'Ken Thompson', 'Sales', 'u-gone', 'g-2']);
      expect(lookups).toEqual(['u-ken', 'u-gone']);
    });
    it('is [] when empty', () => {
      expect(cell({ id: 'pp', type: 'people', people: [] })).toEqual([]);
    });
  });

  describe('created_by', () => {
    it("is one name, looked up when Notion sends the user without one, else the user's id", () => {
      expect(
        cell({
          id: 'cb',
          type: 'created_by',
          created_by: { object: 'user', id: 'u-bot', name: 'Charts', type: 'bot', bot: {} },
        }),
      ).toBe('Charts');
      expect(
        cell({ id: 'cb', type: 'created_by', created_by: { object: 'user', id: 'u-ken' } }),
      ).toBe('Ken Thompson');
      expect(
        cell({ id: 'cb', type: 'created_by', created_by: { object: 'user', id: 'u-gone' } }),
      ).toBe('u-gone');
    });
  });

  describe('last_edited_by', () => {
    it('is one name', () => {
      expect(
        cell({
          id: 'lb',
          type: 'last_edited_by',
          last_edited_by: { object: 'user', id: 'u-ken' },
        }),
      ).toBe('Ken Thompson');
      expect(
        cell({
          id: 'lb',
          type: 'last_edited_by',
          last_edited_by: { object: 'user', id: 'u-x', name: null, type: 'person', person: {} },
        }),
      ).toBe('u-x');
    });
  });

  describe('relation', () => {
    it("lists related page ids in Notion's order", () => {
      expect(
        cell({
          id: 'r',
          type: 'relation',
          relation: [{ id: '669ffc58-9c20-4264-956b-f7f917c58400' }, { id: 'p-2' }],
          has_more: false,
        }),
      ).toEqual(['669ffc58-9c20-4264-956b-f7f917c58400', 'p-2']);
    });
    it('is [] when empty', () => {
      expect(cell({ id: 'r', type: 'relation', relation: [], has_more: false })).toEqual([]);
    });
  });

  describe('files', () => {
    it("lists file names in Notion's order, hosted and external alike", () => {
      expect(
        cell({
          id: 'f',
          type: 'files',
          files: [
            {
              name: 'deck.pdf',
              type: 'file',
              file: { url: 'https://files.example/deck.pdf', expiry_time: '2026-05-03T15:37:00Z' },
            },
            { name: 'site', type: 'external', external: { url: 'https://example.com/x.png' } },
          ],
        }),
      ).toEqual(['deck.pdf', 'site']);
    });
    it('is [] when empty', () => {
      expect(cell({ id: 'f', type: 'files', files: [] })).toEqual([]);
    });
  });

  describe('formula', () => {
    const formula = (result: object) => cell({ id: 'fx', type: 'formula', formula: result });
    it('gives its result by type, each by its own rule', () => {
      expect(formula({ type: 'number', number: 0.31 })).toBe(0.31);
      expect(formula({ type: 'string', string: 'Q2' })).toBe('Q2');
      expect(formula({ type: 'boolean', boolean: false })).toBe(false);
      expect(
        formula({ type: 'date', date: { start: '2026-06-01', end: null, time_zone: null } }),
      ).toBe('2026-06-01');
      expect(
        formula({
          type: 'date',
          date: { start: '2026-06-01T12:00:00.000-04:00', end: null, time_zone: null },
        }),
      ).toBe('2026-06-01T16:00:00.000Z');
    });
    it('is null when empty or unsupported, never ""', () => {
      expect(formula({ type: 'number', number: null })).toBeNull();
      expect(formula({ type: 'string', string: '' })).toBeNull();
      expect(formula({ type: 'string', string: null })).toBeNull();
      expect(formula({ type: 'boolean', boolean: null })).toBeNull();
      expect(formula({ type: 'date', date: null })).toBeNull();
      expect(formula({ type: 'unsupported', unsupported: {} })).toBeNull();
    });
  });

  describe('rollup', () => {
    const rollup = (result: object) =>
      cell({ id: 'ru', type: 'rollup', rollup: { function: 'sum', ...result } });
    it('gives numbers and dates by their rules', () => {
      expect(rollup({ type: 'number', number: 1234 })).toBe(1234);
      expect(
        rollup({ type: 'date', date: { start: '2026-04-30', end: null, time_zone: null } }),
      ).toBe('2026-04-30');
    });
    it('flattens arrays to strings: numbers by String, booleans spelled, arrays spread, empties dropped', () => {
      expect(
        rollup({
          type: 'array',
          array: [
            { type: 'number', number: 3 },
            { type: 'number', number: 0.5 },
            { type: 'number', number: null },
            { type: 'checkbox', checkbox: true },
            { type: 'checkbox', checkbox: false },
            { type: 'title', title: [text('Acme')] },
            { type: 'rich_text', rich_text: [] },
            { type: 'multi_select', multi_select: [{ id: 'a', name: 'EU', color: 'blue' }] },
            { type: 'select', select: null },
            { type: 'date', date: { start: '2026-04-30', end: null, time_zone: null } },
            { type: 'people', people: [{ object: 'user', id: 'u-ken' }] },
            { type: 'relation', relation: [{ id: 'p-1' }, { id: 'p-2' }] },
            { type: 'formula', formula: { type: 'boolean', boolean: true } },
            { type: 'unique_id', unique_id: { prefix: 'ACC', number: 7 } },
            { type: 'button', button: {} },
          ],
        }),
      ).toEqual([
        '3',
        '0.5',
        'true',
        'false',
        'Acme',
        'EU',
        '2026-04-30',
        'Ken Thompson',
        'p-1',
        'p-2',
        'true',
        'ACC-7',
      ]);
    });
    it('is [] for an empty array and null for empty, unsupported and incomplete rollups', () => {
      expect(rollup({ type: 'array', array: [] })).toEqual([]);
      expect(rollup({ type: 'number', number: null })).toBeNull();
      expect(rollup({ type: 'date', date: null })).toBeNull();
      expect(rollup({ type: 'unsupported', unsupported: {} })).toBeNull();
      expect(rollup({ type: 'incomplete', incomplete: {} })).toBeNull();
    });
  });

  describe('unique_id', () => {
    it('is PREFIX-42 with a prefix, the number alone without', () => {
      expect(cell({ id: 'id', type: 'unique_id', unique_id: { prefix: 'DEAL', number: 42 } })).toBe(
        'DEAL-42',
      );
      expect(cell({ id: 'id', type: 'unique_id', unique_id: { prefix: null, number: 42 } })).toBe(
        42,
      );
    });
    it('is null without a number', () => {
      expect(
        cell({ id: 'id', type: 'unique_id', unique_id: { prefix: 'DEAL', number: null } }),
      ).toBeNull();
    });
  });

  describe('created_time', () => {
    it('is the instant in UTC', () => {
      expect(
        cell({ id: 'ct', type: 'created_time', created_time: '2026-05-01T11:12:00.000+02:00' }),
      ).toBe('2026-05-01T09:12:00.000Z');
      expect(cell({ id: 'ct', type: 'created_time', created_time: '2026-05-01T09:12:00Z' })).toBe(
        '2026-05-01T09:12:00.000Z',
      );
    });
  });

  describe('last_edited_time', () => {
    it('is the instant in UTC', () => {
      expect(
        cell({
          id: 'lt',
          type: 'last_edited_time',
          last_edited_time: '2026-05-03T14:37:00.000Z',
        }),
      ).toBe('2026-05-03T14:37:00.000Z');
    });
  });

  describe('types we do not chart', () => {
    it('gives no cell for button, verification, place or an unknown type', () => {
      expect(cell({ id: 'bt', type: 'button', button: {} })).toBeUndefined();
      expect(
        cell({
          id: 'vf',
          type: 'verification',
          verification: { state: 'unverified', date: null, verified_by: null },
        }),
      ).toBeUndefined();
      expect(
        cell({ id: 'pl', type: 'place', place: { lat: 52.52, lon: 13.4, name: 'Berlin' } }),
      ).toBeUndefined();
      expect(cell({ id: 'x', type: 'location', location: {} })).toBeUndefined();
    });
  });
});

describe('normalizePage', () => {
  const page = {
    object: 'page',
    id: '59833787-2cf9-4fdf-8782-e53db20768a5',
    created_time: '2026-05-01T09:12:00.000Z',
    last_edited_time: '2026-05-03T14:37:00.000Z',
    created_by: { object: 'user', id: 'u-ken' },
    last_edited_by: { object: 'user', id: 'u-ken' },
    in_trash: false,
    archived: false,
    is_archived: false,
    is_locked: false,
    icon: null,
    cover: null,
    parent: { type: 'data_source_id', data_source_id: 'ds-1', database_id: 'db-1' },
    url: 'https://www.notion.so/Deal-A-59833787cf94fdf8782e53db20768a5',
    public_url: null,
    properties: {
      Name: { id: 'title', type: 'title', title: [text('Deal A')] },
      Amount: { id: '%3AUPp', type: 'number', number: 1250.5 },
      Margin: { id: 'f1', type: 'formula', formula: { type: 'number', number: 0.31 } },
      Label: { id: 'f2', type: 'formula', formula: { type: 'unsupported', unsupported: {} } },
      Lines: {
        id: 'ru3',
        type: 'rollup',
        rollup: { type: 'array', array: [], function: 'show_original' },
      },
      Account: {
        id: 'r1',
        type: 'relation',
        relation: [{ id: 'p-1' }],
        has_more: true,
      },
      Run: { id: 'bt', type: 'button', button: {} },
    },
  } as unknown as PageObjectResponse;

  it('keys cells by property id, uses complete relations, and reports result types', () => {
    const row = normalizePage(page, {
      names: userNames,
      relations: new Map([['r1', ['p-1', 'p-2', 'p-26']]]),
    });
    expect(row).toEqual({
      pageId: '59833787-2cf9-4fdf-8782-e53db20768a5',
      createdTime: '2026-05-01T09:12:00.000Z',
      lastEditedTime: '2026-05-03T14:37:00.000Z',
      values: {
        title: 'Deal A',
        '%3AUPp': 1250.5,
        f1: 0.31,
        f2: null,
        ru3: [],
        r1: ['p-1', 'p-2', 'p-26'],
      },
      resultTypes: { f1: 'number', ru3: 'array' },
    });
  });
});
