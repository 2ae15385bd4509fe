/** The QA console: wires the model to the panels and keeps the order, webhooks and clock fresh while QA works. */
import { html, nothing, render } from 'lit';
import { defineSgElements } from '../../src/define.ts';
import { startSandbox } from '../shared/sandbox.ts';
import { ConsoleModel } from './model.ts';
import { clockPanel, orderFormPanel, orderPanel, outboxPanel, platformPanel, testCardsPanel, webhooksPanel, widgetPanel } from './views.ts';

const REFRESH_EVERY_MS = 3_000;
const root = document.getElementById('console') as HTMLElement;

const model = new ConsoleModel(() => draw());

function draw(): void {
  const { error, busy } = model.state;
  root.setAttribute('aria-busy', String(busy));
  render(
    html`${error ? html`<p class="error wide" role="alert">${error}</p>` : nothing}
      ${platformPanel(model)} ${orderFormPanel(model)} ${widgetPanel(model)} ${clockPanel(model)} ${orderPanel(model)} ${webhooksPanel(model)}
      ${outboxPanel(model)} ${testCardsPanel()}`,
    root,
  );
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
