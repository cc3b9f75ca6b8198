import { stableUuid } from '../core/ids.util';
import { addDatabase, addProperties } from '../store/database-builder.factory';
import type { RowWriter } from '../store/row-writer.service';
import type { WorkspaceStore } from '../store/workspace.store';
import { ACME_PEOPLE, SEED_DEALS, SEED_IDS } from './seed-ids.constants';

const IDS = SEED_IDS.acme;

/**
 * A database nobody shared with the integration: it answers 404, stays out of search, and the
 * Deals relation pointing at it ("Commission plan") is left out of schemas and pages.
 */
export function seedSalaries(store: WorkspaceStore, writer: RowWriter): void {
  const created = { createdTime: Date.parse('2024-02-01T09:00:00Z'), createdBy: ACME_PEOPLE.ada };
  addDatabase(store, {
    ...created,
    id: IDS.salariesDatabaseId,
    workspaceId: IDS.workspaceId,
    title: 'Salaries',
    icon: '🔒',
    shared: false,
    dataSources: [
      {
        id: IDS.salariesDataSourceId,
        title: 'Salaries',
        properties: [
          { name: 'Name', type: 'title' },
          { name: 'Base salary', type: 'number', format: 'dollar' },
        ],
      },
    ],
  });
  const salaries = store.dataSource(IDS.salariesDataSourceId);
  const deals = store.dataSource(IDS.salesDataSourceId);
  if (!salaries) return;
  const plans = ['Grace Hopper', 'Alan Turing', 'Katherine Johnson'].map((name, i) => {
    const [row] = writer.create(
      salaries,
      { Name: name, 'Base salary': 120_000 + i * 15_000 },
      { id: stableUuid(`acme:salary:${i}`), at: created.createdTime, actorId: ACME_PEOPLE.ada },
    );
    return row.page.id;
  });
  const initech = store.page(SEED_DEALS.initechRenewal);
  if (!deals || !initech) return;
  addProperties(store, deals, [
    { name: 'Commission plan', type: 'relation', dataSourceId: salaries.id },
  ]);
  writer.update(
    initech,
    { 'Commission plan': [plans[0]] },
    { at: initech.createdTime, actorId: initech.lastEditedBy },
  );
}
