/** The QA console: wires the model to the panels and keeps the order, webhooks and clock fresh while QA works. */
import { html, nothing, render } from 'lit';
import { defineSgElements } from '../../src/define.ts';
import { mountAncvAppPanel, type AncvAppPanel } from '../panels/ancv-app.ts';
import { vibanTransferPanel } from '../panels/viban-transfer.ts';
import { mountRecurringPanel, type RecurringPanel } from '../panels/recurring.ts';
import { startSandbox } from '../shared/sandbox.ts';
import { ConsoleModel } from './model.ts';
import { testIbansPanel } from '../panels/sdd-ibans.ts';
import { outboxPanel, webhooksPanel } from './log-panels.ts';
import { orderPanel } from './order-panel.ts';
import { clockPanel, orderFormPanel, platformPanel, testCardsPanel, widgetPanel } from './views.ts';

const REFRESH_EVERY_MS = 3_000;
const root = document.getElementById('console') as HTMLElement;

const model = new ConsoleModel(() => draw());
let ancvApp: AncvAppPanel | null = null;
let ancvAppOrderId: string | null = null;

/**
 * The "ANCV app" answers the order's pending ANCV Connect requests, on platforms that accept ANCV. The panel renders its
 * own titled region: the console gives it a grid cell only.
 */
function ancvAppPanel() {
  const { order, platforms } = model.state;
  const platform = platforms.find((candidate) => candidate.id === order?.platformId);
  if (!order || !platform?.settings.paymentMethods.includes('ancv')) return nothing;
  return html`<div class="panel-slot" id="ancv-app-panel"></div>`;
}

function syncAncvApp(): void {
  const container = document.getElementById('ancv-app-panel');
  const { order, platforms } = model.state;
  const secretKey = platforms.find((candidate) => candidate.id === order?.platformId)?.secretKey;
  if (!container || !order || !secretKey) {
    ancvApp?.destroy();
    ancvApp = null;
    return;
  }
  if (!ancvApp) {
    ancvApp = mountAncvAppPanel(container, { secretKey, orderId: order.id, onAnswered: () => void model.refresh() });
    ancvAppOrderId = order.id;
  } else if (ancvAppOrderId !== order.id) {
    ancvApp.update({ secretKey, orderId: order.id });
    ancvAppOrderId = order.id;
  }
}

/** Recurring payments (customers, subscriptions, invoices) on the subscription platform. */
let recurring: { panel: RecurringPanel; secretKey: string } | null = null;
const recurringSection = () =>
  model.state.platform?.module === 'subscription' ? html`<section class="wide" aria-labelledby="recurring-title"><h2 id="recurring-title">Recurring payments</h2><div id="recurring-panel"></div></section>` : nothing;

function syncRecurring(): void {
  const container = document.getElementById('recurring-panel');
  const secretKey = model.state.platform?.secretKey;
  if (!container || !secretKey) {
    recurring?.panel.destroy();
    recurring = null;
  } else if (!recurring) recurring = { panel: mountRecurringPanel(container, { secretKey }), secretKey };
  else if (recurring.secretKey !== secretKey) recurring = { panel: (recurring.panel.update({ secretKey }), recurring.panel), secretKey };
}

function draw(): void {
  root.setAttribute('aria-busy', String(model.state.busy));
  render(
    html`${platformPanel(model)} ${orderFormPanel(model)} ${widgetPanel(model)} ${clockPanel(model)} ${ancvAppPanel()} ${vibanTransferPanel(model)} ${orderPanel(model)}
      ${webhooksPanel(model)} ${outboxPanel(model)} ${recurringSection()} ${testCardsPanel()} ${testIbansPanel()}`,
    root,
  );
  syncAncvApp();
  syncRecurring();
}

async function main(): Promise<void> {
  await startSandbox();
  defineSgElements();
  root.replaceChildren();
  await model.load();
  setInterval(() => {
    if (!document.hidden && !model.state.busy) void model.refresh().catch(() => undefined);
  }, REFRESH_EVERY_MS);
}

void main();
