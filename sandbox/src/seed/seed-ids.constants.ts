import { stableUuid } from '../core/ids.util';

/**
 * The seed's "now": every seeded timestamp is at or before it, so the data reads the same in
 * every run whatever the clock says.
 */
export const SEED_NOW = Date.parse('2026-01-15T12:00:00.000Z');

/** Internal-integration token of the demo workspace (Acme). Obviously fake on purpose. */
export const DEMO_INTERNAL_TOKEN = 'ntn_sandbox_acme_internal_token';

/** Internal-integration token of the second workspace (Globex). */
export const GLOBEX_INTERNAL_TOKEN = 'ntn_sandbox_globex_internal_token';

/** The OAuth client the sandbox knows when none is configured. */
export const SANDBOX_OAUTH_CLIENT = {
  clientId: '63f02834-63d1-48ca-83a1-221f2d23de99',
  clientSecret: 'sandbox-oauth-client-secret',
} as const;

function person(workspace: string, key: string): string {
  return stableUuid(`${workspace}:person:${key}`);
}

/** People of the demo workspace, by first name. */
export const ACME_PEOPLE = {
  ada: '904336aa-b531-4f0e-b096-215e09745cd1',
  grace: '297a2893-9854-41ee-82f9-4af9c7892d21',
  alan: person('acme', 'alan'),
  katherine: person('acme', 'katherine'),
  margaret: person('acme', 'margaret'),
  dennis: person('acme', 'dennis'),
  barbara: person('acme', 'barbara'),
  edsger: person('acme', 'edsger'),
  frances: person('acme', 'frances'),
  /** Shown as `{object, id}` only in page objects; look the name up with `users.retrieve`. */
  ken: person('acme', 'ken'),
  /** Shown as `{object, id}` only in page objects. */
  radia: person('acme', 'radia'),
  tim: person('acme', 'tim'),
} as const;

export const GLOBEX_PEOPLE = {
  hedy: '14861df5-9c36-4a77-8c4d-630023f2f461',
  john: person('globex', 'john'),
  joan: person('globex', 'joan'),
  annie: person('globex', 'annie'),
} as const;

/** Well-known ids of the seed, stable across runs so tests can name them. */
export const SEED_IDS = {
  acme: {
    workspaceId: '478e3d2c-42d1-4c11-9197-2f30645f2643',
    ownerUserId: ACME_PEOPLE.ada,
    internalBotId: '4da91ea7-0b7a-49a6-ad8c-fb74f5baaabc',
    salesTeamGroupId: '222d995e-1449-40bc-ab0c-654f65a23bed',
    salesHqPageId: '1a7c33fb-8c66-494b-b5c9-318b3c792420',
    salesDatabaseId: '034cc28d-a058-4863-abe2-7cc2f8ddce8b',
    salesDataSourceId: '7463f88a-3ebd-4cc4-9334-49bcdd5c537f',
    accountsDatabaseId: '9ac04b46-aa3f-4a2b-b60f-7f49fb473e37',
    accountsDataSourceId: '20c0fc24-7205-4cee-885a-ac6a7b78a89a',
    productPageId: '975f1d77-349f-4a91-b9d0-bd750c72bb29',
    tasksDatabaseId: '914109df-57da-4fe9-8b58-c6759b6dcb95',
    tasksDataSourceId: 'c2b6e454-2a49-47c2-8e3e-feef960893dd',
    personalPageId: '2eeb4e1b-98bb-4ed8-adf0-7d337b261b45',
    /** One database, two data sources. */
    habitsDatabaseId: 'feb91ca7-da78-432a-b526-31aa14944b64',
    habitsDataSourceId: 'a6ed878f-af10-480b-b7d6-b536a96c11d3',
    weeklyReviewsDataSourceId: 'e9cccd50-58af-4e03-adea-e928fea0e0ec',
    /** Not shared with the integration: every token gets 404 for it. */
    salariesDatabaseId: 'fdfa5bab-e19b-42d7-b17b-891464bf16f6',
    salariesDataSourceId: '370be685-cdce-4f83-ae33-6fb03ff42829',
    /** Filled only with the `large` seed. */
    largeDatabaseId: 'd2fc61a7-85f9-4756-bb40-67116df5061f',
    largeDataSourceId: 'd111c7c0-5a3d-469e-bd7a-14be5dca2b07',
  },
  globex: {
    workspaceId: '2feb170f-98fb-45f5-a5d6-2ee2eed0758e',
    ownerUserId: GLOBEX_PEOPLE.hedy,
    internalBotId: 'dd4169b9-f3ce-4085-97d5-1a441336c544',
    marketingPageId: 'c8971da2-3f8d-4c38-b2d0-1e9039873a8c',
    campaignsDatabaseId: '88c0251e-e7c7-44d8-9c32-673c30bca329',
    campaignsDataSourceId: 'a8403be4-f7a5-4a3a-b778-b2c602fd3aef',
  },
} as const;

/** Hand-written deals of the sales pipeline, for tests that check exact values. */
export const SEED_DEALS = {
  /** Closed won, $125,000, date-only close date 2025-03-14, Initech, owner Grace. */
  initechRenewal: stableUuid('acme:deal:initech-renewal'),
  /** Negotiation, close date with time and `America/New_York` time zone. */
  hooliExpansion: stableUuid('acme:deal:hooli-expansion'),
  /** Proposal, close date-time in UTC, owned by a person Notion shows without a name. */
  vandelayPilot: stableUuid('acme:deal:vandelay-pilot'),
  /** Every property empty. */
  emptyDeal: stableUuid('acme:deal:empty'),
  /** Related to 32 accounts: the page object lists 25 and says `has_more`. */
  frameworkAgreement: stableUuid('acme:deal:framework-agreement'),
  /** In the trash: queries leave it out, `pages.retrieve` shows `in_trash: true`. */
  trashedDeal: stableUuid('acme:deal:trashed'),
} as const;
