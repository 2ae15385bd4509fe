/**
 * The export's free text (a `trackId`, set by the merchant's checkout page, so by whoever fills it) never runs as a
 * formula in a spreadsheet: OWASP "CSV Injection" and ASVS 5.0 V1.2.10 ("=", "+", "-", "@", tab, carriage return, and
 * the null character as first character are escaped with a single quote); a line feed first is escaped too, as
 * LibreOffice trims leading line breaks before it reads a formula. Quoting stays RFC 4180 (csv-stringify).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TestSandbox } from '../testing/sandbox-client.ts';
import { textCell } from './export.ts';
import { DashboardBrowser } from './testing.ts';

test('a cell that a spreadsheet would run as a formula starts with a quote; plain text is left alone', () => {
  for (const risky of ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(1)', '\t=1', '\r=1', '\0=1', '\n=1']) assert.equal(textCell(risky), `'${risky}`, JSON.stringify(risky));
  for (const plain of ['cart-42', 'café-été', '', "'already", ' 1']) assert.equal(textCell(plain), plain, JSON.stringify(plain));
});

test('the export writes such trackIds quoted and escaped, one row per operation', async () => {
  const sandbox = new TestSandbox();
  const single = sandbox.platform('single');
  const browser = new DashboardBrowser(sandbox);
  await browser.signIn('single@sandbox.test');
  const order = await sandbox.createOrder('single', { amount: 1000, trackId: '\0=cmd|\' /C calc\'!A0' });
  assert.equal((await sandbox.pay('single', order.id)).status, 200);
  const csv = await browser.request('GET', `/v1/dashboard/platforms/${single.id}/operations.csv`);
  assert.equal(csv.status, 200);
  const rows = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n').slice(1);
  assert.equal(rows.length, 2);
  for (const row of rows) assert.ok(row.includes(`,'\0=cmd|' /C calc'!A0,`), JSON.stringify(row));
});
