/** A rule of the platform refused the request: becomes an error envelope with this HTTP status and code. */
export class DomainError extends Error {
  readonly status: number;
  readonly code: string;
  readonly errors: string[];

  constructor(status: number, code: string, errors: string | string[]) {
    const list = Array.isArray(errors) ? errors : [errors];
    super(list.join('; '));
    this.status = status;
    this.code = code;
    this.errors = list;
  }
}

export const invalid = (errors: string | string[]) => new DomainError(400, 'invalid_request', errors);
export const notFound = (what: string) => new DomainError(404, 'not_found', `${what} not found`);
export const conflict = (code: string, message: string) => new DomainError(409, code, message);
export const forbidden = (message: string) => new DomainError(403, 'forbidden', message);

/**
 * A refusal whose changes stand: the request is refused (its status, code and errors as any DomainError), but what the
 * domain recorded before refusing is committed, because it is the outcome (a 3-D Secure approval the order no longer
 * takes ends its attempt, voided). Endpoints (handlers/kit.ts) answer it from inside their store transaction.
 */
export class KeptRefusal extends DomainError {
  constructor(refusal: DomainError) {
    super(refusal.status, refusal.code, refusal.errors);
  }
}
