/**
 * The styling contract stays honest: every `--sg-*` property a stylesheet reads is declared in SG_TOKENS and documented
 * in docs/WIDGET.md, and every declared token is read somewhere.
 */
import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { SG_TOKENS, base, tokens, uxStyles } from './tokens.styles.ts';
import { cardFormStyles } from '../parts/card-form.styles.ts';
import { threeDSDialogStyles } from '../parts/three-ds-dialog.styles.ts';
import { singleUxStyles } from '../ux/single/single-ux.styles.ts';
import { splitStyles } from '../ux/split/split-ux.styles.ts';
import { multiUxStyles } from '../ux/multi/multi-ux.styles.ts';
import { scheduleUxStyles } from '../parts/schedule/schedule-ux.styles.ts';
import { hostStyles } from '../elements/host.styles.ts';
import { captainStyles } from '../elements/sg-captain/sg-captain.styles.ts';
import { linkStyles } from '../elements/sg-link/sg-link.styles.ts';

const stylesheets: CSSResult[] = [
  ...new Set([tokens, base, cardFormStyles, threeDSDialogStyles, uxStyles, singleUxStyles, splitStyles, multiUxStyles, ...scheduleUxStyles, hostStyles, captainStyles, linkStyles]),
];
const used = new Set(stylesheets.flatMap((sheet) => [...sheet.cssText.matchAll(/var\((--sg-[\w-]+)/g)].map((match) => match[1])));

describe('--sg-* tokens', () => {
  it('declares every token a stylesheet reads', () => {
    expect([...used].filter((token) => !(SG_TOKENS as readonly string[]).includes(token ?? ''))).to.deep.equal([]);
  });

  it('reads every declared token', () => {
    expect(SG_TOKENS.filter((token) => !used.has(token))).to.deep.equal([]);
  });

  it('documents every token in docs/WIDGET.md', async () => {
    const docs = await (await fetch('/docs/WIDGET.md')).text();
    expect(SG_TOKENS.filter((token) => !docs.includes(`\`${token}\``))).to.deep.equal([]);
  });
});
