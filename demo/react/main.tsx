/**
 * The QA console's React page (`/react.html`): a React 18 app paying a sandbox order through the widget's React
 * wrappers. The order comes from the URL (`?orderId=ord_…&publicKey=pk_test_…`, as a merchant's back end hands it to
 * its front end); without one, the page creates an order of 49.90 EUR on the seeded `single` platform. "New order"
 * creates another and mounts a fresh checkout.
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { call, startSandbox } from '../shared/sandbox.ts';
import { ReactCheckout, type CheckoutOrder } from './checkout.tsx';

interface Platform {
  slug: string;
  publicKey: string;
  secretKey: string;
}

async function newOrder(): Promise<CheckoutOrder> {
  const { platforms } = await call<{ platforms: Platform[] }>('GET', '/v1/sandbox/platforms', null);
  const platform = platforms.find((candidate) => candidate.slug === 'single');
  if (!platform) throw new Error('The seeded single platform is missing: POST /v1/sandbox/reset restores it.');
  const order = await call<{ id: string }>('POST', '/v1/orders', platform.secretKey, { amount: 4990, currency: 'EUR', email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' });
  return { orderId: order.id, publicKey: platform.publicKey };
}

function App({ first }: { first: CheckoutOrder }) {
  const [order, setOrder] = useState(first);
  const [error, setError] = useState('');
  const another = () => {
    setError('');
    newOrder().then(setOrder, (failure: Error) => setError(failure.message));
  };
  return (
    <>
      {error ? (
        <p className="error wide" role="alert">
          {error}
        </p>
      ) : null}
      {/* A new order is a new checkout: its callbacks and outcome start empty. */}
      <ReactCheckout key={order.orderId} order={order} />
      <section aria-labelledby="orders-title">
        <h2 id="orders-title">Orders</h2>
        <button type="button" onClick={another}>
          New order
        </button>
      </section>
    </>
  );
}

async function main(): Promise<void> {
  const root = document.getElementById('react-root') as HTMLElement;
  try {
    await startSandbox();
    const params = new URLSearchParams(location.search);
    const orderId = params.get('orderId');
    const publicKey = params.get('publicKey');
    const first = orderId && publicKey ? { orderId, publicKey } : await newOrder();
    root.replaceChildren();
    root.setAttribute('aria-busy', 'false');
    createRoot(root).render(
      <StrictMode>
        <App first={first} />
      </StrictMode>,
    );
  } catch (error) {
    root.setAttribute('aria-busy', 'false');
    const message = Object.assign(document.createElement('p'), { className: 'error', textContent: (error as Error).message });
    message.setAttribute('role', 'alert');
    root.replaceChildren(message);
  }
}

void main();
