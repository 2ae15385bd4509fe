/**
 * The sandbox's banks for bank transfer initiation (`ux: "pis"`): one list for the widget's bank chooser and the
 * platform, which refuses any other `bank`. Fictional names: each leads to the same simulated bank page, where the buyer
 * confirms, refuses or cancels. `highlighted` banks show first, as buttons (as peers do for the most used banks).
 */
export interface SandboxBank {
  id: string;
  name: string;
  highlighted?: boolean;
}

export const SANDBOX_BANKS: readonly SandboxBank[] = [
  { id: 'sandbox-bank', name: 'Sandbox Bank', highlighted: true },
  { id: 'banque-exemple', name: 'Banque Exemple', highlighted: true },
  { id: 'credit-demo', name: 'Crédit Démo', highlighted: true },
  { id: 'caisse-test', name: 'Caisse d’Épargne Test' },
  { id: 'banque-populaire-sandbox', name: 'Banque Populaire Sandbox' },
  { id: 'societe-fictive', name: 'Société Fictive' },
  { id: 'la-banque-en-ligne', name: 'La Banque en Ligne' },
  { id: 'mutuelle-essai', name: 'Crédit Mutuel d’Essai' },
  { id: 'neo-bank-test', name: 'Neo Bank Test' },
  { id: 'postale-demo', name: 'Banque Postale Démo' },
  { id: 'example-bank-de', name: 'Beispielbank' },
  { id: 'banco-prueba', name: 'Banco de Prueba' },
];

export const bankById = (id: string): SandboxBank | undefined => SANDBOX_BANKS.find((bank) => bank.id === id);

/** Case- and accent-insensitive match of a search text against a bank's name. */
export function matchesBank(bank: SandboxBank, search: string): boolean {
  const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return fold(bank.name).includes(fold(search.trim()));
}

/** How long an initiation waits for the buyer on the bank page before it expires (sandbox clock): 15 minutes. */
export const PIS_EXPIRY_MS = 15 * 60_000;
