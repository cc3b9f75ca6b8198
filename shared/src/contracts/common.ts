/** A page of a list endpoint: `GET /api/<things>?limit=&cursor=`. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** One problem with one input field, named with dots (`config.y.0.property`). */
export interface ErrorDetail {
  field: string;
  problem: string;
}

/** The shape of every error the API answers. */
export interface ApiError {
  statusCode: number;
  error: string;
  message: string;
  details?: ErrorDetail[];
}
