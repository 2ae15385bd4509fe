/**
 * The widget and the platform agree on every IBAN (issue 10, "Bad input": "the two always agree"), table-driven: each
 * input is what a buyer types or pastes in the widget's IBAN field, or what a back end sends as is. The widget formats it
 * (`formatIbanInput`), checks it (`checkIban`) and sends `electronicIban` of what it shows; the platform answers the
 * payment. Whatever the platform would debit, the widget debits the very same account, and the reverse; each refusal of
 * the platform is the rule's own message.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { checkIban, electronicIban, formatIbanInput, ibanProblemMessage } from '../../src/core/iban.ts';
import { TestSandbox } from '../testing/sandbox-client.ts';

const VALID = ['FR7630006000010000000000152', 'DE89370400440532013000', 'FI2112345600000785', 'SE4550000000058398257466', 'IT60X0542811101000000123456', 'MT84MALT011000012345MTLCAST001S', 'NL91ABNA0417164300', 'BE68539007547034'];
/** What sits between groups when an IBAN is typed or pasted from a PDF, a spreadsheet or a chat. */
const SEPARATORS = [' ', '-', '\u00a0', '\u2009', '\u2013', '\u200b', '.', '\t', '/'];
/** Letters outside ASCII that upper-case to ASCII ones (dotless i, long s, the fi ligature), and digits of other scripts. */
const LOOKALIKES: [string, string][] = [['I', 'ı'], ['S', 'ſ'], ['FI', 'ﬁ'], ['0', '０'], ['7', '٧'], ['K', 'K']];

function inputs(): string[] {
  const all = new Set<string>(['', ' ', 'FR', 'fr76', 'US64SVBKUS6S3300958879', 'BR1800360305000010009795493C1', 'FR7730006000010000000000152', 'FR3020041010050500013M02609', `FR76${'0'.repeat(40)}`, 'FR76 3000 6000 0100 0000 0000 152!']);
  for (const iban of VALID) {
    all.add(iban);
    all.add(iban.toLowerCase());
    for (const separator of SEPARATORS) all.add(iban.replace(/(.{4})(?=.)/g, `$1${separator}`));
    for (const [ascii, lookalike] of LOOKALIKES) {
      all.add(iban.replace(ascii, lookalike));
      all.add(iban.toLowerCase().replace(ascii.toLowerCase(), lookalike));
    }
  }
  return [...all];
}

describe('the widget and the platform agree on every IBAN', () => {
  let sandbox: TestSandbox;
  let sk: string;
  let pk: string;
  let keys = 0;
  before(() => {
    sandbox = new TestSandbox();
    sk = sandbox.platform('sdd').secretKey;
    pk = sandbox.platform('sdd').publicKey;
  });
  /** The platform's answer to a payment with `iban` on a new order: the debited IBAN's last 4, or the errors. */
  const platformPays = async (iban: string) => {
    const order = await sandbox.createOrder('sdd', { amount: 100, ux: 'sdd', firstName: 'Ada', lastName: 'Lovelace' });
    const answer = await sandbox.call('POST', `/v1/orders/${order.id}/payments`, pk, { method: 'sdd', iban }, { 'Idempotency-Key': `agree-${++keys}` });
    assert.ok(answer.status === 201 || answer.status === 400, `${JSON.stringify(iban)}: ${answer.status} ${JSON.stringify(answer.body)}`);
    if (answer.status === 400) return { accepted: false as const, errors: answer.body.errors as string[] };
    const customer = (await sandbox.call('GET', `/v1/orders/${order.id}`, sk)).body.data.customerId;
    assert.ok(customer);
    return { accepted: true as const, last4: answer.body.data.transaction.sdd.ibanLast4 as string };
  };

  for (const raw of inputs()) {
    test(JSON.stringify(raw), async () => {
      // Sent as is by a back end: the platform applies the rule of core/iban.ts, message included.
      const rule = checkIban(raw);
      const direct = await platformPays(raw);
      assert.equal(direct.accepted, rule.problem === null, `the platform ${direct.accepted ? 'accepts' : 'refuses'} what the rule ${rule.problem ?? 'accepts'}`);
      if (!direct.accepted) assert.deepEqual(direct.errors, [ibanProblemMessage(rule)]);
      // Typed or pasted in the widget: the field shows `shown`; the widget pays only when the rule accepts it.
      const shown = formatIbanInput(raw).value;
      const widget = checkIban(shown);
      const sent = electronicIban(shown);
      if (widget.problem === null) {
        const paid = await platformPays(sent);
        assert.ok(paid.accepted, `the widget accepts ${shown}, the platform refuses it: ${paid.accepted ? '' : paid.errors.join()}`);
        assert.equal(paid.last4, sent.slice(-4));
      }
      // Whatever account the platform debits for the raw input, the widget debits the same one.
      if (rule.problem === null) {
        assert.equal(widget.problem, null, `the platform debits ${rule.iban} for ${JSON.stringify(raw)}, the widget refuses it (${widget.problem})`);
        assert.equal(sent, rule.iban);
      }
    });
  }
});
