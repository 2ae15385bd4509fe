/**
 * Scoring data for financed pay later and installments (seed 004: "scoring data: list of buyer information required for
 * solvability checks"; "additional missing information may be asked in the flow"). One flat object of strings, kept on
 * the order (`order.scoring`), sent by the merchant at creation or completed by the buyer in the widget before the card.
 *
 * The sandbox's rule (deterministic, documented in docs/API.md): financing is `refused` with reason `under_18` when the
 * date of birth makes the buyer younger than 18 on the platform's clock, and `accepted` otherwise; until every field
 * below is given the answer is `incomplete`, naming what is missing. Shared by the mock platform (which decides) and the
 * widget (which checks what the buyer types before sending it, with the same messages' codes).
 */

/** What a financed platform needs, in the order the widget asks for it. */
export const SCORING_FIELDS = ['birthDate', 'streetAddress', 'postalCode', 'city', 'phone'] as const;
export type ScoringField = (typeof SCORING_FIELDS)[number];
export type ScoringData = Partial<Record<ScoringField, string>>;

export type ScoringFieldError = 'required' | 'invalid' | 'future';

export type FinancingDecision =
  | { financing: 'accepted'; reason: null; missing: [] }
  | { financing: 'refused'; reason: 'under_18'; missing: [] }
  | { financing: 'incomplete'; reason: 'missing_information'; missing: ScoringField[] };

const MAX_LENGTH: Record<ScoringField, number> = { birthDate: 10, streetAddress: 200, postalCode: 10, city: 100, phone: 20 };

/** `YYYY-MM-DD` as a real calendar date, at 00:00 UTC; null otherwise. */
export function parseBirthDate(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const at = Date.UTC(year, month - 1, day);
  const date = new Date(at);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 1900 ? at : null;
}

/** One field's problem, or null. `now`: the platform's time (a date of birth cannot be after it). */
export function scoringFieldError(field: ScoringField, raw: string | undefined, now: number): ScoringFieldError | null {
  const value = (raw ?? '').trim();
  if (!value) return 'required';
  if (value.length > MAX_LENGTH[field]) return 'invalid';
  switch (field) {
    case 'birthDate': {
      const at = parseBirthDate(value);
      if (at === null) return 'invalid';
      return at > now ? 'future' : null;
    }
    case 'postalCode':
      return /^[A-Za-z0-9][A-Za-z0-9 -]{1,9}$/.test(value) ? null : 'invalid';
    case 'phone':
      return /^\+?[0-9 ().-]{6,20}$/.test(value) && value.replace(/\D/g, '').length >= 6 ? null : 'invalid';
    default:
      return null;
  }
}

/** Whether the buyer born on `birthDate` (00:00 UTC) has turned 18 at `now`. */
export function isAdult(birthDate: number, now: number): boolean {
  const born = new Date(birthDate);
  return Date.UTC(born.getUTCFullYear() + 18, born.getUTCMonth(), born.getUTCDate()) <= now;
}

/** The sandbox platform's decision on the order's scoring data (see the module comment). */
export function financingDecision(scoring: ScoringData, now: number): FinancingDecision {
  const missing = SCORING_FIELDS.filter((field) => scoringFieldError(field, scoring[field], now) !== null);
  if (missing.length) return { financing: 'incomplete', reason: 'missing_information', missing };
  const born = parseBirthDate((scoring.birthDate ?? '').trim()) as number;
  return isAdult(born, now) ? { financing: 'accepted', reason: null, missing: [] } : { financing: 'refused', reason: 'under_18', missing: [] };
}

/** The scoring fields of an order's kept `scoring` object (other keys, and values that are not strings, are ignored). */
export function scoringOf(order: { scoring?: Record<string, unknown> | undefined }): ScoringData {
  const known: ScoringData = {};
  for (const field of SCORING_FIELDS) {
    const value = order.scoring?.[field];
    if (typeof value === 'string') known[field] = value;
  }
  return known;
}
