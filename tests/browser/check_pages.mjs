// Opens jmap's HTML pages in Debian's chromium (headless, through playwright-core) and
// checks what a reader gets: the page's own CSP hash-only with no violation of it (a
// tampered copy is the control that Chromium reports one), no other console errors, no
// request but the file itself, every stage heading and KPI visible, each pain chip in the
// grid column of the step (or stage) the map puts it under, no sideways overflow
// of the page at 1280 px (the map scrolls in its own box), persona colours readable in
// light and dark, and, for the injection page, that no payload runs. In print (A3
// landscape, from a light and a dark system): no map cell's text runs out of its cell,
// stage headings and every other text dark enough for white paper, no dark picture, the
// map free to start on page 1. Writes light, dark and print screenshots next to each page.
//
// usage: node check_pages.mjs EXPECTED.json
//   EXPECTED.json: [{"page": "/abs/x.html", "stages": [...], "kpis": [...], "pains": {"P1": {"step": "id"}, "P6": {"stage": "id"}},
//                    "injection": false, "tampered": false}, ...]
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

const k_a3_content = { width: Math.floor(400 / 25.4 * 96), height: Math.floor(277 / 25.4 * 96) };

// In the page: colour and print facts. `legends`: the contrast of each persona colour
// (0-5) as a legend in the emotion lane's name cell, against that cell (the low ones);
// `print`: what the printed page would show.
function pageFacts(which) {
  const rgb = (text) => (text.match(/[\d.]+/g) || ['255', '255', '255']).slice(0, 3).map(Number);
  const luminance = (text) => {
    const [r, g, b] = rgb(text).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a, b = 'rgb(255, 255, 255)') => {
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  if (which === 'legends') {
    const cell = document.querySelector('#map tbody th');
    const low = [];
    for (let colour = 0; colour < 6; ++colour) {
      const probe = document.createElement('span');
      probe.className = `legend legend-${colour}`;
      probe.textContent = 'probe';
      cell.append(probe);
      const ratio = contrast(getComputedStyle(probe).color, getComputedStyle(cell).backgroundColor);
      probe.remove();
      if (ratio < 4.5) low.push({ colour, ratio });
    }
    return low;
  }
  const label = (e) => `${e.tagName.toLowerCase()} '${e.textContent.trim().replace(/\s+/g, ' ').slice(0, 40)}'`;
  const cells = [...document.querySelectorAll('#map table th, #map table td')];
  const parts = [...document.querySelectorAll('#map thead th.stage-head, #map thead th.stage-head span')];
  const dark = document.querySelector('.picture-dark');
  // Every element that holds text outside the pictures: its colour against white paper.
  const texts = [...document.querySelectorAll('body *')].filter((e) => !e.closest('svg') && getComputedStyle(e).display !== 'none' &&
    [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim()));
  const pale = texts.map((e) => ({ e, colour: getComputedStyle(e).color })).filter((t) => contrast(t.colour) < 4.5);
  return {
    pale: pale.map((t) => `${label(t.e)} in ${t.colour} (${contrast(t.colour).toFixed(2)})`).slice(0, 5),
    width: document.documentElement.scrollWidth,
    overflowing: cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => `${label(c)} (${c.scrollWidth} > ${c.clientWidth} px)`).slice(0, 5),
    heads: parts.map((e) => { const s = getComputedStyle(e); return { text: e.textContent.trim().slice(0, 40), colour: s.color, background: s.backgroundColor, ratio: contrast(s.color) }; }),
    darkPictures: !!dark && getComputedStyle(dark).display !== 'none',
    mapBreak: getComputedStyle(document.querySelector('#map')).breakInside,
  };
}

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

  // The page's own policy: the <style> block allowed by its hash, nothing inline.
  const policy = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? '');
  if (!/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]{43}='; /.test(policy) || policy.includes('unsafe-inline'))
    fail(name, `the page's CSP is not hash-only: "${policy}"`);
  const refused = errors.filter((e) => /Content Security Policy/i.test(e));
  if (entry.tampered) {
    // The control: a changed <style> block is refused, and Chromium says so.
    if (!refused.length) fail(name, `a <style> block that does not match the CSP hash raised no violation (${errors.join(' | ')})`);
    await context.close();
    console.log(`checked ${name}: the changed <style> block is refused by the page's CSP`);
    return;
  }
  if (refused.length) fail(name, `CSP violations: ${refused.join(' | ')}`);
  if (errors.length > refused.length) fail(name, `console errors: ${errors.filter((e) => !refused.includes(e)).join(' | ')}`);
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
  // Each pain chip stands in the grid where the map puts it: under its step's column, or
  // across its stage for a stage's own pain (read from the map's pain cards by run.sh).
  const placed = await page.evaluate((pains) => Object.entries(pains).map(([number, where]) => {
    const chip = document.querySelector(`#map .grid [data-pain="${number}"]`);
    const column = document.getElementById(where.step ? `step-${where.step}` : `stage-${where.stage}`);
    if (!chip || !column) return { number, where, missing: !chip ? 'chip' : 'column' };
    const c = chip.getBoundingClientRect(), box = column.getBoundingClientRect();
    return { number, where, inside: c.left >= box.left - 1 && c.right <= box.right + 1, chip: [c.left, c.right], column: [box.left, box.right] };
  }), entry.pains || {});
  for (const p of placed) {
    const under = p.where.step ? `step '${p.where.step}'` : `stage '${p.where.stage}'`;
    if (p.missing) fail(name, `pain ${p.number}: no ${p.missing} in the map grid (the map puts it under ${under})`);
    else if (!p.inside) fail(name, `pain ${p.number} spans x ${p.chip.map(Math.round)}, outside the column of ${under} at x ${p.column.map(Math.round)}`);
  }
  const chips = await page.locator('#map .grid [data-pain]').count();
  if (chips !== Object.keys(entry.pains || {}).length) fail(name, `${chips} pain chips in the grid, the map has ${Object.keys(entry.pains || {}).length}`);
  // Funnel bars are as long as the share they stand for (a blocked style would change them).
  const bars = await page.evaluate(() => [...document.querySelectorAll('#funnel tbody tr')].map((row) => {
    const svg = row.querySelector('svg.bar'), fill = svg && svg.querySelector('.fill');
    return { share: parseFloat(row.cells[2].textContent), drawn: fill ? 100 * fill.getBoundingClientRect().width / svg.getBoundingClientRect().width : -1 };
  }));
  for (const bar of bars)
    if (Math.abs(bar.share - bar.drawn) > 1.5) fail(name, `a funnel bar for ${bar.share}% is drawn ${bar.drawn.toFixed(1)}% long`);
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
  // Legends in the persona colours are text: >= 4.5:1 on the lane name's background, light and dark.
  for (const scheme of ['dark', 'light']) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const low of await page.evaluate(pageFacts, 'legends'))
      fail(name, `${scheme}: persona colour legend-${low.colour} has contrast ${low.ratio.toFixed(2)} on its background`);
  }
  // Print on A3 landscape, from a light and from a dark system: the page laid out at the
  // width inside the @page margins (420 - 2 x 10 mm at 96 px/inch).
  for (const scheme of ['dark', 'light']) {
    await page.emulateMedia({ media: 'print', colorScheme: scheme });
    await page.setViewportSize({ width: k_a3_content.width, height: k_a3_content.height });
    await page.evaluate(() => { for (const s of document.querySelectorAll('.scroll')) s.scrollLeft = 0; window.scrollTo(0, 0); });
    const print = await page.evaluate(pageFacts, 'print');
    const where = `print from ${scheme}`;
    if (print.width > k_a3_content.width) fail(name, `${where}: the page is ${print.width} px wide, more than A3 landscape's ${k_a3_content.width} px`);
    for (const cell of print.overflowing) fail(name, `${where}: text overflows its map cell: ${cell}`);
    for (const head of print.heads)
      if (head.ratio < 4.5) fail(name, `${where}: stage heading text '${head.text}' is ${head.colour} on ${head.background}, contrast ${head.ratio.toFixed(2)} against white paper`);
    for (const text of print.pale) fail(name, `${where}: pale text on white paper: ${text}`);
    if (print.darkPictures) fail(name, `${where}: the dark pictures are printed`);
    if (/avoid/.test(print.mapBreak)) fail(name, `${where}: the map section is break-inside: ${print.mapBreak}, which pushes it off page 1`);
  }
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  await page.screenshot({ path: `${base}-print.png`, fullPage: true });
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
