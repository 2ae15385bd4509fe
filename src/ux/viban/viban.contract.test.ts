import { defineSgElements } from '../../define.ts';
import { useMockPlatform } from '../../test-support/mock-platform.ts';
import { captainSubject, OTHER_LOCALES, runPaymentContract, type ContractSubject } from '../../test-support/payment-contract.ts';
import { platformCall } from '../../test-support/platform-api.ts';

defineSgElements();
useMockPlatform();

const AMOUNT = 12345;

// No card form: the buyer transfers the money from their bank; the sandbox makes that transfer arrive.
const subject: ContractSubject = {
  name: 'virtual IBAN UX',
  paidOutside: true,
  async mount(locale) {
    const subject = await captainSubject('viban', 'sg-viban-ux', { amount: AMOUNT, ux: 'viban', trackId: 'CMD-42' }, { locale });
    return {
      ...subject,
      amount: AMOUNT,
      paidOutside: async (amount, transferId) => {
        await platformCall('POST', `/v1/sandbox/orders/${subject.orderId}/viban-transfer`, subject.secretKey, { amount, ...(transferId ? { transferId } : {}) });
      },
    };
  },
};
runPaymentContract(subject);
// Every state again, each in one of the other five languages (issue 9).
runPaymentContract(subject, { languages: OTHER_LOCALES });
