/** An error that maps to an HTTP status and a message a person can act on; `extra` joins `{ error }` in the JSON body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/**
 * An authorization or lookup failure. Unknown ids and negotiations the user is not a member of
 * both answer 404, so existence never leaks; a member lacking a permission gets 403.
 */
export class AccessError extends HttpError {
  constructor(status: 401 | 403 | 404, message: string) {
    super(status, message);
    this.name = 'AccessError';
  }
}

export const notFound = (what = 'Not found') => new AccessError(404, what);
export const forbidden = (what = 'Your role in this negotiation does not allow this.') => new AccessError(403, what);
