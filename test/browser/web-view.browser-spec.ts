import { execFileSync } from 'child_process';
import { mkdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { Browser, BrowserContext, chromium, Locator, Page } from 'playwright-core';
import { startRunningPipeline, RunningPipeline } from '../support/running-pipeline';

// What the callbacks given to page.evaluate (run in the browser) use of its globals; this Node project has no DOM types.
declare const window: object;
declare const document: { documentElement: { scrollWidth: number }; activeElement: { id: string; textContent: string | null } | null };

const SAMPLE = readFileSync(path.resolve(__dirname, '../../../shared/samples/korea-herald-nk-talks.txt'), 'utf8');
const GOLD = JSON.parse(readFileSync(path.resolve(__dirname, '../../../shared/samples/korea-herald-nk-talks.gold.json'), 'utf8'));
const SCREENSHOTS = path.resolve(__dirname, '../../test-output/browser');
const API_KEY = 'browser-suite-key-0123456789';

/** The text of an element once it is shown, white space collapsed as the page displays it. */
async function visibleText(locator: Locator): Promise<string> {
  await locator.waitFor();
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** Debian's Chromium (test/browser/install-chromium.sh puts it there), or CHROMIUM_PATH. */
function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
}

describe('web view in headless Chromium (publish service, real pipeline)', () => {
  let running: RunningPipeline;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let site: string;
  const pageErrors: string[] = [];

  const screenshot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    running = await startRunningPipeline({ API_KEYS: API_KEY });
    site = running.pipeline.get('publish').url;
    browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox'] });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('dialog', (dialog) => {
      pageErrors.push(`unexpected dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
  }, 240000);

  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  }, 60000);

  afterEach(() => expect(pageErrors.splice(0)).toEqual([])); // no script error, CSP violation or dialog on any page

  it('asks for an API key, and a valid one opens the site with an HttpOnly session cookie', async () => {
    await page.goto(`${site}/web`);
    expect(new URL(page.url()).pathname).toBe('/web/login');
    await screenshot('01-sign-in');
    await page.getByLabel('API key').fill('not-the-key-0123456789');
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(await visibleText(page.getByRole('alert'))).toBe('That key is not valid.');

    await page.getByLabel('API key').fill(API_KEY);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${site}/web`);
    await page.getByRole('heading', { level: 1, name: 'Latest articles' }).waitFor();
    const [cookie] = await context.cookies();
    expect(cookie).toMatchObject({ name: 'newswire_session', httpOnly: true, sameSite: 'Strict' });
    expect(cookie.value).not.toContain(API_KEY);
    // The API itself takes the same cookie (the page's live stream relies on it); without one it answers 401.
    expect((await page.request.get(`${site}/articles?limit=1`)).status()).toBe(200);
    expect((await fetch(`${site}/articles?limit=1`)).status).toBe(401);
  });

  it('shows the sample arriving on the front page live, without a reload', async () => {
    await page.goto(`${site}/web`);
    await page.locator('#live-status[data-state="open"]').waitFor();
    await page.evaluate(() => Object.assign(window, { loadedOnce: true }));

    await running.client.submit({ content: SAMPLE, contentType: 'text/plain', source: 'korea-herald' });
    const item = page.locator('#latest-articles li', { hasText: GOLD.parse.title });
    await item.waitFor({ timeout: 60000 });
    expect(await page.evaluate(() => 'loadedOnce' in window)).toBe(true); // the same document: no reload
    expect(await visibleText(page.getByRole('status'))).toContain(GOLD.parse.title);
    await screenshot('02-front-page-live');
  });

  it('opens the article with Kim Kye-gwan highlighted as a person, goes to his entity page and back', async () => {
    await page.locator('#latest-articles').getByRole('link', { name: GOLD.parse.title }).click();
    await page.getByRole('heading', { level: 1, name: GOLD.parse.title }).waitFor();
    const kim = page.locator('.article-body a.entity--person', { hasText: 'Kim Kye-gwan' }).first();
    await kim.waitFor();
    expect(await kim.getAttribute('data-entity-type')).toBe('PERSON');
    expect(await kim.locator('mark').textContent()).toBe('Kim Kye-gwan');
    await page.getByRole('complementary').getByRole('link', { name: 'Kim Kye-gwan' }).waitFor();
    await screenshot('03-article');
    const articleEntities = await page.locator('aside.entities li a').allTextContents();
    const articleUrl = page.url();

    await kim.click();
    await page.getByRole('heading', { level: 1, name: 'Kim Kye-gwan' }).waitFor();
    expect(await visibleText(page.locator('.entity-type'))).toBe('person');
    await page.getByRole('img', { name: 'Articles mentioning Kim Kye-gwan, per month' }).waitFor();
    // With one article, what he appears with is that article's other entities (the ten it shares most).
    const together = await page.locator('#co-occurring a').allTextContents();
    expect(together.length).toBeGreaterThan(0);
    expect(articleEntities).toEqual(expect.arrayContaining(together));
    expect(together).not.toContain('Kim Kye-gwan');
    await page.locator('#entity-articles').getByRole('link', { name: GOLD.parse.title }).waitFor();
    await screenshot('04-entity');

    await page.goBack();
    expect(page.url()).toBe(articleUrl);
    await page.getByRole('heading', { level: 1, name: GOLD.parse.title }).waitFor();
  });

  it('finds the article by searching for uranium enrichment, the match highlighted', async () => {
    await page.goto(`${site}/web/search`);
    await page.getByLabel('Words or phrase').fill('uranium enrichment');
    await page.getByLabel('Words or phrase').press('Enter');
    const result = page.locator('#search-results li', { hasText: GOLD.parse.title });
    await result.waitFor();
    expect(await visibleText(result.locator('.snippet mark').first())).toMatch(/uranium|enrichment/i);
    await screenshot('05-search');
    await result.getByRole('link', { name: GOLD.parse.title }).click();
    await page.getByRole('heading', { level: 1, name: GOLD.parse.title }).waitFor();
  });

  it('reads on a phone-width screen without sideways scrolling, and the keyboard starts at the skip link', async () => {
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 375, height: 740 });
    await phone.goto(page.url());
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await phone.keyboard.press('Tab');
    expect(await phone.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await phone.keyboard.press('Enter');
    expect(await phone.evaluate(() => document.activeElement?.id)).toBe('main');
    await phone.screenshot({ path: path.join(SCREENSHOTS, '06-article-phone.png'), fullPage: true });
    await phone.close();
  });

  it('renders a title holding <script> as text, live and on its page', async () => {
    const title = 'Markup test <script>window.injected = true</script><img src=x onerror="window.injected = true">';
    const body =
      'Officials in Geneva said on Monday that the talks would resume next week. ' +
      'The delegations agreed on an agenda after two days of meetings, a spokesperson said.';
    await page.goto(`${site}/web`);
    await page.locator('#live-status[data-state="open"]').waitFor();
    // The parser strips tags from a submitted title, then decodes entities: this is how a title holding markup as text arrives.
    await running.client.submit({ title: title.replace(/</g, '&lt;').replace(/>/g, '&gt;'), body });
    const item = page.locator('#latest-articles li', { hasText: 'Markup test' });
    await item.waitFor({ timeout: 60000 });
    expect(await item.locator('a').textContent()).toBe(title);
    await item.locator('a').click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    expect(await page.locator('main script, main img').count()).toBe(0);
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);
    expect(await page.title()).toBe(`${title} · Newswire`);
    await screenshot('07-script-title');
  });
});
