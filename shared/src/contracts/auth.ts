export interface Me {
  id: string;
  name: string | null;
  avatarUrl: string | null;
  email: string | null;
}

export interface ApiKeySummary {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/** The answer to creating an API key: the only time the key itself is shown. */
export interface CreatedApiKey {
  id: string;
  name: string;
  key: string;
  createdAt: string;
}

export interface CreateApiKeyRequest {
  name: string;
}
