import { expect, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from '../define-element.ts';
import { LiveOrderController } from './live-order.ts';

/** A host whose platform is a scripted fetch: each look is recorded with its query, answered by `answer`. */
class LiveHost extends LitElement {
  looks: { url: URL; signal: AbortSignal | null | undefined; at: number }[] = [];
  changes: string[] = [];
  answer: (url: URL) => Promise<Response> = async () => new Response('down', { status: 503 });
  readonly live = new LiveOrderController(this, {
    target: () => ({
      orderId: 'ord_1',
      api: {
        apiUrl: 'http://platform.test',
        key: 'pk_test_1',
        fetch: async (input, init) => {
          const url = new URL(String(input));
          this.looks.push({ url, signal: init?.signal, at: performance.now() });
          return this.answer(url);
        },
      },
    }),
    onChange: (live) => void this.changes.push(live.version),
    waitMs: 5_000,
  });
}
defineElement('sg-test-live-host', LiveHost);

const ok = (version: string, changed = true) =>
  new Response(JSON.stringify({ success: true, data: { version, now: Date.now(), status: 'initiated', changed } }), { status: 200 });
/** Answers when `signal` aborts (the look is held, as the platform holds it). */
const held = (signal: AbortSignal | null | undefined) =>
  new Promise<Response>((_resolve, reject) => signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));

function setHidden(hidden: boolean): void {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('LiveOrderController', () => {
  let host: LiveHost;
  beforeEach(() => {
    host = document.createElement('sg-test-live-host') as LiveHost;
  });
  afterEach(() => {
    host.remove();
    setHidden(false);
  });

  it('waits from the version shown and reports a new one once', async () => {
    let version = 'v1';
    host.answer = async (url) => (url.searchParams.get('since') === version ? held(host.looks.at(-1)?.signal) : ok(version));
    document.body.append(host);
    host.live.follow('v1');
    await waitUntil(() => host.looks.length === 1);
    expect(host.looks[0]?.url.pathname).to.equal('/v1/orders/ord_1/live');
    expect([host.looks[0]?.url.searchParams.get('since'), host.looks[0]?.url.searchParams.get('wait')]).to.deep.equal(['v1', '5000']);
    version = 'v2';
    host.live.follow('v1'); // the look is sent again, as after a reconnection
    await waitUntil(() => host.changes.length === 1);
    expect(host.changes).to.deep.equal(['v2']);
    await waitUntil(() => host.looks.at(-1)?.url.searchParams.get('since') === 'v2', 'the next look waits from the new version');
  });

  it('pauses while the page is hidden and looks again when it shows', async () => {
    host.answer = async () => held(host.looks.at(-1)?.signal);
    document.body.append(host);
    host.live.follow('v1');
    await waitUntil(() => host.looks.length === 1);
    setHidden(true);
    expect(host.looks[0]?.signal?.aborted, 'the held look is dropped').to.equal(true);
    expect(host.live.running).to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(host.looks.length).to.equal(1);
    setHidden(false);
    await waitUntil(() => host.looks.length === 2, 'no look after showing again');
  });

  it('stops on disconnect, and for good on a refused key', async () => {
    host.answer = async () => held(host.looks.at(-1)?.signal);
    document.body.append(host);
    host.live.follow('v1');
    await waitUntil(() => host.looks.length === 1);
    host.remove();
    expect(host.looks[0]?.signal?.aborted).to.equal(true);
    host.answer = async () => new Response(JSON.stringify({ message: 'Unauthorized' }), { status: 401 });
    document.body.append(host);
    await waitUntil(() => host.looks.length === 2);
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    expect(host.looks.length, 'a refused key is not asked again').to.equal(2);
    expect(host.live.running).to.equal(false);
  });

  it('backs off after failures (1 s, then 2 s) and recovers', async () => {
    document.body.append(host);
    host.live.follow('v1');
    await waitUntil(() => host.looks.length === 3, 'no third look', { timeout: 5_000 });
    const [first, second, third] = host.looks.map((look) => look.at) as [number, number, number];
    expect(second - first, 'first pause').to.be.within(900, 1_600);
    expect(third - second, 'second pause').to.be.within(1_900, 2_600);
    host.answer = async () => ok('v2');
    await waitUntil(() => host.changes.includes('v2'), 'no recovery', { timeout: 6_000 });
  });

  it('a platform that answers at once, unchanged (it ignores wait, or a proxy does), is asked at most once a second', async () => {
    host.answer = async () => ok('v1', false);
    document.body.append(host);
    host.live.follow('v1');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(host.looks.length, 'looks in 1.5 s').to.be.within(1, 2);
    expect(host.changes).to.deep.equal([]);
  });
});
