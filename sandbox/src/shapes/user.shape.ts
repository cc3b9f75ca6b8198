import type {
  GroupObjectResponse,
  PartialUserObjectResponse,
  UserObjectResponse,
} from '@notionhq/client';
import type { BotRecord, PersonRecord, WorkspaceRecord } from '../model/records.types';
import type { WorkspaceStore } from '../store/workspace.store';

/** Notion's per-workspace upload limit, as `users/me` reports it on paid plans. */
const MAX_FILE_UPLOAD_BYTES = 5_368_709_120;

export function partialUser(id: string): PartialUserObjectResponse {
  return { object: 'user', id };
}

export function personObject(person: PersonRecord): UserObjectResponse {
  return {
    object: 'user',
    id: person.id,
    name: person.name,
    avatar_url: person.avatarUrl,
    type: 'person',
    person: { email: person.email },
  };
}

/** A bot as other users see it (lists); `users/me` adds owner and workspace details. */
export function botObject(
  bot: BotRecord,
  details?: { workspace: WorkspaceRecord; owner: PersonRecord | undefined },
): UserObjectResponse {
  const common = { object: 'user', id: bot.id, name: bot.name, avatar_url: bot.avatarUrl } as const;
  if (!details) return { ...common, type: 'bot', bot: {} };
  const { workspace, owner } = details;
  return {
    ...common,
    type: 'bot',
    bot: {
      owner: owner
        ? {
            type: 'user',
            user: {
              object: 'user',
              id: owner.id,
              name: owner.name,
              avatar_url: owner.avatarUrl,
              type: 'person',
              person: { email: owner.email },
            },
          }
        : { type: 'workspace', workspace: true },
      workspace_name: workspace.name,
      workspace_id: workspace.id,
      workspace_limits: { max_file_upload_size_in_bytes: MAX_FILE_UPLOAD_BYTES },
    },
  };
}

/** A user as it appears inside page values: in full, or only `{object, id}` when Notion omits it. */
export function userValue(
  store: WorkspaceStore,
  id: string,
): PartialUserObjectResponse | UserObjectResponse {
  const user = store.user(id);
  if (user?.kind === 'person' && !user.partialInPages) return personObject(user);
  if (user?.kind === 'bot') return botObject(user);
  return partialUser(id);
}

/** People values may also hold groups. */
export function peopleEntry(
  store: WorkspaceStore,
  id: string,
): PartialUserObjectResponse | UserObjectResponse | GroupObjectResponse {
  const user = store.user(id);
  if (user?.kind === 'group') return { object: 'group', id: user.id, name: user.name };
  return userValue(store, id);
}
