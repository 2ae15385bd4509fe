/**
 * The reporting export (seed 000: operations are "static records of the payment execution you will find in our
 * Reporting"): CSV written by csv-stringify (RFC 4180 quoting), UTF-8 with a byte-order mark so that spreadsheet
 * programs read it as UTF-8, a header row, one row per operation of the orders the filters select (query.ts), all of
 * them, not one page. Amounts in integer cents beside their ISO 4217 currency; dates ISO 8601 in UTC.
 */
import { stringify } from 'csv-stringify/sync';
import type { HttpHandler } from 'msw';
import type { SandboxRuntime } from '../runtime.ts';
import { dashboardEndpoint, FileReply } from './kit.ts';
import { parseFilters, selectOperations, selectOrders, type OperationRow } from './query.ts';
import { platformFor } from './scope.ts';

export const EXPORT_COLUMNS = ['operationId', 'transactionId', 'orderId', 'trackId', 'type', 'amount', 'currency', 'paymentMethod', 'date'] as const;

/**
 * Free text (a `trackId`, which a checkout page may set) starting with `=`, `+`, `-`, `@`, a tab, a carriage return, a
 * line feed or the null character would be run as a formula by a spreadsheet (OWASP "CSV Injection"; ASVS 5.0 V1.2.10
 * names the null character): such a cell is written with a leading `'`.
 */
export function textCell(text: string): string {
  return /^[=+\-@\t\r\n\0]/.test(text) ? `'${text}` : text;
}

export function operationsCsv(rows: OperationRow[]): string {
  return stringify(
    rows.map(({ operation, transaction, order }) => [
      operation.id,
      transaction.id,
      order.id,
      textCell(order.trackId ?? ''),
      operation.type,
      operation.amount,
      order.currency,
      operation.paymentMethod,
      new Date(operation.date).toISOString(),
    ]),
    { header: true, columns: [...EXPORT_COLUMNS], bom: true, record_delimiter: 'windows' },
  );
}

export function exportHandler(runtime: SandboxRuntime): HttpHandler {
  return dashboardEndpoint(runtime, 'get', '/v1/dashboard/platforms/:id/operations.csv', { permission: 'export' }, ({ ctx, user, params, query }) => {
    const platform = platformFor(ctx.tx, user, params.id ?? '');
    const filters = parseFilters(query);
    const rows = selectOperations(ctx.tx, selectOrders(ctx.tx, platform.id, filters), filters);
    const day = new Date(ctx.now).toISOString().slice(0, 10);
    return new FileReply(operationsCsv(rows), {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="operations-${platform.slug}-${day}.csv"`,
    });
  });
}
