import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDateTime } from '../../src/core/date-format.ts';

const AT = Date.UTC(2026, 10, 30, 13, 5);

test('an instant reads day, month, year, 24-hour time and the zone it is written in', () => {
  assert.equal(formatDateTime(AT, 'en-GB', 'UTC'), '30 Nov 2026, 13:05 UTC');
  assert.equal(formatDateTime(AT, 'fr', 'UTC'), '30 nov. 2026, 13:05 UTC');
});

test('another zone moves the time and names the zone, never a bare time', () => {
  assert.match(formatDateTime(AT, 'en-GB', 'Europe/Paris'), /^30 Nov 2026, 14:05 (CET|GMT\+1)$/);
  assert.match(formatDateTime(AT, 'en', 'America/New_York'), /^Nov 30, 2026, 08:05 EST$/);
  // Past midnight in the zone: the day follows the zone, not UTC.
  assert.match(formatDateTime(Date.UTC(2026, 10, 30, 23, 30), 'fr', 'Europe/Paris'), /^1 déc\. 2026, 00:30 UTC\+1$/);
});

test('without a zone, the reader\'s own zone, and it is named', () => {
  const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
  assert.equal(formatDateTime(AT, 'en-GB'), formatDateTime(AT, 'en-GB', own));
  assert.match(formatDateTime(AT, 'en-GB'), /\d{2}:\d{2} \S+$/);
});

test('an unknown zone is refused as Intl refuses it', () => {
  assert.throws(() => formatDateTime(AT, 'en', 'Mars/Olympus'), RangeError);
});
