/**
 * The simulated Amazon Pay page (`/amazon-pay/{sessionId}`), opened by the widget's Amazon Pay button: the buyer sees
 * the merchant and the amount, chooses one of Amazon's sandbox payment methods (1111 succeeds, 3434 is declined, 3064
 * simulates the buyer canceling) and continues, or cancels. The widget, polling the checkout session, takes it from
 * there; this window closes itself once answered.
 */
import { call, startSandbox } from '../shared/sandbox.ts';
import { amazonPage } from '../../src/core/i18n/en/sandbox-pages.ts';
import { loadI18n } from '../../src/core/i18n/index.ts';
import { idFromLocation } from '../shared/hosted-page.ts';

interface HostedSession {
  session: { id: string; state: string; reason: string | null; buyerMethod: string | null; expiresAt: number };
  merchant: string;
  amount: number;
  currency: string;
  locale: string;
}

const page = document.getElementById('amazon-page') as HTMLElement;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function finish(message: string): void {
  page.replaceChildren(page.firstElementChild as Node, element('p', { role: 'status' } as Partial<HTMLParagraphElement>, message));
  // The widget reads the session itself; a window it opened closes without the buyer's help.
  setTimeout(() => window.close(), 600);
}

async function boot(): Promise<void> {
  await startSandbox();
  const id = idFromLocation();
  const bar = page.firstElementChild as Node;
  const browser = await loadI18n(navigator.language);
  if (!id) return void page.replaceChildren(bar, element('p', { className: 'notice' }, browser.text('amazonPage', amazonPage, 'missing')));
  let hosted: HostedSession;
  try {
    hosted = await call<HostedSession>('GET', `/v1/hosted/amazon-pay/${encodeURIComponent(id)}`, null);
  } catch (error) {
    return void page.replaceChildren(bar, element('p', { className: 'notice' }, String((error as Error).message)));
  }
  const i18n = await loadI18n(hosted.locale);
  const copy = (key: keyof typeof amazonPage, params?: Record<string, string>) => i18n.text('amazonPage', amazonPage, key, params);
  document.documentElement.lang = i18n.locale;
  document.title = copy('title');
  if (hosted.session.state !== 'open' || hosted.session.buyerMethod) {
    return void page.replaceChildren(bar, element('p', { className: 'notice' }, copy('closed', { state: hosted.session.reason ?? hosted.session.state })));
  }
  const amount = new Intl.NumberFormat(i18n.locale, { style: 'currency', currency: hosted.currency }).format(hosted.amount / 100);
  const radios = (['1111', '3434', '3064'] as const).map((method, index) =>
    element('label', {}, element('input', { type: 'radio', name: 'method', value: method, checked: index === 0 }), copy(`method${method}`)),
  );
  const answer = async (value: string) => {
    try {
      await call('POST', `/v1/hosted/amazon-pay/${encodeURIComponent(id)}/answer`, null, { answer: value });
      finish(copy('done'));
    } catch (error) {
      page.append(element('p', { className: 'notice', role: 'alert' } as Partial<HTMLParagraphElement>, String((error as Error).message)));
    }
  };
  const form = element(
    'form',
    {},
    element('h1', {}, copy('pay', { merchant: hosted.merchant })),
    element('p', {}, `${copy('amount')} `, element('strong', {}, amount)),
    element('fieldset', {}, element('legend', {}, copy('method')), ...radios),
    element(
      'div',
      { className: 'actions' },
      element('button', { type: 'submit', className: 'primary' }, copy('continue')),
      element('button', { type: 'button', onclick: () => void answer('cancel') }, copy('cancel')),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = form.querySelector<HTMLInputElement>('input[name="method"]:checked')?.value ?? '1111';
    void answer(chosen);
  });
  page.replaceChildren(bar, form);
  form.querySelector<HTMLInputElement>('input:checked')?.focus();
}

void boot();
