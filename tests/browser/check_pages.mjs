// Opens jmap's HTML pages in Debian's chromium (headless, through playwright-core) and
// checks what a reader gets: no console errors, no request but the file itself, every
// stage heading and KPI visible, no sideways overflow of the page at 1280 px (the map
// scrolls in its own box), and, for the injection page, that no payload runs.
// Writes light, dark and print screenshots next to each page.
//
// usage: node check_pages.mjs EXPECTED.json
//   EXPECTED.json: [{"page": "/abs/x.html", "stages": [...], "kpis": [...], "injection": false}, ...]
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const require = createRequire(new URL('../node/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const expected = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const failures = [];
const fail = (page, message) => failures.push(`${page}: ${message}`);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});

async function check(entry) {
  const url = pathToFileURL(entry.page).href;
  const name = entry.page;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [], requests = [], dialogs = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => requests.push(request.url()));
  page.on('dialog', async (dialog) => { dialogs.push(dialog.message()); await dialog.dismiss(); });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(200);

  if (errors.length) fail(name, `console errors: ${errors.join(' | ')}`);
  const others = requests.filter((r) => r !== url);
  if (others.length) fail(name, `requests other than the file: ${others.join(', ')}`);
  if (dialogs.length) fail(name, `dialogs opened: ${dialogs.join(', ')}`);
  // Ids are unique across the page and its inline SVGs (in-page links and aria need it).
  const duplicates = await page.evaluate(() => {
    const seen = new Map();
    for (const e of document.querySelectorAll('[id]')) seen.set(e.id, (seen.get(e.id) || 0) + 1);
    return [...seen].filter(([, n]) => n > 1).map(([id]) => id).slice(0, 5);
  });
  if (duplicates.length) fail(name, `duplicate ids: ${duplicates.join(', ')}`);
  // Every in-page link leads somewhere.
  const broken = await page.evaluate(() => [...document.querySelectorAll('a[href^="#"]')]
    .filter((a) => !document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1)))).map((a) => a.getAttribute('href')).slice(0, 5));
  if (broken.length) fail(name, `links to nowhere: ${broken.join(', ')}`);

  // Stage headings: in the map's sticky header, visible, with the stage's name.
  const heads = await page.locator('#map thead th.stage-head .stage-name').allTextContents();
  if (JSON.stringify(heads) !== JSON.stringify(entry.stages))
    fail(name, `stage headings ${JSON.stringify(heads)} != ${JSON.stringify(entry.stages)}`);
  for (const [i, stage] of entry.stages.entries()) {
    const head = page.locator('#map thead th.stage-head').nth(i);
    await head.scrollIntoViewIfNeeded();
    if (!(await head.isVisible())) fail(name, `stage heading '${stage}' is not visible`);
  }
  // Every KPI in the scorecard, visible.
  const kpis = await page.locator('#kpis tbody th[scope=row]').allTextContents();
  if (JSON.stringify(kpis) !== JSON.stringify(entry.kpis)) fail(name, `KPIs ${JSON.stringify(kpis)} != ${JSON.stringify(entry.kpis)}`);
  for (let i = 0; i < entry.kpis.length; ++i) {
    const row = page.locator('#kpis tbody th[scope=row]').nth(i);
    await row.scrollIntoViewIfNeeded();
    if (!(await row.isVisible())) fail(name, `KPI '${entry.kpis[i]}' is not visible`);
  }
  // The page never scrolls sideways; only the map, blueprint and flow boxes do.
  const overflow = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth, viewport: window.innerWidth,
    wide: [...document.querySelectorAll('body *')].filter((e) => !e.closest('.scroll') && e.getBoundingClientRect().right > window.innerWidth + 1)
      .map((e) => e.tagName + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className : '')).slice(0, 5),
  }));
  if (overflow.page > overflow.viewport) fail(name, `the page is ${overflow.page} px wide at ${overflow.viewport} px: ${overflow.wide.join(', ')}`);
  // The map scrolls inside its own box when it is wider.
  const map = await page.evaluate(() => { const s = document.querySelector('#map .scroll'); return { scroll: s.scrollWidth, client: s.clientWidth, overflow: getComputedStyle(s).overflowX }; });
  if (map.scroll > map.client && map.overflow !== 'auto') fail(name, 'the map is wider than its box but does not scroll');

  if (entry.injection) {
    const state = await page.evaluate(() => ({
      pwned: window.__pwned, scripts: document.scripts.length,
      handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
      jsLinks: [...document.querySelectorAll('[href],[src]')].filter((e) => /^\s*javascript:/i.test(e.getAttribute('href') || e.getAttribute('src') || '')).length,
      iframes: document.querySelectorAll('iframe, img[src=x], main svg[onload]').length,
      title: document.title, h1: document.querySelector('h1').textContent,
    }));
    if (state.pwned !== undefined) fail(name, `a payload ran: window.__pwned = ${state.pwned}`);
    if (state.scripts) fail(name, `${state.scripts} script elements in the page`);
    if (state.handlers) fail(name, `${state.handlers} elements with inline event handlers`);
    if (state.jsLinks) fail(name, `${state.jsLinks} javascript: links`);
    if (state.iframes) fail(name, `${state.iframes} injected elements`);
    const payload = '</title><script>window.__pwned=1;alert(1)</script> T';
    if (state.h1 !== payload) fail(name, `the title is not shown as text: ${state.h1}`);
    if (!state.title.startsWith(payload)) fail(name, `the document title is not the literal payload: ${state.title}`);
    for (const text of ['{{title}} {{{svg.flow}}}', '{{> partial}} {{=<% %>=}} <% title %>', '<img src=x onerror=alert(19)>'])
      if (!(await page.getByText(text, { exact: false }).first().isVisible())) fail(name, `payload not shown literally: ${text}`);
  }

  const base = entry.page.replace(/\.html$/, '');
  // The checks above scrolled the boxes to their last stage: show the reader's first view.
  await page.evaluate(() => { for (const s of document.querySelectorAll('.scroll')) s.scrollLeft = 0; window.scrollTo(0, 0); });
  await page.screenshot({ path: `${base}-light.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  // A reader who prefers dark sees the pictures drawn in the dark theme.
  const dark = await page.evaluate(() => {
    const shown = (selector) => { const e = document.querySelector(selector); return e && getComputedStyle(e).display !== 'none'; };
    return { light: shown('#blueprint .picture-light'), dark: shown('#blueprint .picture-dark'),
             background: getComputedStyle(document.body).backgroundColor };
  });
  if (dark.light || !dark.dark) fail(name, `in dark mode the blueprint shown is not the dark one (${JSON.stringify(dark)})`);
  if (dark.background !== 'rgb(11, 18, 32)') fail(name, `in dark mode the page background is ${dark.background}`);
  await page.screenshot({ path: `${base}-dark.png`, fullPage: true });
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  await page.setViewportSize({ width: 1587, height: 1123 });  // A3 landscape at 96 dpi
  await page.screenshot({ path: `${base}-print.png`, fullPage: true });
  const printWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  if (printWidth > 1587) fail(name, `in print the page is ${printWidth} px wide, more than A3 landscape (1587 px)`);
  await context.close();
  console.log(`checked ${name}: ${entry.stages.length} stages, ${entry.kpis.length} KPIs; screenshots ${base}-{light,dark,print}.png`);
}

try {
  for (const entry of expected) await check(entry);
} finally {
  await browser.close();
}
if (failures.length) {
  for (const f of failures) console.error(`FAIL: ${f}`);
  process.exit(1);
}
console.log(`ok: ${expected.length} pages`);
