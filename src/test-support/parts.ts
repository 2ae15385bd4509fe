/**
 * The parts a page can style through `::part()`, read from the rendered composed tree. A `part` inside a nested shadow
 * root reaches the level of its host's tree only through the host's `exportparts` (CSS Shadow Parts, "exportparts"),
 * and so on up to the public element. Test-only.
 */

/** `exportparts="a, b: c"` as inner name → outer name (`a → a`, `b → c`). */
export function exportMap(element: Element): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of (element.getAttribute('exportparts') ?? '').split(',')) {
    const [inner, outer = inner] = entry.split(':').map((name) => name.trim());
    if (inner && outer) map.set(inner, outer);
  }
  return map;
}

export interface PartsReport {
  /** The part names a page can select on the root's host (`host::part(name)`). */
  exposed: Set<string>;
  /** Parts rendered in a nested shadow root that no `exportparts` carries up: `sg-x > sg-y::part(name)`. */
  unreachable: string[];
}

/** What `root` exposes on its host: its own parts plus what each nested host exports, and what gets lost on the way. */
export function partsOf(root: ShadowRoot, path = (root.host as Element).localName): PartsReport {
  const exposed = new Set<string>();
  const unreachable: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    for (const name of element.part) exposed.add(name);
    if (!element.shadowRoot) continue;
    const inner = partsOf(element.shadowRoot, `${path} > ${element.localName}`);
    unreachable.push(...inner.unreachable);
    const exported = exportMap(element);
    for (const name of inner.exposed) {
      const outer = exported.get(name);
      if (outer) exposed.add(outer);
      else unreachable.push(`${path} > ${element.localName}::part(${name})`);
    }
  }
  return { exposed, unreachable };
}

/** The names of the parts table of docs/THEMING.md (its first column). */
export async function documentedParts(): Promise<Set<string>> {
  const docs = await (await fetch('/docs/THEMING.md')).text();
  const section = docs.split('## Parts')[1]?.split('\n## ')[0] ?? '';
  return new Set([...section.matchAll(/^\| `([\w-]+)` \|/gm)].map((match) => match[1] as string));
}
