/** The card form's element ids, shared by the form (`card-form.ts`) and its lazily loaded code (`card-flow.ts`). */
import type { CardField } from '../core/card.ts';

export const FIELD_ORDER: readonly CardField[] = ['number', 'expiry', 'cvc', 'holder'];
export const fieldId = (field: CardField) => `sg-card-${field}`;
export const SUMMARY_ID = 'sg-error-summary';
