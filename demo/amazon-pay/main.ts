/**
 * The simulated Amazon Pay page (`/amazon-pay/{sessionId}`), opened by the widget's Amazon Pay button: the buyer sees
 * the merchant and the amount, chooses one of Amazon's sandbox payment methods (1111 succeeds, 3434 is declined, 3064
 * simulates the buyer canceling) and continues, or cancels. The widget, polling the checkout session, takes it from
 * there; this window closes itself once answered.
 */
import { call, startSandbox } from '../shared/sandbox.ts';
import { idFromLocation, type PageLocale } from '../shared/hosted-page.ts';

interface HostedSession {
  session: { id: string; state: string; reason: string | null; buyerMethod: string | null; expiresAt: number };
  merchant: string;
  amount: number;
  currency: string;
  locale: string;
}

const COPY = {
  en: {
    title: 'Pay with Amazon Pay',
    pay: 'Pay {merchant}',
    amount: 'Amount:',
    method: 'Payment method in your Amazon account',
    methods: { '1111': 'Visa ending in 1111 (succeeds)', '3434': 'Visa ending in 3434 (declined)', '3064': 'Visa ending in 3064 (buyer cancels)' },
    continue: 'Continue to pay',
    cancel: 'Cancel and return to the merchant',
    done: 'Done: you can close this window and return to the merchant.',
    closed: 'This checkout session is closed ({state}). Return to the merchant to start again.',
    missing: 'This Amazon Pay link names no checkout session.',
  },
  fr: {
    title: 'Payer avec Amazon Pay',
    pay: 'Payer {merchant}',
    amount: 'Montant\u00a0:',
    method: 'Moyen de paiement de votre compte Amazon',
    methods: { '1111': 'Visa se terminant par 1111 (acceptée)', '3434': 'Visa se terminant par 3434 (refusée)', '3064': 'Visa se terminant par 3064 (l’acheteur annule)' },
    continue: 'Continuer vers le paiement',
    cancel: 'Annuler et revenir chez le marchand',
    done: 'Terminé : vous pouvez fermer cette fenêtre et revenir chez le marchand.',
    closed: 'Cette session de paiement est close ({state}). Revenez chez le marchand pour recommencer.',
    missing: 'Ce lien Amazon Pay ne désigne aucune session de paiement.',
  },
};

const page = document.getElementById('amazon-page') as HTMLElement;
const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');

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
  if (!id) return void page.replaceChildren(bar, element('p', { className: 'notice' }, COPY.en.missing));
  let hosted: HostedSession;
  try {
    hosted = await call<HostedSession>('GET', `/v1/hosted/amazon-pay/${encodeURIComponent(id)}`, null);
  } catch (error) {
    return void page.replaceChildren(bar, element('p', { className: 'notice' }, String((error as Error).message)));
  }
  const locale: PageLocale = hosted.locale.startsWith('fr') ? 'fr' : 'en';
  const copy = COPY[locale];
  document.documentElement.lang = locale;
  document.title = copy.title;
  if (hosted.session.state !== 'open' || hosted.session.buyerMethod) {
    return void page.replaceChildren(bar, element('p', { className: 'notice' }, fill(copy.closed, { state: hosted.session.reason ?? hosted.session.state })));
  }
  const amount = new Intl.NumberFormat(locale, { style: 'currency', currency: hosted.currency }).format(hosted.amount / 100);
  const radios = (Object.keys(copy.methods) as (keyof typeof copy.methods)[]).map((method, index) =>
    element('label', {}, element('input', { type: 'radio', name: 'method', value: method, checked: index === 0 }), copy.methods[method]),
  );
  const answer = async (value: string) => {
    try {
      await call('POST', `/v1/hosted/amazon-pay/${encodeURIComponent(id)}/answer`, null, { answer: value });
      finish(copy.done);
    } catch (error) {
      page.append(element('p', { className: 'notice', role: 'alert' } as Partial<HTMLParagraphElement>, String((error as Error).message)));
    }
  };
  const form = element(
    'form',
    {},
    element('h1', {}, fill(copy.pay, { merchant: hosted.merchant })),
    element('p', {}, `${copy.amount} `, element('strong', {}, amount)),
    element('fieldset', {}, element('legend', {}, copy.method), ...radios),
    element(
      'div',
      { className: 'actions' },
      element('button', { type: 'submit', className: 'primary' }, copy.continue),
      element('button', { type: 'button', onclick: () => void answer('cancel') }, copy.cancel),
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
