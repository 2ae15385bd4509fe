import { http, HttpResponse, type HttpHandler } from 'msw';
import { openapiDocument } from '../openapi.ts';
import type { SandboxRuntime } from '../runtime.ts';

export function openapiHandlers(runtime: SandboxRuntime): HttpHandler[] {
  return [http.get('*/v1/openapi.json', ({ request }) => HttpResponse.json(openapiDocument(runtime.publicUrl(request))))];
}
