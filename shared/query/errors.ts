// The two ways a query can fail that are the caller's business: a bad request (400) and a
// missing resource (404). Anything else is ours, and the HTTP layer turns it into a bare 500.

export interface QueryIssue {
  /** Where in the request: `query.period`, `path.adcode`, ... */
  path: string;
  message: string;
}

export class QueryError extends Error {
  constructor(
    readonly status: 400 | 404,
    readonly code: string,
    message: string,
    readonly issues: QueryIssue[] = [],
  ) {
    super(message);
    this.name = 'QueryError';
  }
}

export const badRequest = (code: string, message: string, issues: QueryIssue[] = []) =>
  new QueryError(400, code, message, issues);

export const notFound = (code: string, message: string) => new QueryError(404, code, message);
