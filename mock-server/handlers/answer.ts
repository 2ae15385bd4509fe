/**
 * How every answer of the API is built, in one place: from its text, kept on the Response (`encodedBody`), and with a
 * body stream only where someone will read one.
 *
 * The HTTP server (server.ts) writes an answer from its text itself, so it marks each request it hands to the handlers
 * (`answeredAsText`); for such a request the Response is made without a body (a ReadableStream the server would never
 * read, which costs undici about 20 µs to build: a tenth of a read). The browser worker and the tests that call the
 * handlers in process pass unmarked requests and get the body. Every answer takes its request, so no handler can leave
 * the decision out (server-answers.test.ts checks every endpoint on the server).
 */
import { HttpResponse } from 'msw';

/** Where a response keeps its text: a property under a private symbol (a WeakMap entry per answer costs the GC more). */
const ENCODED = Symbol('sandbox.encodedBody');
type Encoded = Response & { [ENCODED]?: string };
/** The mark of a request whose answer is written from `encodedBody`. */
const TEXT_ONLY = Symbol('sandbox.textOnly');
type TextOnly = Request & { [TEXT_ONLY]?: true };

/**
 * Marks `request` as one whose answer the caller writes from `encodedBody` (the HTTP server), never from its body: the
 * handlers then answer it without a body stream. Returns `request`.
 */
export function answeredAsText(request: Request): Request {
  (request as TextOnly)[TEXT_ONLY] = true;
  return request;
}

/** Whether `request` was marked by `answeredAsText` (a request made from it, such as the path guard's, keeps the mark). */
export function isAnsweredAsText(request: Request): boolean {
  return (request as TextOnly)[TEXT_ONLY] === true;
}

/** Where a request keeps how to hear that its client hung up (`watchClient`). */
const WATCH = Symbol('sandbox.watchClient');
type Watched = Request & { [WATCH]?: (abort: () => void) => void };

/**
 * Lets the handlers of `request` hear that its client hung up before the answer (the HTTP server: the connection
 * closed): `subscribe` is called only by a handler that asks (`clientGone`), with the function to call then. A Request
 * carrying an AbortSignal would do it too, but costs undici 10 to 20 µs on every request to set up; this costs a
 * closure. Returns `request`.
 */
export function watchClient(request: Request, subscribe: (abort: () => void) => void): Request {
  (request as Watched)[WATCH] = subscribe;
  return request;
}

/** A signal aborted once the client of `request` hangs up, or undefined where nobody tells (`watchClient`). */
export function clientGone(request: Request): AbortSignal | undefined {
  const subscribe = (request as Watched)[WATCH];
  if (!subscribe) return undefined;
  const controller = new AbortController();
  subscribe(() => controller.abort());
  return controller.signal;
}

/** Gives `to`, a request made for `from` (the path guard's, on the normalised path), the marks `from` carries. */
export function carryMarks(from: Request, to: Request): Request {
  if (isAnsweredAsText(from)) answeredAsText(to);
  const subscribe = (from as Watched)[WATCH];
  if (subscribe) watchClient(to, subscribe);
  return to;
}

/**
 * The body of a response built here, as the text it was made from (what its stream yields, UTF-8), or undefined for
 * any other response. It is the only body of an answer to a request marked by `answeredAsText`.
 */
export function encodedBody(response: Response): string | undefined {
  return (response as Encoded)[ENCODED];
}

/** The length in bytes of `text` encoded as UTF-8 (a lone surrogate is written as U+FFFD, 3 bytes, as fetch encodes it). */
export function utf8Length(text: string): number {
  let length = text.length;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) continue;
    if (code < 0x800) {
      length += 1;
    } else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      // A pair: two code units, four bytes.
      length += 2;
      index += 1;
    } else {
      length += 2;
    }
  }
  return length;
}

/**
 * An answer whose body is `text`, with `headers` (Content-Type among them) and its Content-Length, for `request`:
 * without a body stream when the request was marked by `answeredAsText`, with one otherwise.
 */
export function textResponse(text: string, status: number, headers: Record<string, string>, request: Request): Response {
  const init = { status, headers: { ...headers, 'Content-Length': String(utf8Length(text)) } };
  const response: Encoded = isAnsweredAsText(request) ? new Response(null, init) : new HttpResponse(text, init);
  response[ENCODED] = text;
  return response;
}

/** An API answer is the platform's state now: no cache keeps it, private or shared (RFC 9111 §5.2.2.5). */
const JSON_HEADERS = { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' };

/**
 * `body` as a JSON answer: what `HttpResponse.json` answers (same body and status, `no-store` added), without its second
 * encoding of the text (it measures Content-Length with a Blob, then encodes again for the body). `no-store` since the
 * widget's reads carry their key in the address, not in `Authorization`, which alone kept shared caches from storing
 * them (RFC 9111 §3.5): cached by URL, a checkout read again after a live change could come back stale.
 */
export function jsonResponse(body: unknown, status: number, request: Request): Response {
  return textResponse(JSON.stringify(body), status, JSON_HEADERS, request);
}
