/**
 * The bank chooser: the highlighted banks first, a search box that filters the list as the buyer types (case and
 * accents ignored), one radio group named "Bank" (arrow keys move between banks, as in any radio group), and the
 * message "Choose your bank" next to it when the buyer continues without one.
 */
import { html, nothing } from 'lit';
import { matchesBank, SANDBOX_BANKS, type SandboxBank } from '../../core/pis-banks.ts';
import type { PisText } from './pis-i18n.ts';

export interface ChooserView {
  t: PisText;
  /** The buyer's language, for the plural of the number of banks found (Intl.PluralRules: 1 bank; 0 or 1 banque). */
  locale: string;
  chosen: string | undefined;
  search: string;
  /** "Choose your bank" shows (continued without one). */
  missing: boolean;
  disabled: boolean;
  onChoose(bank: SandboxBank): void;
  onSearch(text: string): void;
}

/** The banks shown for `search`: every match, the highlighted ones first. */
export const banksFor = (search: string) =>
  SANDBOX_BANKS.filter((bank) => matchesBank(bank, search)).sort((a, b) => Number(!!b.highlighted) - Number(!!a.highlighted));

export function renderChooser({ t, chosen, search, missing, disabled, onChoose, onSearch }: ChooserView) {
  const banks = banksFor(search);
  const radio = (bank: SandboxBank) => html`<label class="bank ${bank.highlighted ? 'highlighted' : ''}" part="bank">
    <input type="radio" name="bank" .value=${bank.id} .checked=${bank.id === chosen} ?disabled=${disabled} @change=${() => onChoose(bank)} />
    <span>${bank.name}</span>
  </label>`;
  const highlighted = banks.filter((bank) => bank.highlighted);
  const others = banks.filter((bank) => !bank.highlighted);
  return html`<div class="search">
      <label for="sg-bank-search">${t('search')}</label>
      <input id="sg-bank-search" type="search" autocomplete="off" .value=${search} ?disabled=${disabled} aria-controls="sg-banks"
        @input=${(event: Event) => onSearch((event.target as HTMLInputElement).value)} />
    </div>
    <fieldset id="sg-banks" part="bank-chooser" aria-invalid=${missing ? 'true' : 'false'} aria-describedby=${missing ? 'sg-bank-error' : nothing}>
      <legend>${t('bank')}</legend>
      ${highlighted.length ? html`<p class="group" aria-hidden="true">${t('popular')}</p><div class="banks popular">${highlighted.map(radio)}</div>` : nothing}
      ${others.length ? html`<div class="banks">${others.map(radio)}</div>` : nothing}
      ${banks.length ? nothing : html`<p class="muted">${t('noMatch', { search })}</p>`}
      ${missing ? html`<p class="field-error" id="sg-bank-error" part="error">${t('chooseBank')}</p>` : nothing}
    </fieldset>
    <p class="visually-hidden" role="status" aria-live="polite">${search ? t('matches', { count: banks.length }) : ''}</p>`;
}
