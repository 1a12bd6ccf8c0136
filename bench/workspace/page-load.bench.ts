/**
 * How long Today and the customer file take to open in a real browser on the big books (issue 5: under
 * 1 second with 100,000 customers and 1,000,000 invoices on PostgreSQL).
 *
 *   npm run bench:workspace -- --keep          # first: load debitor_bench_workspace (see api.bench.ts)
 *   npm run bench:page-load -- [--rounds 10]
 *
 * Serves the built web app from `startServer` on the kept database with the clock at the books' date,
 * launches Debian's Chromium (playwright-core), signs in as a collector, and then, each round: opens
 * Today on a fresh page load (the time until the first ranked task is on the screen) and clicks through
 * to that customer's file (until its total debt is shown). The first round warms the caches and is not
 * counted. Prints the median and the worst of the rest.
 */
import type { Page } from 'playwright-core';
import { loadConfig } from '../../src/config.ts';
import { startServer } from '../../src/main.ts';
import { ensureWebBuilt, launchBrowser, signIn } from '../../test/browser/browser.ts';
import { millis, numberArg, parseArgs, SERVER, serverDatabaseExists } from '../ledger/common.ts';
import { AS_OF } from './data.ts';

const DB = 'debitor_bench_workspace';
const PASSWORD = 'bench-password-123'; // the collectors api.bench.ts created
const TARGET_MS = 1000;

async function opened(page: Page, action: () => Promise<unknown>, testId: string): Promise<number> {
  const start = performance.now();
  await action();
  await page.getByTestId(testId).first().waitFor({ state: 'visible', timeout: 30_000 });
  return performance.now() - start;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['rounds']);
  const rounds = numberArg(args, 'rounds', 10);
  if (!(await serverDatabaseExists(DB))) throw new Error(`no ${DB}: run "npm run bench:workspace -- --keep" first`);
  ensureWebBuilt();
  const config = loadConfig({ ...process.env, DATABASE_URL: `${SERVER}/${DB}`, DEBITOR_SCHEDULER: 'off', PORT: '0', HOST: '127.0.0.1', DEBITOR_LOG_LEVEL: 'silent' });
  const server = await startServer(config, () => new Date(`${AS_OF}T07:00:00Z`), () => {});
  const browser = await launchBrowser('Europe/Moscow');
  try {
    const page = browser.context.pages()[0] ?? await browser.context.newPage();
    await signIn(page, server.url, 'collector0@bench.test', PASSWORD);
    await page.getByTestId('work-item').first().waitFor({ timeout: 60_000 });
    const today: number[] = [];
    const file: number[] = [];
    for (let round = 0; round <= rounds; round++) {
      const t = await opened(page, () => page.goto(`${server.url}/`), 'work-item');
      const f = await opened(page, () => page.getByTestId('work-item').first().getByRole('link').first().click(), 'total-debt');
      if (round > 0) { today.push(t); file.push(f); }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    console.log(`---- page load in Chromium, ${DB}, ${rounds} rounds after a warm-up ----`);
    for (const [name, xs] of [['Today (page load to the first task)', today], ['customer file (click to the total debt)', file]] as const) {
      console.log(`${name.padEnd(42)} median ${millis(median(xs)).padStart(8)}  worst ${millis(Math.max(...xs)).padStart(8)}  (target < ${TARGET_MS} ms: ${Math.max(...xs) < TARGET_MS ? 'MET' : 'NOT MET'})`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
