/** Recurring payments join the one payment path: tokenisation, then the invoice an order pays; and their due work. */
import { onOrderStatus } from '../orders.ts';
import { onAuthorization } from '../payments.ts';
import { tokenizeIfAsked } from './customers.ts';
import { cancelInvoiceOfOrder, settleInvoiceOrder } from './invoices.ts';

// Tokenisation first: the invoice's subscription takes the customer the payment has just created.
onAuthorization(tokenizeIfAsked);
onAuthorization((ctx, order) => settleInvoiceOrder(ctx, order));
onOrderStatus(cancelInvoiceOfOrder);
