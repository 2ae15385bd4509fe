import { http, type HttpHandler } from 'msw';
import { openapiDocument } from '../openapi.ts';
import type { SandboxRuntime } from '../runtime.ts';
import { jsonResponse } from './answer.ts';

export function openapiHandlers(runtime: SandboxRuntime): HttpHandler[] {
  return [http.get('*/v1/openapi.json', ({ request }) => jsonResponse(openapiDocument(runtime.publicUrl(request)), 200, request))];
}
