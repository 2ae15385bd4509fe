/**
 * The ANCV login rule, shared by the widget (checked before any request) and the mock platform (checked again, since a
 * back end may call the API directly). An ANCV login is the email of the ANCV account or an ANCV id of 8 to 12 digits
 * (seed, ANCV Connect: "he is required to fill his ANCV login (email or Ancv ID)"). In core because both sides use it.
 */
const ANCV_ID = /^[0-9]{8,12}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type AncvLoginProblem = 'required' | 'malformed';

export function ancvLoginProblem(login: string | undefined): AncvLoginProblem | null {
  const value = (login ?? '').trim();
  if (value === '') return 'required';
  const compact = value.replace(/[\s-]/g, '');
  return ANCV_ID.test(compact) || EMAIL.test(value) ? null : 'malformed';
}

/** The login as ANCV expects it: an id without its spaces or dashes, an email in lower case. */
export function normalizeAncvLogin(login: string): string {
  const value = login.trim();
  return value.includes('@') ? value.toLowerCase() : value.replace(/[\s-]/g, '');
}
