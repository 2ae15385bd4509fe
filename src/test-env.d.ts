/**
 * The Mocha globals web-test-runner provides, typed just enough for our tests (saves a dependency on @types/mocha).
 */
type MochaDone = (error?: unknown) => void;
type MochaBody = (() => void | Promise<unknown>) | ((done: MochaDone) => void);

declare function describe(title: string, body: () => void): void;
declare function it(title: string, body?: MochaBody): void;
declare function before(body: MochaBody): void;
declare function after(body: MochaBody): void;
declare function beforeEach(body: MochaBody): void;
declare function afterEach(body: MochaBody): void;
declare namespace describe {
  function skip(title: string, body: () => void): void;
  function only(title: string, body: () => void): void;
}
declare namespace it {
  function skip(title: string, body?: MochaBody): void;
  function only(title: string, body?: MochaBody): void;
}
