export interface Capabilities {
  /** Without it, data endpoints answer 403 `restricted_resource`. */
  readContent: boolean;
  /** Without it, the user endpoints (other than `users/me`) answer 403. */
  readUsers: boolean;
}

export const FULL_CAPABILITIES: Capabilities = { readContent: true, readUsers: true };

/** What a bearer token stands for. */
export interface Grant {
  token: string;
  kind: 'internal' | 'oauth';
  workspaceId: string;
  botId: string;
  capabilities: Capabilities;
  /** The person who authorized an OAuth install; the `me` filter value resolves to them. */
  ownerUserId: string | null;
  clientId: string | null;
  /** Epoch seconds, as OAuth introspection reports it. */
  issuedAt: number;
}

export class TokenRegistry {
  private readonly grants = new Map<string, Grant>();

  add(grant: Grant): void {
    this.grants.set(grant.token, grant);
  }

  get(token: string): Grant | undefined {
    return this.grants.get(token);
  }

  revoke(token: string): boolean {
    return this.grants.delete(token);
  }
}
