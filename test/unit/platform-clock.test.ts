import assert from 'node:assert/strict';
import { test } from 'node:test';
import { validateExpiry } from '../../src/core/card.ts';
import { platformClock } from '../../src/core/platform-clock.ts';

test('the platform clock keeps the offset measured at the answer', () => {
  const receivedAt = Date.UTC(2026, 11, 30);
  const platformNow = Date.UTC(2027, 1, 17);
  const clock = platformClock(platformNow, receivedAt);
  assert.equal(clock.offsetMs, platformNow - receivedAt);
  assert.ok(Math.abs(clock.now() - (Date.now() + platformNow - receivedAt)) < 50);
});

test('without a platform time, or with a malformed one, it is the device clock', () => {
  assert.equal(platformClock(undefined).offsetMs, 0);
  assert.equal(platformClock(Number.NaN).offsetMs, 0);
  assert.ok(Math.abs(platformClock(undefined).now() - Date.now()) < 50);
});

test('a card is expired by the platform month (UTC), not by the device', () => {
  // 1 March 2027 00:30 UTC is still February on a device west of UTC: the platform's month decides.
  assert.equal(validateExpiry('02/27', new Date(Date.UTC(2027, 2, 1, 0, 30))), 'expired');
  assert.equal(validateExpiry('02/27', new Date(Date.UTC(2027, 1, 28, 23, 30))), null);
});
