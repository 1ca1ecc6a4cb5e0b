// Opens every page of a `jmap site` folder in Debian's chromium (headless, through
// playwright-core): no CSP violation or other console error, no request but the page
// itself, every link relative and resolving (the file exists; an #anchor exists in it),
// and, for the site's own pages, no sideways overflow at 1280 px. Writes a screenshot
// of the index, a persona page and the backlog next to them (*.png).
//
// usage: node check_site.mjs SITE_DIR
import { createRequire } from 'node:module';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(new URL('../node/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const site = process.argv[2];
const failures = [];
const fail = (page, message) => failures.push(`${page}: ${message}`);

function pages(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name.startsWith('.')) return [];
    if (statSync(path).isDirectory()) return pages(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const ids = new Map();
function hasId(file, id) {
  if (!ids.has(file)) ids.set(file, readFileSync(file, 'utf8'));
  return ids.get(file).includes(`id="${id}"`);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
const all = pages(site).sort();
const journeyPages = new Set(all.filter((p) => existsSync(p.replace(/\.html$/, '.map.svg'))));
for (const file of all) {
  const name = relative(site, file);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const url = pathToFileURL(file).href;
  page.on('console', (m) => { if (m.type() === 'error') fail(name, `console: ${m.text()}`); });
  page.on('pageerror', (e) => fail(name, `script error: ${e.message}`));
  page.on('request', (r) => { if (r.url() !== url) fail(name, `request for ${r.url()}`); });
  await page.goto(url);
  const hrefs = await page.$$eval('a[href]', (links) => links.map((a) => a.getAttribute('href')));
  for (const href of hrefs) {
    if (/^[a-z]+:|^\/\//i.test(href) || href.startsWith('/')) { fail(name, `link not relative: ${href}`); continue; }
    const target = new URL(href, url);
    const path = fileURLToPath(target);
    if (!existsSync(path)) { fail(name, `broken link: ${href}`); continue; }
    const anchor = decodeURIComponent(target.hash.slice(1));
    if (anchor && path.endsWith('.html') && !hasId(path, anchor)) fail(name, `no #${anchor} in ${relative(site, path)}`);
  }
  if (!journeyPages.has(file)) {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) fail(name, `overflows sideways by ${overflow}px at 1280 px`);
  }
  if (name === 'index.html' || name === 'backlog.html' || (name.startsWith('personas/') && !process.env.SHOT_DONE)) {
    await page.screenshot({ path: file.replace(/\.html$/, '.png'), fullPage: true });
    if (name.startsWith('personas/')) process.env.SHOT_DONE = '1';
  }
  await page.close();
}
await browser.close();
console.log(`check_site: ${all.length} pages`);
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
