import { DAY_MS } from '../core/clock.util';
import { stableUuid } from '../core/ids.util';
import { Prng } from '../core/prng.util';
import type { PlaceValue, TextRun } from '../model/property.types';
import { addDatabase, addProperties, addStandalonePage } from '../store/database-builder.factory';
import type { RowValues } from '../store/row-input.parser';
import type { RowWriter } from '../store/row-writer.service';
import type { WorkspaceStore } from '../store/workspace.store';
import { ACME_PEOPLE, SEED_DEALS, SEED_IDS, SEED_NOW } from './seed-ids.constants';
import {
  dayString,
  slug,
  utcDateTime,
  workingTime,
  zonedDateTime,
  zonedInstant,
} from './seed-values.util';

const IDS = SEED_IDS.acme;
const WS = IDS.workspaceId;

type Stage = 'Lead' | 'Qualified' | 'Proposal' | 'Negotiation' | 'Closed won' | 'Closed lost';
const PROBABILITY: Record<Stage, number> = {
  Lead: 0.1,
  Qualified: 0.25,
  Proposal: 0.5,
  Negotiation: 0.75,
  'Closed won': 1,
  'Closed lost': 0,
};
const REGIONS = ['North America', 'EMEA', 'APAC', 'LATAM'] as const;
const TAGS = [
  'Enterprise',
  'Mid-market',
  'SMB',
  'New logo',
  'Upsell',
  'Renewal',
  'Partner',
  'Inbound',
  'Outbound',
];
const PRODUCTS = [
  'Platform renewal',
  'Analytics add-on',
  'Seat expansion',
  'Pilot',
  'Enterprise upgrade',
  'Data migration',
  'Support plan',
  'Training package',
  'API access',
  'Multi-year renewal',
  'Security review',
  'Onboarding',
];
const TIME_ZONES = ['America/New_York', 'Europe/Berlin', 'Asia/Tokyo', 'America/Los_Angeles'];
const SELLERS = [
  ACME_PEOPLE.grace,
  ACME_PEOPLE.alan,
  ACME_PEOPLE.katherine,
  ACME_PEOPLE.margaret,
  ACME_PEOPLE.ken,
  ACME_PEOPLE.radia,
  ACME_PEOPLE.tim,
  ACME_PEOPLE.barbara,
];
const CONTACT_FIRST = [
  'bill',
  'peter',
  'michael',
  'samir',
  'joanna',
  'lisa',
  'tom',
  'nina',
  'oscar',
  'priya',
  'wei',
  'luis',
];
const CONTACT_LAST = [
  'lumbergh',
  'gibbons',
  'bolton',
  'porter',
  'smith',
  'chen',
  'garcia',
  'khan',
  'mueller',
  'rossi',
  'sato',
  'silva',
];
const NOTES = [
  'Waiting on legal review.',
  'Champion is the VP of Operations.',
  'Budget approved for next fiscal year.',
  'Competing against an in-house tool.',
  'Asked for a security questionnaire.',
  'Procurement wants a 3-year term.',
  'Demo went well; follow up next week.',
];

const CITIES: readonly (PlaceValue & { region: (typeof REGIONS)[number] })[] = [
  {
    name: 'San Francisco',
    address: 'San Francisco, CA, USA',
    lat: 37.7749,
    lon: -122.4194,
    region: 'North America',
  },
  {
    name: 'New York',
    address: 'New York, NY, USA',
    lat: 40.7128,
    lon: -74.006,
    region: 'North America',
  },
  {
    name: 'Toronto',
    address: 'Toronto, ON, Canada',
    lat: 43.6532,
    lon: -79.3832,
    region: 'North America',
  },
  { name: 'London', address: 'London, UK', lat: 51.5072, lon: -0.1276, region: 'EMEA' },
  { name: 'Berlin', address: 'Berlin, Germany', lat: 52.52, lon: 13.405, region: 'EMEA' },
  { name: 'Paris', address: 'Paris, France', lat: 48.8566, lon: 2.3522, region: 'EMEA' },
  { name: 'Tokyo', address: 'Tokyo, Japan', lat: 35.6762, lon: 139.6503, region: 'APAC' },
  { name: 'Singapore', address: 'Singapore', lat: 1.3521, lon: 103.8198, region: 'APAC' },
  {
    name: 'Sydney',
    address: 'Sydney, NSW, Australia',
    lat: -33.8688,
    lon: 151.2093,
    region: 'APAC',
  },
  {
    name: 'São Paulo',
    address: 'São Paulo, Brazil',
    lat: -23.5505,
    lon: -46.6333,
    region: 'LATAM',
  },
];

const ACCOUNT_NAMES = [
  'Initech',
  'Hooli',
  'Vandelay Industries',
  'Wonka Foods',
  'Soylent Corp',
  'Cyberdyne Systems',
  'Tyrell Corp',
  'Wayne Enterprises',
  'Stark Industries',
  'Oscorp',
  'Massive Dynamic',
  'Aperture Science',
  'Black Mesa',
  'Duff Brewing',
  'Monarch Solutions',
  'Nakatomi Trading',
  'Pied Piper',
  'Prestige Worldwide',
  'Sterling Cooper',
  'Dunder Mifflin',
  'Bluth Company',
  'Krusty Brands',
  'Los Pollos Hermanos',
  'Wernham Hogg',
  'Veridian Dynamics',
  'Blue Sun',
  'Weyland-Yutani',
  'Virtucon',
  'Ollivanders',
  'Genco Pura',
  'Rekall',
  'Omni Consumer Products',
  'Buy n Large',
  'Planet Express',
  'Spacely Sprockets',
  'Cogswell Cogs',
  'Kwik-E-Mart',
  'Brawndo',
  'InGen',
  'Abstergo',
  'Gekko & Co',
  'Zorg Industries',
  'Yoyodyne',
  'Gringotts',
  'Umbrella Health',
];
const INDUSTRIES = [
  'Software',
  'Healthcare',
  'Manufacturing',
  'Retail',
  'Finance',
  'Energy',
  'Media',
  'Logistics',
];

/** How many generated deals join the hand-written ones. */
const GENERATED_DEALS = 414;
const PIPELINE_START = Date.parse('2024-01-08T00:00:00Z');
const PIPELINE_END = Date.parse('2025-12-20T00:00:00Z');

function accountId(name: string): string {
  return stableUuid(`acme:account:${slug(name)}`);
}

function defineSchemas(store: WorkspaceStore): void {
  const created = { createdTime: Date.parse('2024-01-02T09:12:00Z'), createdBy: ACME_PEOPLE.ada };
  addStandalonePage(store, {
    id: IDS.salesHqPageId,
    workspaceId: WS,
    title: 'Sales HQ',
    icon: '💼',
    ...created,
  });
  addDatabase(store, {
    ...created,
    id: IDS.accountsDatabaseId,
    workspaceId: WS,
    title: 'Accounts',
    icon: '🏦',
    parentPageId: IDS.salesHqPageId,
    dataSources: [
      {
        id: IDS.accountsDataSourceId,
        title: 'Accounts',
        properties: [
          { name: 'Name', type: 'title' },
          { name: 'Industry', type: 'select', options: INDUSTRIES },
          {
            name: 'Tier',
            type: 'select',
            options: [
              { name: 'Strategic', color: 'purple' },
              { name: 'Growth', color: 'blue' },
              { name: 'Core', color: 'gray' },
            ],
          },
          { name: 'Employees', type: 'number', format: 'number_with_commas' },
          { name: 'Annual revenue', type: 'number', format: 'dollar' },
          { name: 'Website', type: 'url' },
          { name: 'HQ', type: 'place' },
          { name: 'Customer since', type: 'date' },
          { name: 'Account manager', type: 'people' },
          { name: 'Verified', type: 'verification' },
          { name: 'Send renewal reminder', type: 'button' },
          { name: 'Created', type: 'created_time' },
        ],
      },
    ],
  });
  addDatabase(store, {
    ...created,
    id: IDS.salesDatabaseId,
    workspaceId: WS,
    title: 'Sales pipeline',
    description: 'Every open and closed deal.',
    icon: '📈',
    parentPageId: IDS.salesHqPageId,
    dataSources: [
      {
        id: IDS.salesDataSourceId,
        title: 'Deals',
        properties: [
          { name: 'Name', type: 'title' },
          { name: 'Amount', type: 'number', format: 'dollar' },
          {
            name: 'Stage',
            type: 'status',
            options: [
              { name: 'Lead', color: 'gray' },
              { name: 'Qualified', color: 'blue' },
              { name: 'Proposal', color: 'purple' },
              { name: 'Negotiation', color: 'orange' },
              { name: 'Closed won', color: 'green' },
              { name: 'Closed lost', color: 'red' },
            ],
            groups: [
              { name: 'To-do', color: 'gray', options: ['Lead'] },
              {
                name: 'In progress',
                color: 'blue',
                options: ['Qualified', 'Proposal', 'Negotiation'],
              },
              { name: 'Complete', color: 'green', options: ['Closed won', 'Closed lost'] },
            ],
          },
          { name: 'Region', type: 'select', options: [...REGIONS] },
          { name: 'Tags', type: 'multi_select', options: TAGS },
          { name: 'Close date', type: 'date' },
          { name: 'Owner', type: 'people' },
          { name: 'Probability', type: 'number', format: 'percent' },
          {
            name: 'Weighted amount',
            type: 'formula',
            formula: {
              expression: 'prop("Amount") * prop("Probability")',
              resultType: 'number',
              evaluate: (row) => {
                const amount = row.number('Amount');
                const probability = row.number('Probability');
                return amount === null || probability === null
                  ? null
                  : Math.round(amount * probability * 100) / 100;
              },
            },
          },
          {
            name: 'Quarter',
            type: 'formula',
            formula: {
              expression:
                'if(empty(prop("Close date")), "", formatDate(prop("Close date"), "YYYY") + "-Q" + format(ceil(month(prop("Close date")) / 3)))',
              resultType: 'string',
              evaluate: (row) => {
                const close = row.date('Close date');
                if (!close) return null;
                return `${close.start.slice(0, 4)}-Q${Math.ceil(Number(close.start.slice(5, 7)) / 3)}`;
              },
            },
          },
          {
            name: 'Large deal',
            type: 'formula',
            formula: {
              expression: 'prop("Amount") >= 50000',
              resultType: 'boolean',
              evaluate: (row) => (row.number('Amount') ?? 0) >= 50_000,
            },
          },
          {
            name: 'Account',
            type: 'relation',
            dataSourceId: IDS.accountsDataSourceId,
            syncedPropertyName: 'Deals',
          },
          {
            name: 'Account employees',
            type: 'rollup',
            relation: 'Account',
            property: 'Employees',
            function: 'sum',
          },
          {
            name: 'Account tier',
            type: 'rollup',
            relation: 'Account',
            property: 'Tier',
            function: 'show_original',
          },
          { name: 'Contact email', type: 'email' },
          { name: 'Contact phone', type: 'phone_number' },
          { name: 'Deal room', type: 'url' },
          { name: 'Notes', type: 'rich_text' },
          { name: 'Proposal', type: 'files' },
          { name: 'Signed', type: 'checkbox' },
          { name: 'Deal ID', type: 'unique_id', prefix: 'DEAL' },
          { name: 'Created', type: 'created_time' },
          { name: 'Created by', type: 'created_by' },
          { name: 'Last edited', type: 'last_edited_time' },
          { name: 'Last edited by', type: 'last_edited_by' },
        ],
      },
    ],
  });
  const accounts = store.dataSource(IDS.accountsDataSourceId);
  if (!accounts) throw new Error('accounts data source missing');
  addProperties(store, accounts, [
    {
      name: 'Pipeline value',
      type: 'rollup',
      relation: 'Deals',
      property: 'Amount',
      function: 'sum',
    },
    { name: 'Deal count', type: 'rollup', relation: 'Deals', property: 'Name', function: 'count' },
    {
      name: 'Last close',
      type: 'rollup',
      relation: 'Deals',
      property: 'Close date',
      function: 'latest_date',
    },
  ]);
}

function seedAccounts(store: WorkspaceStore, writer: RowWriter, rng: Prng): void {
  const accounts = store.dataSource(IDS.accountsDataSourceId);
  if (!accounts) return;
  ACCOUNT_NAMES.forEach((name, i) => {
    const city = CITIES[i % CITIES.length];
    const employees = Math.round(Math.exp(rng.int(30, 110) / 10));
    const since = PIPELINE_START - rng.int(30, 2000) * DAY_MS;
    const verification = rng.pickWeighted([
      [
        {
          state: 'verified' as const,
          date: { start: '2025-10-01', end: '2026-04-01' },
          verifiedBy: ACME_PEOPLE.ada,
        },
        3,
      ],
      [
        {
          state: 'expired' as const,
          date: { start: '2024-10-01', end: '2025-04-01' },
          verifiedBy: ACME_PEOPLE.grace,
        },
        1,
      ],
      [{ state: 'unverified' as const }, 1],
      [null, 3],
    ]);
    const at = Date.parse('2024-01-03T10:00:00Z') + i * 3_600_000;
    const { region: _region, ...place } = city;
    writer.create(
      accounts,
      {
        Name: name,
        Industry: INDUSTRIES[i % INDUSTRIES.length],
        Tier: i < 8 ? 'Strategic' : rng.pick(['Growth', 'Core', 'Core']),
        Employees: rng.chance(0.06) ? null : employees,
        'Annual revenue': rng.chance(0.1) ? null : employees * rng.int(80, 400) * 1000,
        Website: rng.chance(0.1) ? null : `https://www.${slug(name)}.example`,
        HQ: rng.chance(0.1) ? null : place,
        'Customer since': rng.chance(0.15) ? null : dayString(since),
        'Account manager': rng.chance(0.1) ? [] : [rng.pick(SELLERS)],
        Verified: verification,
      },
      { id: accountId(name), at, actorId: ACME_PEOPLE.ada },
    );
  });
}

function hostedFile(name: string): { name: string; url: string } {
  return {
    name,
    url: `https://prod-files-secure.s3.us-west-2.amazonaws.com/${WS}/${stableUuid(`file:${name}`)}/${encodeURIComponent(name)}`,
  };
}

interface DealSeed {
  id: string;
  values: RowValues;
  at: number;
  editedAt: number;
  actorId: string;
  trashed?: boolean;
}

function fixedDeals(): DealSeed[] {
  const notes: TextRun[] = [
    { content: 'Renewed for three years. ', link: null },
    { content: 'Upsell', link: null, annotations: { bold: true } },
    { content: ' planned for Q3, see ', link: null },
    { content: 'the account plan', link: 'https://wiki.acme.example/initech' },
    { content: '.', link: null },
  ];
  const hooliClose = zonedDateTime(
    zonedInstant('2026-02-10T15:00:00', 'America/New_York'),
    'America/New_York',
  );
  return [
    {
      id: SEED_DEALS.initechRenewal,
      at: Date.parse('2024-11-04T10:17:23Z'),
      editedAt: Date.parse('2025-03-14T16:42:10Z'),
      actorId: ACME_PEOPLE.grace,
      values: {
        Name: 'Initech — Platform renewal',
        Amount: 125_000,
        Stage: 'Closed won',
        Region: 'North America',
        Tags: ['Enterprise', 'Renewal'],
        'Close date': '2025-03-14',
        Owner: [ACME_PEOPLE.grace],
        Probability: 1,
        Account: [accountId('Initech')],
        'Contact email': 'bill.lumbergh@initech.example',
        'Contact phone': '+1 555 0100',
        Notes: notes,
        Proposal: [hostedFile('Initech-renewal-proposal.pdf')],
        Signed: true,
      },
    },
    {
      id: SEED_DEALS.hooliExpansion,
      at: Date.parse('2025-10-01T08:05:00Z'),
      editedAt: Date.parse('2026-01-12T14:20:00Z'),
      actorId: ACME_PEOPLE.alan,
      values: {
        Name: 'Hooli — Expansion to EMEA',
        Amount: 88_000,
        Stage: 'Negotiation',
        Region: 'EMEA',
        Tags: ['Enterprise', 'Upsell', 'Outbound'],
        'Close date': { start: hooliClose, timeZone: 'America/New_York' },
        Owner: [ACME_PEOPLE.alan, ACME_PEOPLE.katherine],
        Probability: 0.75,
        Account: [accountId('Hooli')],
        'Contact email': 'gavin.belson@hooli.example',
      },
    },
    {
      id: SEED_DEALS.vandelayPilot,
      at: Date.parse('2025-11-18T13:45:00Z'),
      editedAt: Date.parse('2025-12-02T09:30:00Z'),
      actorId: ACME_PEOPLE.ken,
      values: {
        Name: 'Vandelay Industries — Pilot',
        Amount: 12_500,
        Stage: 'Proposal',
        Region: 'LATAM',
        Tags: ['SMB', 'New logo', 'Inbound'],
        'Close date': '2026-01-30T17:30:00.000+00:00',
        Owner: [ACME_PEOPLE.ken],
        Probability: 0.5,
        Account: [accountId('Vandelay Industries')],
        'Deal room': 'https://deals.acme.example/vandelay',
        Proposal: [
          { name: 'Pilot scope', url: 'https://docs.example.com/vandelay-pilot', kind: 'external' },
        ],
      },
    },
    {
      id: SEED_DEALS.emptyDeal,
      at: Date.parse('2025-12-05T11:00:00Z'),
      editedAt: Date.parse('2025-12-05T11:00:00Z'),
      actorId: ACME_PEOPLE.ada,
      // A status always has a value in Notion; everything else is left empty.
      values: { Stage: 'Lead' },
    },
    {
      id: SEED_DEALS.frameworkAgreement,
      at: Date.parse('2025-06-02T09:00:00Z'),
      editedAt: Date.parse('2026-01-08T10:00:00Z'),
      actorId: ACME_PEOPLE.margaret,
      values: {
        Name: 'Group-wide framework agreement',
        Amount: 480_000,
        Stage: 'Negotiation',
        Region: 'North America',
        Tags: ['Enterprise', 'Partner'],
        'Close date': '2026-03-31',
        Owner: [SEED_IDS.acme.salesTeamGroupId],
        Probability: 0.75,
        Account: ACCOUNT_NAMES.slice(0, 32).map(accountId),
      },
    },
    {
      id: SEED_DEALS.trashedDeal,
      at: Date.parse('2025-09-09T09:09:00Z'),
      editedAt: Date.parse('2025-12-01T12:00:00Z'),
      actorId: ACME_PEOPLE.tim,
      trashed: true,
      values: {
        Name: 'Duplicate — Wonka Foods',
        Amount: 5_000,
        Stage: 'Lead',
        Account: [accountId('Wonka Foods')],
      },
    },
  ];
}

function closeDate(rng: Prng, stage: Stage, createdAt: number): RowValues[string] {
  if (stage === 'Lead' && rng.chance(0.3)) return null;
  const closed = stage === 'Closed won' || stage === 'Closed lost';
  const at = closed
    ? Math.min(createdAt + rng.int(14, 150) * DAY_MS, SEED_NOW - DAY_MS)
    : Date.parse('2026-01-20T00:00:00Z') + rng.int(0, 160) * DAY_MS;
  const kind = rng.pickWeighted([
    ['day', 70],
    ['utc', 20],
    ['zoned', 10],
  ] as const);
  if (kind === 'day') return dayString(at);
  const time =
    Math.floor(at / DAY_MS) * DAY_MS +
    rng.int(9, 17) * 3_600_000 +
    rng.pick([0, 15, 30, 45]) * 60_000;
  if (kind === 'utc') return utcDateTime(time);
  const timeZone = rng.pick(TIME_ZONES);
  return { start: zonedDateTime(time, timeZone), timeZone };
}

function generatedDeal(
  rng: Prng,
  index: number,
  accountWeights: readonly (readonly [string, number])[],
): DealSeed {
  const accountName = rng.pickWeighted(accountWeights);
  const stage = rng.pickWeighted<Stage>([
    ['Lead', 15],
    ['Qualified', 15],
    ['Proposal', 15],
    ['Negotiation', 10],
    ['Closed won', 28],
    ['Closed lost', 17],
  ]);
  const at = workingTime(rng, PIPELINE_START, PIPELINE_END);
  const editedAt = Math.min(at + rng.int(0, 120) * DAY_MS + rng.int(0, 36_000) * 1000, SEED_NOW);
  const city = CITIES[ACCOUNT_NAMES.indexOf(accountName) % CITIES.length];
  const owner = rng.pickWeighted<string[]>([
    [[rng.pick(SELLERS)], 85],
    [rng.sample(SELLERS, 2), 5],
    [[SEED_IDS.acme.salesTeamGroupId], 4],
    [[], 6],
  ]);
  const amount = rng.chance(0.03) ? null : Math.round(Math.exp(rng.int(74, 124) / 10) / 100) * 100;
  const contact = `${rng.pick(CONTACT_FIRST)}.${rng.pick(CONTACT_LAST)}@${slug(accountName)}.example`;
  const files = rng.pickWeighted<{ name: string; url: string; kind?: 'external' }[]>([
    [[], 85],
    [[hostedFile(`Proposal-${index}.pdf`)], 10],
    [[{ name: 'Shared deck', url: `https://docs.example.com/deck-${index}`, kind: 'external' }], 5],
  ]);
  return {
    id: stableUuid(`acme:deal:${index}`),
    at,
    editedAt,
    actorId: rng.pick(SELLERS),
    values: {
      Name: `${accountName} — ${rng.pick(PRODUCTS)}`,
      Amount: amount,
      Stage: stage,
      Region: rng.chance(0.05) ? null : rng.chance(0.85) ? city.region : rng.pick(REGIONS),
      Tags: rng.chance(0.12) ? [] : rng.sample(TAGS, rng.int(1, 3)),
      'Close date': closeDate(rng, stage, at),
      Owner: owner,
      Probability: PROBABILITY[stage],
      Account: [accountId(accountName)],
      'Contact email': rng.chance(0.8) ? contact : null,
      'Contact phone': rng.chance(0.6)
        ? `+1 555 01${String(rng.int(0, 99)).padStart(2, '0')}`
        : null,
      'Deal room': rng.chance(0.2) ? `https://deals.acme.example/${index}` : null,
      Notes: rng.chance(0.5) ? rng.pick(NOTES) : null,
      Proposal: files,
      Signed: stage === 'Closed won',
    },
  };
}

/**
 * The demo's sales pipeline: "Deals" (several hundred rows) related to "Accounts", with
 * every property type, empty values of each, date-only and date-time close dates (some with
 * a named time zone), people Notion shows without a name, formulas, rollups, a row related
 * to 32 accounts, and trashed rows.
 */
export function seedSalesPipeline(store: WorkspaceStore, writer: RowWriter): void {
  const rng = new Prng('acme:sales-pipeline');
  defineSchemas(store);
  seedAccounts(store, writer, rng);
  const deals = store.dataSource(IDS.salesDataSourceId);
  if (!deals) return;
  // A few accounts bring most of the deals, so some have well over 25.
  const accountWeights = ACCOUNT_NAMES.map((name, i) => [name, 1 / Math.pow(i + 1, 0.9)] as const);
  const generated = Array.from({ length: GENERATED_DEALS }, (_, i) =>
    generatedDeal(rng, i + 1, accountWeights),
  ).sort((a, b) => a.at - b.at);
  for (const seed of [...fixedDeals(), ...generated]) {
    const [created] = writer.create(deals, seed.values, {
      id: seed.id,
      at: seed.at,
      editedAt: seed.editedAt,
      actorId: seed.actorId,
    });
    if (seed.trashed)
      writer.setTrashed(created.page, true, { at: seed.editedAt, actorId: seed.actorId });
  }
  for (const seed of generated.filter(() => rng.chance(0.012))) {
    const page = store.page(seed.id);
    if (page)
      writer.setTrashed(page, true, {
        at: Math.min(seed.editedAt + DAY_MS, SEED_NOW),
        actorId: seed.actorId,
      });
  }
}
