/**
 * A merchant's checkout written in React with the widget's React wrappers (`sg-captain/react`, here `src/react.ts`):
 * `<SgCaptain>` with typed props and callbacks, a `ref` to the element for the merchant's own pay button, and what
 * each callback received. `onSgValidated`'s detail (`{ order, amount, auth, email, firstName, lastName, status }`) is
 * shown as JSON in `#validated`.
 */
import { useRef, useState } from 'react';
import { SgCaptain, type SgCaptainElement, type ValidatedDetail } from '../../src/react.ts';

/** What the merchant's back end hands its front end: the order it created and the platform's public key. */
export interface CheckoutOrder {
  orderId: string;
  publicKey: string;
}

interface LoggedEvent {
  id: number;
  callback: string;
  detail: unknown;
}

export function ReactCheckout({ order }: { order: CheckoutOrder }) {
  const captain = useRef<SgCaptainElement>(null);
  const [events, setEvents] = useState<LoggedEvent[]>([]);
  const [validated, setValidated] = useState<ValidatedDetail | undefined>(undefined);
  const log = (callback: string, detail: unknown) => setEvents((list) => [...list, { id: list.length + 1, callback, detail }]);

  return (
    <>
      <section className="wide" aria-labelledby="checkout-title">
        <h2 id="checkout-title">Checkout</h2>
        <p className="muted">
          Order <code>{order.orderId}</code>
        </p>
        <SgCaptain
          ref={captain}
          orderId={order.orderId}
          publicKey={order.publicKey}
          locale="en"
          onSgReady={(event) => log('onSgReady', event.detail)}
          onSgValidated={(event) => {
            setValidated(event.detail);
            log('onSgValidated', event.detail);
          }}
          onSgInvalid={(event) => log('onSgInvalid', event.detail)}
          onSgError={(event) => log('onSgError', event.detail)}
        />
        {/* The seeds' external call to action: the merchant's button submits the widget through its element. */}
        <button type="button" className="secondary" onClick={() => void captain.current?.pay()}>
          Submit with the merchant&apos;s own button
        </button>
      </section>
      <section aria-labelledby="validated-title">
        <h2 id="validated-title">onSgValidated</h2>
        <pre>
          <output id="validated" aria-labelledby="validated-title">
            {validated ? JSON.stringify(validated) : ''}
          </output>
        </pre>
      </section>
      <section aria-labelledby="events-title">
        <h2 id="events-title">Callbacks</h2>
        <ol id="events">
          {events.map((event) => (
            <li key={event.id}>
              <code>{event.callback}</code> <code>{JSON.stringify(event.detail)}</code>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
