import type { FastifyRequest } from 'fastify';
import { type AppConfig } from '../config/app-config';

/**
 * Whether the app is served over https: its public URL says so, or a trusted proxy
 * (`TRUST_PROXY`) terminated https for this request. Decides `Secure` cookies and HSTS.
 */
export function servedOverHttps(config: AppConfig, request: FastifyRequest): boolean {
  return new URL(config.http.appUrl).protocol === 'https:' || request.protocol === 'https';
}
