/** A raw HTTP request for the tests over a real socket: `path` is sent byte for byte (fetch would normalise `..` and escapes). */
import { request as httpRequest } from 'node:http';

export interface RawAnswer {
  status: number;
  text: string;
}

export function rawRequest(base: string, method: string, path: string, headers: Record<string, string> = {}, body?: string | Buffer): Promise<RawAnswer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolveAnswer, rejectAnswer) => {
    const sent = httpRequest({ host: hostname === 'localhost' ? '127.0.0.1' : hostname, port, method, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolveAnswer({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
    });
    sent.on('error', rejectAnswer);
    sent.end(body);
  });
}
