import { join } from 'node:path';
import type { TimelineEntry } from '@sijill/contracts';
import {
  chromiumInstalled,
  confineToLoopback,
  launchChromium,
  pollUntil,
  publishWithCli,
  settledTimeline,
  startPipelineServices,
  testEnvironment,
  type PipelineServices,
} from '@sijill/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';

// The timeline page in a real browser (Debian's headless Chromium) against the real gateway, on
// real Kafka and Redis, with the examples published through the CLI. Skipped where Chromium is
// not installed (.ci/run installs it).
const describeInBrowser = chromiumInstalled() ? describe : describe.skip;

// Two reports of one visit, published while the page is open; facts are public, wording is ours.
const LIVE_REPORT = {
  id: 'page-live-aliyev-astana',
  source: 'Example Wire',
  publishedAt: '2024-12-10T09:00:00Z',
  language: 'en',
  title: 'Aliyev arrives in Astana',
  body:
    'ASTANA - Azerbaijani President Ilham Aliyev arrived in Astana on Tuesday for a state visit ' +
    'and held talks with Kazakh President Kassym-Jomart Tokayev on energy and transport.',
};
const LIVE_REPORT_AR = {
  id: 'page-live-aliyev-astana-ar',
  source: 'وكالة المثال',
  publishedAt: '2024-12-10T12:00:00Z',
  language: 'ar',
  title: 'علييف في أستانا',
  body:
    'أستانا - وصل الرئيس الأذربيجاني إلهام علييف إلى أستانا يوم الثلاثاء في زيارة دولة، وأجرى ' +
    'محادثات مع الرئيس الكازاخستاني قاسم جومارت توكاييف حول الطاقة والنقل.',
};

const LATER_REPORT = {
  id: 'page-live-mirziyoyev-baku',
  source: 'Example Wire',
  publishedAt: '2024-12-12T09:00:00Z',
  language: 'en',
  title: 'Mirziyoyev in Baku',
  body:
    'BAKU - Uzbek President Shavkat Mirziyoyev arrived in Baku on Thursday for an official visit ' +
    'and held talks with Azerbaijani President Ilham Aliyev on trade.',
};

describeInBrowser('the timeline page', () => {
  const env = testEnvironment('page');
  let services: PipelineServices;
  let browser: Browser;
  let context: BrowserContext;
  let refused: string[];
  let examples: TimelineEntry[];

  beforeAll(async () => {
    services = await startPipelineServices(env);
    publishWithCli(env, [join(__dirname, '..', 'examples')]);
    examples = await settledTimeline(services.gateway.url, { minimum: 5 });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    refused = await confineToLoopback(context);
  }, 400_000);

  afterAll(async () => {
    await browser?.close();
    await services?.stop();
  }, 60_000);

  const api = async (query: string): Promise<TimelineEntry[]> => {
    const response = await fetch(`${services.gateway.url}/timeline?limit=500&${query}`);
    return ((await response.json()) as { entries: TimelineEntry[] }).entries;
  };

  async function openPage(path = '/'): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${services.gateway.url}${path}`);
    await page.locator('#live-status[data-status="live"]').waitFor();
    return page;
  }

  // One read of the cards in the page itself: reading them one locator at a time races a
  // re-render (a card gone between the count and its read waits out Playwright's 30 s).
  const cardIds = (page: Page): Promise<string[]> =>
    page.evaluate<string[]>(
      "Array.from(document.querySelectorAll('.entry'), (card) => card.getAttribute('data-entry-id') ?? '')",
    );

  /** Waits (up to 10 s) until the page shows exactly these entries, in any order. */
  const waitForCards = (page: Page, ids: readonly string[]) => {
    const wanted = JSON.stringify([...ids].sort());
    return pollUntil(
      async () => (JSON.stringify((await cardIds(page)).sort()) === wanted ? true : undefined),
      { timeoutMs: 10_000, intervalMs: 100 },
    );
  };

  /** Waits (up to 10 s) until the page shows a card for every example entry. */
  const waitForEveryExample = (page: Page) =>
    pollUntil(async () => ((await cardIds(page)).length === examples.length ? true : undefined), {
      timeoutMs: 10_000,
      intervalMs: 100,
    });

  it('is served by the gateway at / under a policy that allows no other host', async () => {
    const response = await fetch(`${services.gateway.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toMatch(/https?:|\*/);
    expect((await fetch(`${services.gateway.url}/no-such-page`)).status).toBe(404);
  });

  it('lists the example timeline, newest first, grouped by day', async () => {
    const page = await openPage();
    await waitForEveryExample(page);
    const newestFirst = [...examples]
      .sort((a, b) => b.date.start.localeCompare(a.date.start) || b.id.localeCompare(a.id))
      .map((e) => e.id);
    expect(await cardIds(page)).toEqual(newestFirst);
    const days = new Set(examples.map((e) => e.date.start));
    expect(await page.locator('.day').count()).toBe(days.size);
    await page.close();
  });

  it('writes Arabic names right to left, in a face with Arabic glyphs', async () => {
    const page = await openPage();
    await page.locator('.participant-link [lang="ar"]').first().waitFor();
    // Run in the browser, passed as text: the spec compiles without DOM types.
    const rendered = await page.evaluate<{
      text: string;
      direction: string;
      font: string;
    }>(`(() => {
      const name = document.querySelector('.participant-link [lang="ar"]');
      const style = getComputedStyle(name);
      return { text: name.textContent, direction: style.direction, font: style.fontFamily };
    })()`);
    expect(rendered.text).toMatch(/[\u0600-\u06FF]/);
    expect(rendered.direction).toBe('rtl');
    expect(rendered.font).toMatch(/Arabic|DejaVu/);
    await page.close();
  });

  it('narrows to a participant typed in another script, and keeps the filter in the address', async () => {
    const page = await openPage();
    const expected = (await api(`participant=${encodeURIComponent('بوتين')}`)).map((e) => e.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(examples.length);
    await page.fill('#filter-participant', 'بوتين');
    await page.press('#filter-participant', 'Enter');
    await page.waitForURL(/participant=/);
    await waitForCards(page, expected);
    expect((await cardIds(page)).sort()).toEqual([...expected].sort());

    // The address alone restores the view; a participant's name is a link that filters on them.
    const shared = await openPage(new URL(page.url()).pathname + new URL(page.url()).search);
    await waitForCards(shared, expected);
    expect((await cardIds(shared)).sort()).toEqual([...expected].sort());
    await shared.locator('a[data-participant="Xi Jinping"]').first().click();
    await shared.waitForURL(/participant=Xi\+Jinping/);
    const withXi = (await api('participant=Xi%20Jinping')).map((e) => e.id);
    await waitForCards(shared, withXi);
    expect((await cardIds(shared)).sort()).toEqual([...withXi].sort());
    await Promise.all([page.close(), shared.close()]);
  });

  it('lets the keyboard reach the entries and open one with its sources and evidence', async () => {
    const page = await openPage();
    await page.locator('.entry').first().waitFor();
    let onEntry = false;
    for (let presses = 0; presses < 80 && !onEntry; presses++) {
      await page.keyboard.press('Tab');
      onEntry = await page.evaluate<boolean>(
        "document.activeElement !== null && document.activeElement.matches('.entry')",
      );
    }
    expect(onEntry).toBe(true);
    await page.keyboard.press('Enter');
    const dialog = page.locator('#detail[open]');
    await dialog.waitFor();
    expect(await dialog.locator('.source').count()).toBeGreaterThan(0);
    expect(await dialog.locator('blockquote mark').count()).toBeGreaterThan(0);
    expect(page.url()).toMatch(/entry=ev-/);
    await page.keyboard.press('Escape');
    await page.locator('#detail[open]').waitFor({ state: 'detached' });
    // The dialog's close event, which drops the entry from the address, comes as a task of its
    // own after the dialog closes: wait for the address rather than read it at once.
    await page.waitForFunction("!location.search.includes('entry=')", undefined, {
      timeout: 10_000,
    });
    expect(page.url()).not.toMatch(/entry=/);
    await page.close();
  });

  it('shows an article published while it is open without a reload, then its revision', async () => {
    const page = await openPage();
    await waitForEveryExample(page);
    await page.evaluate('window.notReloaded = true');

    await publish(LIVE_REPORT);
    const added = page.locator('.entry.is-added', { hasText: 'Ilham Aliyev' });
    await added.waitFor({ timeout: 60_000 });
    const id = (await added.getAttribute('data-entry-id')) ?? '';
    expect(await added.getAttribute('data-revision')).toBe('1');

    await publish(LIVE_REPORT_AR);
    const revised = page.locator(`.entry.is-revised[data-entry-id="${id}"]`);
    await revised.waitFor({ timeout: 60_000 });
    expect(Number(await revised.getAttribute('data-revision'))).toBeGreaterThan(1);
    expect(await revised.locator('.source-count').textContent()).toMatch(/^2 sources/);
    expect(await page.evaluate('window.notReloaded')).toBe(true);
    await page.close();
  }, 150_000);

  it('resumes the stream after the gateway restarts, missing nothing and repeating nothing', async () => {
    const page = await openPage();
    const before = (await api('')).length;
    await pollUntil(async () => ((await cardIds(page)).length === before ? true : undefined), {
      timeoutMs: 10_000,
      intervalMs: 100,
    });
    await page.evaluate('window.notReloaded = true');
    await services.restartGateway();
    // The browser reconnects by itself, sending the id of the last event it received.
    await page.locator('#live-status[data-status="live"]').waitFor({ timeout: 30_000 });

    await publish(LATER_REPORT);
    await page.locator('.entry.is-added', { hasText: 'Shavkat Mirziyoyev' }).waitFor({
      timeout: 60_000,
    });
    const ids = await cardIds(page);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(before + 1);
    expect(await page.evaluate('window.notReloaded')).toBe(true);
    await page.close();
  }, 150_000);

  it('sent no request to any host but the gateway', () => {
    expect(refused).toEqual([]);
  });

  async function publish(article: object): Promise<void> {
    const response = await fetch(`${services.gateway.url}/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(article),
    });
    expect(response.status).toBe(202);
  }
});
