import { FULL_CAPABILITIES, type TokenRegistry } from '../auth/token.registry';
import type { PersonRecord } from '../model/records.types';
import type { WorkspaceStore } from '../store/workspace.store';
import {
  ACME_PEOPLE,
  DEMO_INTERNAL_TOKEN,
  GLOBEX_INTERNAL_TOKEN,
  GLOBEX_PEOPLE,
  SEED_IDS,
  SEED_NOW,
} from './seed-ids.constants';

type PersonSeed = [id: string, name: string, email: string, partialInPages?: boolean];

const ACME_WS = SEED_IDS.acme.workspaceId;
const GLOBEX_WS = SEED_IDS.globex.workspaceId;

const ACME: readonly PersonSeed[] = [
  [ACME_PEOPLE.ada, 'Ada Lovelace', 'ada@acme.example'],
  [ACME_PEOPLE.grace, 'Grace Hopper', 'grace@acme.example'],
  [ACME_PEOPLE.alan, 'Alan Turing', 'alan@acme.example'],
  [ACME_PEOPLE.katherine, 'Katherine Johnson', 'katherine@acme.example'],
  [ACME_PEOPLE.margaret, 'Margaret Hamilton', 'margaret@acme.example'],
  [ACME_PEOPLE.dennis, 'Dennis Ritchie', 'dennis@acme.example'],
  [ACME_PEOPLE.barbara, 'Barbara Liskov', 'barbara@acme.example'],
  [ACME_PEOPLE.edsger, 'Edsger Dijkstra', 'edsger@acme.example'],
  [ACME_PEOPLE.frances, 'Frances Allen', 'frances@acme.example'],
  [ACME_PEOPLE.ken, 'Ken Thompson', 'ken@acme.example', true],
  [ACME_PEOPLE.radia, 'Radia Perlman', 'radia@acme.example', true],
  [ACME_PEOPLE.tim, 'Tim Berners-Lee', 'tim@acme.example'],
];

const GLOBEX: readonly PersonSeed[] = [
  [GLOBEX_PEOPLE.hedy, 'Hedy Lamarr', 'hedy@globex.example'],
  [GLOBEX_PEOPLE.john, 'John von Neumann', 'john@globex.example'],
  [GLOBEX_PEOPLE.joan, 'Joan Clarke', 'joan@globex.example'],
  [GLOBEX_PEOPLE.annie, 'Annie Easley', 'annie@globex.example', true],
];

function person([id, name, email, partial]: PersonSeed, workspaceIds: string[]): PersonRecord {
  return {
    kind: 'person',
    id,
    name,
    email,
    avatarUrl: null,
    workspaceIds,
    partialInPages: partial ?? false,
  };
}

/**
 * The identities every sandbox has, whatever content is seeded: two workspaces, their people
 * (Ada belongs to both, for multi-workspace sign-in), a group, and one internal integration
 * per workspace with its token.
 */
export function seedWorkspaces(store: WorkspaceStore, tokens: TokenRegistry): void {
  store.addWorkspace({ id: ACME_WS, name: 'Acme Corp', icon: '🏢', ownerUserId: ACME_PEOPLE.ada });
  store.addWorkspace({
    id: GLOBEX_WS,
    name: 'Globex Labs',
    icon: '🌐',
    ownerUserId: GLOBEX_PEOPLE.hedy,
  });
  for (const seed of ACME) {
    store.addUser(person(seed, seed[0] === ACME_PEOPLE.ada ? [ACME_WS, GLOBEX_WS] : [ACME_WS]));
  }
  for (const seed of GLOBEX) store.addUser(person(seed, [GLOBEX_WS]));
  store.addUser({
    kind: 'group',
    id: SEED_IDS.acme.salesTeamGroupId,
    name: 'Sales team',
    workspaceIds: [ACME_WS],
  });
  const internal = [
    [ACME_WS, SEED_IDS.acme.internalBotId, DEMO_INTERNAL_TOKEN],
    [GLOBEX_WS, SEED_IDS.globex.internalBotId, GLOBEX_INTERNAL_TOKEN],
  ] as const;
  for (const [workspaceId, botId, token] of internal) {
    store.addUser({
      kind: 'bot',
      id: botId,
      name: 'NotionChartKit (internal)',
      avatarUrl: null,
      workspaceIds: [workspaceId],
      ownerUserId: null,
    });
    tokens.add({
      token,
      kind: 'internal',
      workspaceId,
      botId,
      capabilities: FULL_CAPABILITIES,
      ownerUserId: null,
      clientId: null,
      issuedAt: Math.floor(SEED_NOW / 1000),
    });
  }
}
