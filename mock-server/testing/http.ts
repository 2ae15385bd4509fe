/**
 * A raw HTTP request for the tests over a real socket: `path` is sent byte for byte (fetch would normalise `..` and
 * escapes), on a connection of its own so that a request the server refuses to parse cannot spoil the next one.
 */
import { request as httpRequest } from 'node:http';

export interface RawAnswer {
  status: number;
  text: string;
}

export function rawRequest(base: string, method: string, path: string, headers: Record<string, string> = {}, body?: string | Buffer): Promise<RawAnswer> {
  const { hostname, port } = new URL(base);
  // Node sends a DELETE or TRACE body without framing unless told its length.
  if (body !== undefined && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-length')) headers = { ...headers, 'Content-Length': String(Buffer.byteLength(body)) };
  return new Promise((resolveAnswer, rejectAnswer) => {
    const sent = httpRequest({ host: hostname === 'localhost' ? '127.0.0.1' : hostname, port, method, path, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolveAnswer({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
    });
    sent.on('error', rejectAnswer);
    sent.end(body);
  });
}
