import { DAY_MS } from '../core/clock.util';
import { stableUuid } from '../core/ids.util';
import { Prng } from '../core/prng.util';
import { addDatabase, addStandalonePage } from '../store/database-builder.factory';
import type { RowWriter } from '../store/row-writer.service';
import type { WorkspaceStore } from '../store/workspace.store';
import { ACME_PEOPLE, SEED_IDS } from './seed-ids.constants';
import { dayString } from './seed-values.util';

const IDS = SEED_IDS.acme;
const HABITS = ['Exercise', 'Read', 'Meditate', 'Journal', 'No sugar'] as const;
const FIRST_DAY = Date.parse('2025-09-01T00:00:00Z');
const DAYS = 135;

/** A personal habit tracker: one database with two data sources (daily check-ins, weekly reviews). */
export function seedHabitTracker(store: WorkspaceStore, writer: RowWriter): void {
  const rng = new Prng('acme:habits');
  const created = { createdTime: Date.parse('2025-08-30T19:00:00Z'), createdBy: ACME_PEOPLE.ada };
  addStandalonePage(store, {
    id: IDS.personalPageId,
    workspaceId: IDS.workspaceId,
    title: 'Personal',
    icon: '🌱',
    ...created,
  });
  addDatabase(store, {
    ...created,
    id: IDS.habitsDatabaseId,
    workspaceId: IDS.workspaceId,
    title: 'Habit tracker',
    icon: '📅',
    parentPageId: IDS.personalPageId,
    dataSources: [
      {
        id: IDS.habitsDataSourceId,
        title: 'Daily check-ins',
        properties: [
          { name: 'Day', type: 'title' },
          { name: 'Date', type: 'date' },
          ...HABITS.map((name) => ({ name, type: 'checkbox' as const })),
          { name: 'Sleep', type: 'number', format: 'number' },
          {
            name: 'Mood',
            type: 'select',
            options: [
              { name: 'Great', color: 'green' },
              { name: 'Good', color: 'blue' },
              { name: 'Okay', color: 'yellow' },
              { name: 'Bad', color: 'red' },
            ],
          },
          {
            name: 'Score',
            type: 'formula',
            formula: {
              expression: HABITS.map((h) => `toNumber(prop("${h}"))`).join(' + '),
              resultType: 'number',
              evaluate: (row) => HABITS.filter((h) => row.checkbox(h)).length,
            },
          },
        ],
      },
      {
        id: IDS.weeklyReviewsDataSourceId,
        title: 'Weekly reviews',
        properties: [
          { name: 'Week', type: 'title' },
          { name: 'Week of', type: 'date' },
          { name: 'Rating', type: 'number', format: 'number' },
          { name: 'Highlights', type: 'rich_text' },
        ],
      },
    ],
  });
  const daily = store.dataSource(IDS.habitsDataSourceId);
  const weekly = store.dataSource(IDS.weeklyReviewsDataSourceId);
  if (!daily || !weekly) return;
  const streakiness: Record<string, number> = {
    Exercise: 0.6,
    Read: 0.75,
    Meditate: 0.45,
    Journal: 0.5,
    'No sugar': 0.35,
  };
  for (let d = 0; d < DAYS; d++) {
    const day = FIRST_DAY + d * DAY_MS;
    const checks = Object.fromEntries(HABITS.map((h) => [h, rng.chance(streakiness[h])]));
    const label = new Date(day).toLocaleDateString('en-US', {
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    });
    writer.create(
      daily,
      {
        Day: label,
        Date: dayString(day),
        ...checks,
        Sleep: rng.chance(0.08) ? null : rng.int(50, 90) / 10,
        Mood: rng.chance(0.05)
          ? null
          : rng.pickWeighted([
              ['Great', 2],
              ['Good', 4],
              ['Okay', 3],
              ['Bad', 1],
            ] as const),
      },
      { id: stableUuid(`acme:habit-day:${d}`), at: day + 21 * 3_600_000, actorId: ACME_PEOPLE.ada },
    );
  }
  // One review per full week, written on its Sunday evening.
  for (let w = 0; (w + 1) * 7 <= DAYS; w++) {
    const monday = FIRST_DAY + w * 7 * DAY_MS;
    writer.create(
      weekly,
      {
        Week: `Week of ${dayString(monday)}`,
        'Week of': { start: dayString(monday), end: dayString(monday + 6 * DAY_MS) },
        Rating: rng.int(2, 5),
        Highlights: rng.chance(0.3)
          ? null
          : rng.pick([
              'Good sleep streak.',
              'Travelled, routine slipped.',
              'Finished a book.',
              'Ran 30 km in total.',
            ]),
      },
      {
        id: stableUuid(`acme:habit-week:${w}`),
        at: monday + 6 * DAY_MS + 20 * 3_600_000,
        actorId: ACME_PEOPLE.ada,
      },
    );
  }
}
