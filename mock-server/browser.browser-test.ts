/**
 * The sandbox's state in the browser: it survives a reload (a new store over the same localStorage) and is shared by the
 * tabs of an origin, whose changes a Web Lock serializes so that none is lost.
 */
import { expect } from '@open-wc/testing';
import { localStoragePersistence, refreshOnOtherTabsCommits } from './browser.ts';
import { Store, type Change } from './store.ts';

const KEY = 'sg-captain:sandbox-test';

describe('browser persistence', () => {
  const clear = () => {
    for (const key of Object.keys(localStorage)) if (key.startsWith(KEY)) localStorage.removeItem(key);
  };
  beforeEach(clear);
  afterEach(clear);

  it('survives a reload: a new store over the same storage reads what the first one wrote', async () => {
    const firstTab = new Store(localStoragePersistence(localStorage, KEY));
    await firstTab.transact((tx) => {
      tx.clockOffsetMs = 42_000;
    });
    const afterReload = new Store(localStoragePersistence(localStorage, KEY));
    expect(await afterReload.read((view) => view.clockOffsetMs)).to.equal(42_000);
  });

  it('two tabs writing at the same moment lose nothing', async () => {
    const tabA = new Store(localStoragePersistence(localStorage, KEY));
    const tabB = new Store(localStoragePersistence(localStorage, KEY));
    const bump = (store: Store) =>
      store.transact(async (tx) => {
        const seen = tx.clockOffsetMs;
        await new Promise((resolve) => setTimeout(resolve, 5));
        tx.clockOffsetMs = seen + 1;
      });
    await Promise.all(Array.from({ length: 10 }, (_, index) => bump(index % 2 ? tabA : tabB)));
    expect(await tabA.read((view) => view.clockOffsetMs)).to.equal(10);
  });

  it('a change that fails leaves the stored state as it was', async () => {
    const store = new Store(localStoragePersistence(localStorage, KEY));
    await store.transact((tx) => {
      tx.clockOffsetMs = 7;
    });
    await store
      .transact((tx) => {
        tx.clockOffsetMs = 999;
        throw new Error('refused');
      })
      .catch(() => undefined);
    expect(await store.read((view) => view.clockOffsetMs)).to.equal(7);
  });

  it('keeps one key per record: a write stores what it changed, and another tab reloads just that', async () => {
    const tabA = new Store(localStoragePersistence(localStorage, KEY));
    const tabB = new Store(localStoragePersistence(localStorage, KEY));
    const order = { id: 'ord_1', platformId: 'pl_1', status: 'initiated', amount: 1000, currency: 'EUR', locale: 'en', ux: 'single', createdAt: 1, updatedAt: 1, items: [] } as const;
    await tabA.transact((tx) => tx.orders.put({ ...order, items: [] }));
    expect(JSON.parse(localStorage.getItem(`${KEY}:r:orders:ord_1`)?.split('|').slice(1).join('|') ?? 'null').amount).to.equal(1000);
    const platformKeys = Object.keys(localStorage).filter((key) => key.startsWith(`${KEY}:r:platforms:`));
    expect(platformKeys.length).to.be.greaterThan(0);
    expect(await tabB.read((view) => view.orders.get('ord_1')?.amount)).to.equal(1000);
    const platformBefore = localStorage.getItem(platformKeys[0] as string);
    await tabB.transact((tx) => {
      const draft = tx.orders.get('ord_1');
      if (draft) draft.amount = 2000;
    });
    expect(localStorage.getItem(platformKeys[0] as string)).to.equal(platformBefore);
    expect(await tabA.read((view) => view.orders.get('ord_1')?.amount)).to.equal(2000);
    expect(await tabA.read((view) => view.orders.list('platformId', 'pl_1').length)).to.equal(1);
  });

  it("hears another tab's commit when the browser reports it: its commit listeners get the changed records", async () => {
    const tabA = new Store(localStoragePersistence(localStorage, KEY));
    const tabB = new Store(localStoragePersistence(localStorage, KEY));
    const heard: { ids: string[]; everything: boolean }[] = [];
    tabA.onCommit((changes: readonly Change[], everything: boolean) => heard.push({ ids: changes.map((change) => change.id), everything }));
    const stop = refreshOnOtherTabsCommits(tabA, KEY);
    const order = { id: 'ord_2', platformId: 'pl_1', status: 'initiated', amount: 1000, currency: 'EUR', locale: 'en', ux: 'single', createdAt: 1, updatedAt: 1, items: [] } as const;
    await tabB.transact((tx) => tx.orders.put({ ...order, items: [] }));
    expect(heard).to.deep.equal([]);
    // The event the browser fires in the other tabs of the origin when tabB bumps the commit counter.
    dispatchEvent(new StorageEvent('storage', { key: `${KEY}:commit` }));
    expect(heard).to.deep.equal([{ ids: ['ord_2'], everything: false }]);
    dispatchEvent(new StorageEvent('storage', { key: 'another-app:key' }));
    await tabB.transact((tx) => {
      tx.clockOffsetMs = 60_000;
    });
    stop();
    dispatchEvent(new StorageEvent('storage', { key: `${KEY}:commit` }));
    expect(heard.length).to.equal(1);
    tabA.refresh();
    expect(heard[1]).to.deep.equal({ ids: [], everything: true });
  });

  it('moves a sandbox saved as one document by an earlier version to one key per record', async () => {
    const order = { id: 'ord_old', platformId: 'pl_1', status: 'initiated', amount: 700, currency: 'EUR', locale: 'en', ux: 'single', createdAt: 1, updatedAt: 1, items: [] };
    const legacy = { version: 1, clockOffsetMs: 5000, organizations: [], platforms: [], orders: { ord_old: order }, transactions: {}, operations: [], webhooks: [], outbox: [], idempotency: {} };
    localStorage.setItem(KEY, JSON.stringify(legacy));
    const store = new Store(localStoragePersistence(localStorage, KEY));
    expect(await store.read((view) => view.orders.get('ord_old')?.amount)).to.equal(700);
    expect(await store.read((view) => view.clockOffsetMs)).to.equal(5000);
    expect(localStorage.getItem(KEY)).to.equal(null);
    expect(localStorage.getItem(`${KEY}:r:orders:ord_old`)).to.not.equal(null);
  });

  it('a write the storage refuses (quota) leaves every key as it was, and the store as it was', async () => {
    const store = new Store(localStoragePersistence(localStorage, KEY));
    const order = { id: 'ord_q', platformId: 'pl_1', status: 'initiated', amount: 100, currency: 'EUR', locale: 'en', ux: 'single', createdAt: 1, updatedAt: 1, items: [] } as const;
    await store.transact((tx) => tx.orders.put({ ...order, items: [] }));
    const before = Object.fromEntries(Object.keys(localStorage).filter((key) => key.startsWith(KEY)).map((key) => [key, localStorage.getItem(key)]));
    const setItem = Storage.prototype.setItem;
    let writes = 0;
    Storage.prototype.setItem = function (key: string, value: string) {
      writes += 1;
      if (writes === 2) throw new DOMException('full', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
    try {
      const failed = await store
        .transact((tx) => {
          const draft = tx.orders.get('ord_q');
          if (draft) draft.amount = 999;
          tx.orders.put({ ...order, id: 'ord_r', items: [] });
        })
        .then(() => false, () => true);
      expect(failed).to.equal(true);
    } finally {
      Storage.prototype.setItem = setItem;
    }
    const after = Object.fromEntries(Object.keys(localStorage).filter((key) => key.startsWith(KEY)).map((key) => [key, localStorage.getItem(key)]));
    expect(after).to.deep.equal(before);
    expect(await store.read((view) => [view.orders.get('ord_q')?.amount, view.orders.get('ord_r')])).to.deep.equal([100, undefined]);
  });
});
