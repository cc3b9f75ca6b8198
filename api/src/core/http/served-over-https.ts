import { type AppConfig } from '../config/app-config';

/**
 * Whether the app is served over https: its public URL says so, or a trusted proxy
 * (`TRUST_PROXY`) terminated https for this request. Decides `Secure` cookies and HSTS.
 */
export function servedOverHttps(config: AppConfig, request: { protocol: string }): boolean {
  // A string test, not a URL parse: this runs on every request.
  return /^https:/i.test(config.http.appUrl) || request.protocol === 'https';
}
