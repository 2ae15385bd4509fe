/**
 * The project's boundaries, checked by `npm run lint` (dependency-cruiser over src, mock-server, demo, scripts, test).
 * docs/CONTRIBUTING.md ("Boundaries") says what each layer may import and why. Zero exceptions: a rule that needs one is
 * a design question, answered by moving the shared piece to `src/core/` or `src/parts/`, not by a `pathNot` here.
 *
 * Type-only imports count (`tsPreCompilationDeps`): a type borrowed from another layer couples the two just the same,
 * and an `import type` cycle is still a cycle to whoever reads or splits the code.
 */

/** Every module of the project; packages (`lit`, `zod`) and Node built-ins are free everywhere. */
const PROJECT = '^(src|mock-server|demo|test|scripts)/';
/** Test files: exempt from the widget's layer rules only (they mount the whole widget on a mock platform), never from no-circular. */
const TEST = '\\.(test|spec)\\.ts$';
/** Below every widget layer: core, the public DOM events, the design tokens and the guarded `customElements.define`. */
const BASE = ['^src/core/', '^src/events/', '^src/styles/', '^src/define-element\\.ts$'];
/** The UX contract and the lazy registry, shared by the host element and every UX. */
const UX_SHARED = '^src/ux/(registry|types)\\.ts$';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import cycle anywhere (tests and type-only imports included): move the shared piece (a type, a constant) to a module both can import.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'resolvable',
      severity: 'error',
      comment: 'Every import resolves to a file or a package: an import the tool cannot follow is an import no rule checks.',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'core-imports-only-core',
      severity: 'error',
      comment: 'src/core/ is shared by the widget and the mock platform: it imports nothing else of the project.',
      from: { path: '^src/core/' },
      to: { path: PROJECT, pathNot: '^src/core/' },
    },
    {
      name: 'base-imports-only-core',
      severity: 'error',
      comment: 'src/events/, src/styles/ and src/define-element.ts sit right above core: they import core (and each other), nothing of the widget.',
      from: { path: BASE.slice(1), pathNot: TEST },
      to: { path: PROJECT, pathNot: BASE },
    },
    {
      name: 'parts-import-core-and-parts',
      severity: 'error',
      comment: 'src/parts/ (pieces shared by the UXs and the elements) imports core, the base and other parts: never a UX, an element or an entry point.',
      from: { path: '^src/parts/', pathNot: TEST },
      to: { path: PROJECT, pathNot: [...BASE, '^src/parts/'] },
    },
    {
      name: 'ux-imports-parts-core-and-itself',
      severity: 'error',
      comment:
        'src/ux/<module>/ imports parts, core, the base, its own folder and the UX contract (src/ux/types.ts, registry.ts): never an element nor another UX. A piece two UXs need goes to src/parts/ or src/core/.',
      from: { path: '^src/ux/([^/]+)/', pathNot: TEST },
      to: { path: PROJECT, pathNot: [...BASE, '^src/parts/', '^src/ux/$1/', UX_SHARED] },
    },
    {
      name: 'ux-registry-loads-entry-points',
      severity: 'error',
      comment: 'src/ux/registry.ts and types.ts reach a UX only through its entry point (src/ux/<module>/index.ts, loaded lazily).',
      from: { path: '^src/ux/[^/]+\\.ts$', pathNot: TEST },
      to: { path: PROJECT, pathNot: [...BASE, '^src/parts/', UX_SHARED, '^src/ux/[^/]+/index\\.ts$'] },
    },
    {
      name: 'elements-use-the-registry',
      severity: 'error',
      comment: 'src/elements/ mount UXs through the registry (src/ux/registry.ts, types.ts), never a UX internal.',
      from: { path: '^src/elements/', pathNot: TEST },
      to: { path: PROJECT, pathNot: [...BASE, '^src/parts/', '^src/elements/', UX_SHARED] },
    },
    {
      name: 'widget-ships-no-test-or-mock-code',
      severity: 'error',
      comment: 'What the widget ships (src/ outside tests) imports no test support, test file, mock platform, demo or script.',
      from: { path: '^src/', pathNot: [TEST, '^src/test-support/'] },
      to: { path: ['^src/test-support/', TEST, '^(mock-server|demo|test|scripts)/'] },
    },
    {
      name: 'mock-server-imports-only-src-core',
      severity: 'error',
      comment: 'The mock platform shares src/core/ with the widget (rules, schemas) and nothing else of it: no UX, part or element code.',
      from: { path: '^mock-server/' },
      to: { path: ['^src/', '^(demo|test|scripts)/'], pathNot: '^src/core/' },
    },
    {
      name: 'demo-imports-no-tests',
      severity: 'error',
      comment: 'The demo pages may import the widget and the mock platform, not the test suites or their support.',
      from: { path: '^demo/' },
      to: { path: ['^src/test-support/', TEST, '^(test|scripts)/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Resolves the `.ts` specifiers (allowImportingTsExtensions) and `moduleResolution: bundler` like tsc does.
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    // Packages resolve through their `exports` map as in Node and Vite (vite has no `main`; `vite/client` is types only).
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
