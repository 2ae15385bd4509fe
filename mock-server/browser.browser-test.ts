/**
 * The sandbox's state in the browser: it survives a reload (a new store over the same localStorage) and is shared by the
 * tabs of an origin, whose changes a Web Lock serializes so that none is lost.
 */
import { expect } from '@open-wc/testing';
import { localStoragePersistence } from './browser.ts';
import { Store } from './store.ts';

const KEY = 'sg-captain:sandbox-test';

describe('browser persistence', () => {
  beforeEach(() => localStorage.removeItem(KEY));
  afterEach(() => localStorage.removeItem(KEY));

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
});
