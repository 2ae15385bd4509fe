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
