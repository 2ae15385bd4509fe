import { waitUntil } from '@open-wc/testing';
import { defineSgElements } from '../../define.ts';
import { useMockPlatform } from '../../test-support/mock-platform.ts';
import { captainSubject, OTHER_LOCALES, runPaymentContract, type ContractSubject } from '../../test-support/payment-contract.ts';
import { platformCall } from '../../test-support/platform-api.ts';

defineSgElements();
useMockPlatform();

// No card form: the buyer chooses a bank, continues to its page and confirms there (answered here through the sandbox's
// bank endpoint; the window the UX opens is a stub that records where it was sent).
const subject: ContractSubject = {
  name: 'bank transfer initiation UX',
  ownMethod: true,
  async mount(locale) {
    const subject = await captainSubject('pis', 'sg-pis-ux', { amount: 4990, ux: 'pis', trackId: 'INV-77' }, { locale });
    const opened: { location: { href: string } }[] = [];
    window.open = (() => {
      const bankWindow = { location: { href: '' }, close: () => undefined };
      opened.push(bankWindow);
      return bankWindow as unknown as Window;
    }) as typeof window.open;
    return {
      ...subject,
      pay: async ({ double = false } = {}) => {
        const root = subject.root;
        (root.querySelector('label.bank input') as HTMLInputElement).click();
        await (root.host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        const button = root.querySelector<HTMLButtonElement>('button[type="submit"]') as HTMLButtonElement;
        button.click();
        if (double) button.click();
        await waitUntil(() => opened.some((bankWindow) => bankWindow.location.href), 'the bank page never opened', { timeout: 5000 });
        const href = opened.find((bankWindow) => bankWindow.location.href)?.location.href ?? '';
        await platformCall('POST', `/v1/hosted/pis/${href.split('/').at(-1)}/answer`, '', { outcome: 'confirm' });
      },
    };
  },
};
runPaymentContract(subject);
// Every state again, each in one of the other five languages (issue 9).
runPaymentContract(subject, { languages: OTHER_LOCALES });
