// Finds a Chromium for the browser suites: CHROME_PATH, then Debian's /usr/bin/chromium, then Playwright's own download.
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function findChromium() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but no file is there.`);
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (existsSync(candidate)) return candidate;
  }
  try {
    const { chromium } = await import('playwright');
    const path = chromium.executablePath();
    if (path && existsSync(path)) return path;
  } catch {
    // Playwright's browsers are optional.
  }
  return null;
}

export const HOW_TO_GET_A_BROWSER = [
  'No Chromium found for the browser tests. Any one of these fixes it:',
  '  - Debian/Ubuntu: sudo apt-get install -y chromium   (gives /usr/bin/chromium)',
  '  - anywhere with internet: npx playwright install chromium',
  '  - or point to an installed Chrome/Chromium: CHROME_PATH=/path/to/chrome npm test',
].join('\n');

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = await findChromium();
  if (path) console.log(path);
  else {
    console.error(HOW_TO_GET_A_BROWSER);
    process.exit(1);
  }
}
