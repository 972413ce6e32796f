import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, extname } from 'node:path';
import { serializeState } from './src/storage/persisted-state.ts';
import { STATE_KEY } from './src/storage/storage-backend.ts';
import { emptyAnswers } from './src/questionnaire/answers.ts';
import { stepIds } from './src/questionnaire/steps.ts';
const dist = '/tmp/prof-dist';
const srv = createServer((req, res) => {
  let p = join(dist, (req.url ?? '/').split('?')[0]!);
  if (!existsSync(p) || p.endsWith('/')) p = join(dist, 'index.html');
  const t = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html' }[extname(p)] ?? 'application/octet-stream';
  res.writeHead(200, { 'content-type': t }); res.end(readFileSync(p));
}).listen(4192);
const state = serializeState({ ageConfirmed: true, answered: [...stepIds], answers: { ...emptyAnswers(), concerns: ['low-desire', 'communication'], primaryConcern: 'low-desire', relationship: 'married', partnerTakingPart: 'no', feelsUnsafe: 'no', health: ['antidepressants'] } });
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await b.newPage();
await page.addInitScript({ content: `
  window.__log = [];
  function log(what) { if (window.__armed) window.__log.push([what, performance.now()]); }
  document.addEventListener('keydown', function () { window.__armed = true; window.__log = []; log('keydown'); }, true);
  document.addEventListener('click', function () { log('click'); }, true);
  document.addEventListener('submit', function () { log('submit'); }, true);
  document.addEventListener('focusin', function (e) { log('focusin ' + e.target.tagName); }, true);
  var push = history.pushState.bind(history);
  history.pushState = function () { log('pushState'); return push.apply(null, arguments); };
  var setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (k, v) { log('setItem ' + k + ' ' + v.length); return setItem.call(this, k, v); };
  new MutationObserver(function (m) { log('mutation x' + m.length); }).observe(document, { subtree: true, childList: true });
  ['digest', 'encrypt', 'decrypt', 'importKey', 'deriveKey', 'sign'].forEach(function (fn) {
    var f = crypto.subtle[fn].bind(crypto.subtle);
    crypto.subtle[fn] = function () { log('subtle.' + fn); return f.apply(null, arguments).then(function (r) { log('subtle.' + fn + ' done'); return r; }); };
  });
  var st = window.setTimeout;
  window.setTimeout = function (fn, ms) { if (ms > 20) log('setTimeout ' + ms); return st.apply(window, arguments); };
  var raf = window.requestAnimationFrame;
  window.requestAnimationFrame = function (fn) { return raf.call(window, function (t) { log('raf'); fn(t); }); };
` });
await page.goto('http://127.0.0.1:4192/');
await page.evaluate(({ k, v }) => sessionStorage.setItem(k, v), { k: STATE_KEY, v: state });
const from = Number(process.argv[2] ?? 2);
await page.goto(`http://127.0.0.1:4192/prepare/${from}`);
await page.getByRole('heading', { level: 1 }).waitFor();
await page.waitForTimeout(1500);
const cdp = await page.context().newCDPSession(page);
if (process.env.CPU) await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.CPU) });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
await page.getByRole('button', { name: process.argv[3] ?? 'Continue', exact: true }).press('Enter');
await page.waitForFunction((f) => location.pathname !== `/prepare/${f}` && document.activeElement?.tagName === 'H1', from);
const { profile } = await cdp.send('Profiler.stop');
console.log(JSON.stringify(await page.evaluate(() => { const l = (window as any).__log; const t0 = l[0][1]; return l.map(([w, t]: any) => `${(t - t0).toFixed(1)} ${w}`); })));
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes as any[]) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map<string, number>(); const incl = new Map<string, number>();
const dt = profile.timeDeltas!;
profile.samples!.forEach((id: number, i: number) => {
  const ms = (dt[i + 1] ?? 0) / 1000;
  let n: any = byId.get(id);
  const f = n.callFrame; const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + ms);
  const seen = new Set<string>();
  for (let cur: any = n; cur; cur = byId.get(parent.get(cur.id)!)) {
    const g = cur.callFrame; const k = `${g.functionName || '(anon)'} ${g.url.split('/').pop()}:${g.lineNumber}`;
    if (!seen.has(k)) { incl.set(k, (incl.get(k) ?? 0) + ms); seen.add(k); }
  }
});
console.log('SELF'); for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 22)) console.log(v.toFixed(1).padStart(7), k);
console.log('INCLUSIVE (app code)'); for (const [k, v] of [...incl.entries()].filter(([k]) => !/index-|\(root\)|\(program\)|\(idle\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(v.toFixed(1).padStart(7), k);
await b.close(); srv.close();
