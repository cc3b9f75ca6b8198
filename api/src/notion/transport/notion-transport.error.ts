/**
 * No answer from Notion: the connection failed, was reset, or an attempt timed out. Internal to
 * the integration layer; callers see `NotionUnavailableError`.
 */
export class NotionTransportError extends Error {
  constructor(
    readonly reason: 'timeout' | 'network',
    cause: unknown,
  ) {
    super(reason === 'timeout' ? 'Notion did not answer in time' : 'Could not reach Notion', {
      cause,
    });
    this.name = 'NotionTransportError';
  }

  static from(error: unknown): NotionTransportError {
    const timedOut =
      error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    return new NotionTransportError(timedOut ? 'timeout' : 'network', error);
  }
}
