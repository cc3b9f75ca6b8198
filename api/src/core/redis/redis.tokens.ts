/** Injection token of the shared ioredis client; its commands are under the key prefix. */
export const REDIS = Symbol('REDIS');
