/**
 * `POST /v1/orders/{id}/scoring` (public key): the widget sends what a financed platform needs and the order lacks (date
 * of birth, address, phone); the fields are checked, kept on the order's `scoring`, and the platform answers whether it
 * finances the order: `{financing: "accepted" | "refused" | "incomplete", reason, missing}`, by the sandbox's rule in
 * src/core/scoring.ts (under 18 on the sandbox clock: refused). `{}` only asks for the decision on what the order holds.
 */
import type { HttpHandler } from 'msw';
import { financingDecision, SCORING_FIELDS, scoringFieldError, scoringOf, type ScoringData, type ScoringField } from '../../src/core/scoring.ts';
import { conflict, invalid } from '../domain/errors.ts';
import { orderFor } from '../domain/orders.ts';
import type { SandboxRuntime } from '../runtime.ts';
import { ScoringInput } from '../schemas/scoring.ts';
import { endpoint } from './kit.ts';

const MESSAGES: Record<ScoringField, string> = {
  birthDate: 'birthDate: a date of birth as YYYY-MM-DD, not after today',
  streetAddress: 'streetAddress: at most 200 characters',
  postalCode: 'postalCode: 2 to 10 letters, digits, spaces or hyphens',
  city: 'city: at most 100 characters',
  phone: 'phone: 6 to 20 digits, with an optional leading + and spaces, dots, hyphens or brackets',
};

export function scoringHandlers(runtime: SandboxRuntime): HttpHandler[] {
  return [
    endpoint(runtime, 'post', '/v1/orders/:id/scoring', { access: 'anyKey', body: ScoringInput }, ({ ctx, caller, params, body }) => {
      const order = orderFor(ctx, caller.platform, params.id ?? '');
      if (!caller.platform.settings.financing) throw conflict('financing_not_offered', 'This platform does not finance orders: it needs no scoring data');
      if (order.status !== 'initiated') throw conflict('order_not_payable', `This order is ${order.status}: its scoring data can no longer change`);
      const given: ScoringData = {};
      const errors: string[] = [];
      for (const name of SCORING_FIELDS) {
        const value = body[name]?.trim();
        if (value === undefined) continue;
        const error = scoringFieldError(name, value, ctx.now);
        // An empty (or spaces-only) field is named as such, not as too long.
        if (error === 'required') errors.push(`${name}: empty; leave it out, or give a value`);
        else if (error !== null) errors.push(MESSAGES[name]);
        else given[name] = value;
      }
      // A refused request changes nothing: no field is kept when one is wrong.
      if (errors.length) throw invalid(errors);
      order.scoring = { ...order.scoring, ...given };
      return financingDecision(scoringOf(order), ctx.now);
    }),
  ];
}
