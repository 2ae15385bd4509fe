import assert from 'node:assert/strict';
import { test } from 'node:test';
import { encode } from 'uqr';
import { EPC_MAX_BYTES, epcPayload } from '../../src/core/epc-qr.ts';

const transfer = { bic: 'SGCPFRP0XXX', name: 'Virtual IBAN', iban: 'FR7630006000011234567890189', amount: 12345, remittance: 'CMD-2027-0042' };

test('an EPC069-12 SCT payload: version 002, UTF-8, amount in euros with a point, remittance last', () => {
  assert.equal(epcPayload(transfer), 'BCD\n002\n1\nSCT\nSGCPFRP0XXX\nVirtual IBAN\nFR7630006000011234567890189\nEUR123.45\n\n\nCMD-2027-0042');
  assert.equal(epcPayload({ ...transfer, amount: 5 })?.split('\n')[7], 'EUR0.05');
});

test('nothing follows the last element given; an amount out of range is left out', () => {
  assert.equal(epcPayload({ ...transfer, remittance: '' }), 'BCD\n002\n1\nSCT\nSGCPFRP0XXX\nVirtual IBAN\nFR7630006000011234567890189\nEUR123.45');
  assert.equal(epcPayload({ ...transfer, amount: 0, remittance: '' })?.split('\n').length, 7);
  assert.equal(epcPayload({ ...transfer, amount: 100_000_000_000 })?.split('\n')[7], '');
});

test('limits: name 1 to 70 characters, remittance cut at 140, payload at most 331 bytes', () => {
  assert.equal(epcPayload({ ...transfer, name: ' ' }), null);
  assert.equal(epcPayload({ ...transfer, name: 'x'.repeat(71) }), null);
  assert.equal(epcPayload({ ...transfer, remittance: 'r'.repeat(300) })?.split('\n')[10]?.length, 140);
  // 70 three-byte characters in the name leave less room: the reference is cut to fit.
  const heavy = epcPayload({ ...transfer, name: '€'.repeat(70), remittance: '€'.repeat(140) }) ?? '';
  assert.ok(new TextEncoder().encode(heavy).byteLength <= EPC_MAX_BYTES && (heavy.split('\n')[10]?.length ?? 0) > 0);
  const longest = epcPayload({ ...transfer, name: 'n'.repeat(70), remittance: 'r'.repeat(140) }) ?? '';
  assert.ok(new TextEncoder().encode(longest).byteLength <= EPC_MAX_BYTES);
});

test('uqr encodes it at error correction level M', () => {
  const payload = epcPayload(transfer) ?? '';
  const qr = encode(payload, { ecc: 'M' });
  assert.ok(qr.size >= 21 && qr.data.length === qr.size);
});

test('a line feed in the reference or the name cannot add an element: the payload keeps its 11 lines (EPC069-12 separates elements by LF)', () => {
  const payload = epcPayload({ ...transfer, name: 'Shop\nLtd', remittance: 'INV\r\n42\tA' }) ?? '';
  const lines = payload.split('\n');
  assert.equal(lines.length, 11);
  assert.equal(lines[5], 'Shop Ltd');
  assert.equal(lines[10], 'INV 42 A');
  assert.equal(epcPayload({ ...transfer, remittance: '\n' })?.split('\n').length, 8);
});

test('a long reference in a non-Latin script is cut to fit 331 bytes instead of dropping the code, and never inside a character', () => {
  const payload = epcPayload({ ...transfer, name: 'n'.repeat(70), remittance: 'é'.repeat(140) });
  assert.ok(payload !== null, 'no payload for a reference that can be cut');
  assert.ok(new TextEncoder().encode(payload).byteLength <= EPC_MAX_BYTES);
  assert.match(payload.split('\n')[10] ?? '', /^é+$/);
  // An emoji (two UTF-16 units) at the 140th character is kept whole or left out, never halved.
  const emoji = epcPayload({ ...transfer, remittance: `${'r'.repeat(139)}😀x` }) ?? '';
  assert.equal(emoji.split('\n')[10], `${'r'.repeat(139)}😀`);
  // No lone surrogate once the pairs are taken out: the text is well formed UTF-16, so valid UTF-8.
  assert.ok(!/[\uD800-\uDFFF]/.test(emoji.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '')));
});
