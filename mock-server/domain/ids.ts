export type IdPrefix = 'ord' | 'pl' | 'itm' | 'inst' | 'cst' | 'cpm' | 'tok' | 'sub' | 'inv' | 'prd' | 'op' | 'evt' | 'auth' | 'msg' | 'whd' | 'mdt' | 'amzs';

export function newId(prefix: IdPrefix): string {
  return `${prefix}_${crypto.randomUUID()}`;
}
