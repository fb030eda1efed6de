/**
 * Debian's Chromium for the browser tests (playwright-core drives it): the requirement that skips
 * them where it is missing (failing instead under REQUIRE_CHROMIUM=1 or CI=1), a launch with the
 * flags this machine's closed network needs, and the check that a page talked to nothing but us.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { describeNeeding, type Requirement } from './requirements';

const CHROMIUM = '/usr/bin/chromium';

const chromiumInstalled: Requirement = {
  flag: 'REQUIRE_CHROMIUM',
  missing: existsSync(CHROMIUM) ? null : `${CHROMIUM} is missing: apt-get install -y --no-install-recommends chromium (.ci/run does this)`,
};

export const describeInBrowser = (name: string, fn: () => void) => describeNeeding(chromiumInstalled, name, fn);

/** Without the background-networking flags Chromium reaches for Google's hosts at every start. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Loopback only: a page may talk to this server and to nothing else. */
export function leavesLocalhost(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return false;
  const { hostname } = new URL(url);
  return !['127.0.0.1', 'localhost', '[::1]'].includes(hostname);
}
