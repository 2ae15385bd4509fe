import assert from 'node:assert/strict';
import { test } from 'node:test';
import { financingDecision, isAdult, parseBirthDate, scoringFieldError } from '../../src/core/scoring.ts';

const NOW = Date.UTC(2027, 1, 17, 12);
const complete = { birthDate: '1990-05-04', streetAddress: '1 rue de la Paix', postalCode: '75002', city: 'Paris', phone: '+33 6 12 34 56 78' };

test('birth dates are real calendar dates, not after the platform clock', () => {
  assert.equal(parseBirthDate('1990-02-30'), null);
  assert.equal(parseBirthDate('04/05/1990'), null);
  assert.equal(parseBirthDate('2000-02-29'), Date.UTC(2000, 1, 29));
  assert.equal(scoringFieldError('birthDate', '2027-02-18', NOW), 'future');
  assert.equal(scoringFieldError('birthDate', '', NOW), 'required');
});

test('phones and postal codes', () => {
  assert.equal(scoringFieldError('phone', '+33 6 12 34 56 78', NOW), null);
  assert.equal(scoringFieldError('phone', 'call me', NOW), 'invalid');
  assert.equal(scoringFieldError('phone', '12-3', NOW), 'invalid');
  assert.equal(scoringFieldError('postalCode', 'SW1A 1AA', NOW), null);
  assert.equal(scoringFieldError('postalCode', '#', NOW), 'invalid');
  assert.equal(scoringFieldError('city', 'x'.repeat(101), NOW), 'invalid');
});

test('18 years to the day, on the platform clock', () => {
  assert.equal(isAdult(Date.UTC(2009, 1, 17), NOW), true);
  assert.equal(isAdult(Date.UTC(2009, 1, 18), NOW), false);
});

test('the decision: incomplete names what is missing; under 18 is refused; otherwise accepted', () => {
  assert.deepEqual(financingDecision({ birthDate: '1990-05-04' }, NOW), { financing: 'incomplete', reason: 'missing_information', missing: ['streetAddress', 'postalCode', 'city', 'phone'] });
  assert.deepEqual(financingDecision(complete, NOW), { financing: 'accepted', reason: null, missing: [] });
  assert.deepEqual(financingDecision({ ...complete, birthDate: '2009-02-18' }, NOW), { financing: 'refused', reason: 'under_18', missing: [] });
});
