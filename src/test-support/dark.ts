/** The dark theme in the contract suite: a subject mounted with `theme="dark"`, once the theme's chunk applied. Test-only. */
import { waitUntil } from '@open-wc/testing';
import type { MountedSubject } from './payment-subjects.ts';

export async function inDark(mounting: Promise<MountedSubject>): Promise<MountedSubject> {
  const subject = await mounting;
  await waitUntil(() => getComputedStyle(subject.element).colorScheme === 'dark', 'the dark theme never applied', { timeout: 5000 });
  return subject;
}
