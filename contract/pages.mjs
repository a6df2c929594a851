// The pages for people (issue 18) as a person reads them, in Debian's Chromium driven by playwright-core. For each page
// type (home today, home on 2013-01-01, the CSTO's page, a state's page, the sources) in English, Russian and Arabic:
// with JavaScript disabled, the content is right (compared with what the API answers in the same run, so the checks
// hold on any day), the language and direction are right (Arabic: dir="rtl"), the page fits a 1280 px window, one
// source link resolves; then, with JavaScript on, axe-core finds no serious or critical violation. Screenshots go to
// OUT/pages-<page>-<lang>.png.
//
// Usage: node contract/pages.mjs --base URL [--out target/contract] [--chromium /usr/bin/chromium] [--report FILE]
//        [--docs docs]   also writes the README's three screenshots (docs/pages-*.png: home in Arabic; the CSTO's
//                        page in English and in Russian, down to its membership timeline), 1280 px wide
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const args = Object.fromEntries(
	process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
);
const base = args.base.replace(/\/$/, '');
const out = args.out ?? 'target/contract';
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const languages = ['en', 'ru', 'ar'];
const past = '2013-01-01';
mkdirSync(out, { recursive: true });
if (args.docs) mkdirSync(args.docs, { recursive: true });

async function api(path) {
	const response = await fetch(`${base}${path}`, { headers: { Accept: 'application/json' } });
	if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
	return response.json();
}

// What the API says, read once: the pages must show the same.
const sorted = (list) => [...list].sort();
const membersToday = sorted((await api('/api/v1/alliances/csto/members?size=250')).content.map((m) => m.iso3));
const membersPast = sorted((await api(`/api/v1/alliances/csto/members?asOf=${past}&size=250`)).content.map((m) => m.iso3));
const schedule = (await api('/api/v1/alliances/csto/chairmanships?size=250')).content;
const chairOn = (day) => {
	// The term whose [start, end) holds the day; an open term ends at its expected end, else at the next term's start.
	let found = null;
	schedule.forEach((term, i) => {
		const end = term.endDate ?? term.expectedEndDate ?? schedule[i + 1]?.startDate ?? null;
		if (term.startDate && term.startDate <= day && (end === null || day < end)) found = term;
	});
	return found;
};
// Today's chair as the service reckons today (its clock, its zone).
const current = await fetch(`${base}/api/v1/alliances/csto/chairmanships/current`, { headers: { Accept: 'application/json' } });
const chairToday = current.ok ? (await current.json()).iso3 : null;
const chairPast = chairOn(past)?.iso3 ?? null;
const uzHistory = (await api('/api/v1/states/UZ/memberships?size=250')).content;
const uzCsto = uzHistory.filter((p) => p.allianceCode === 'csto');
const sourceCount = (await api('/api/v1/sources?size=1')).page.totalElements;
const projectedTerms = schedule.filter((t) => t.projected).length;
const interimTerms = schedule.filter((t) => t.interim).map((t) => t.chairYearLabel);
console.log(`pages: API says: members today ${membersToday.join(' ')} (chair ${chairToday}); on ${past} ${membersPast.join(' ')} `
	+ `(chair ${chairPast}); Uzbekistan ${uzCsto.length} CSTO periods; ${projectedTerms} projected terms; interim ${interimTerms.join(' ')}; ${sourceCount} sources`);

function expect(failures, condition, message) {
	if (!condition) failures.push(message);
}
const same = (a, b) => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));

async function membersTable(page, table) {
	return page.locator(`${table} tbody tr[data-iso3]`).evaluateAll((rows) => rows.map((r) => r.dataset.iso3));
}

// A lane of a timeline, found by its label, which is the state's name as the history table spells it.
async function lane(page, svg, iso3) {
	const name = (await page.locator(`table.history tr[data-iso3="${iso3}"] th`).first().innerText()).trim();
	return page.locator(`svg#${svg} g.lane`).filter({ has: page.locator('text.lane-label', { hasText: name }) }).first();
}

const checks = {
	async home(page, failures) {
		const shown = await membersTable(page, 'table.members');
		expect(failures, same(shown, membersToday), `today's members ${sorted(shown).join(' ')}, the API says ${membersToday.join(' ')}`);
		const chair = await page.locator('p.chair[data-iso3]').getAttribute('data-iso3').catch(() => null);
		expect(failures, chair === chairToday, `today's chair ${chair}, the schedule says ${chairToday}`);
		expect(failures, (await page.locator('form.day-form input[name=asOf][type=date]').count()) === 1, 'no date picker');
	},
	async 'home-2013'(page, failures) {
		const shown = await membersTable(page, 'table.members');
		expect(failures, same(shown, membersPast), `members on ${past} ${sorted(shown).join(' ')}, the API says ${membersPast.join(' ')}`);
		const chair = await page.locator('p.chair[data-iso3]').getAttribute('data-iso3').catch(() => null);
		expect(failures, chair === chairPast, `chair on ${past} ${chair}, the schedule says ${chairPast}`);
		expect(failures, (await page.locator('input[name=asOf]').inputValue()) === past, `the date picker does not show ${past}`);
	},
	async csto(page, failures, lang) {
		const shown = await membersTable(page, 'table.members');
		expect(failures, same(shown, membersToday), `members ${sorted(shown).join(' ')}, the API says ${membersToday.join(' ')}`);
		// Uzbekistan: two periods in the table and two bars on its lane, the suspension in both.
		const uzRows = page.locator('table.history tr[data-iso3="UZB"]');
		expect(failures, (await uzRows.count()) === uzCsto.length && uzCsto.length === 2, `Uzbekistan: ${await uzRows.count()} history rows, the API has ${uzCsto.length} periods (2 expected)`);
		expect(failures, (await uzRows.locator('li[data-act="SUSPENSION"]').count()) >= 1, 'Uzbekistan: no suspension in the history table');
		const uz = await lane(page, 'membership-timeline', 'UZB');
		expect(failures, (await uz.locator('rect.member').count()) === 2, `Uzbekistan: ${await uz.locator('rect.member').count()} bars on the timeline (2 expected)`);
		expect(failures, (await uz.locator('rect.suspended').count()) >= 1, 'Uzbekistan: no suspension shaded on the timeline');
		expect(failures, (await uz.locator('g.ended').count()) >= 1, 'Uzbekistan: its 1999 non-renewal is not marked on the timeline');
		// Armenia: frozen participation, in the members table, the history table and on the timeline.
		expect(failures, (await page.locator('table.members tr[data-iso3="ARM"] .note').count()) >= 1, 'Armenia: no frozen note among the members');
		expect(failures, (await page.locator('table.history tr[data-iso3="ARM"] li[data-act="PARTICIPATION_FROZEN"]').count()) >= 1, 'Armenia: no frozen participation in the history table');
		const am = await lane(page, 'membership-timeline', 'ARM');
		expect(failures, (await am.locator('rect.frozen').count()) >= 1, 'Armenia: frozen participation not shaded on the timeline');
		// The chair rotation: projected terms apart and marked, the 2009–10 interim chair.
		const projectedRows = page.locator('table.chairs tr[data-projected="true"]');
		expect(failures, (await projectedRows.count()) === projectedTerms && projectedTerms > 0, `${await projectedRows.count()} projected rows, the schedule has ${projectedTerms}`);
		expect(failures, (await projectedRows.locator('.badge.projected').count()) === projectedTerms, 'projected terms not each marked with a badge');
		expect(failures, (await page.locator('svg#chair-timeline rect.projected').count()) === projectedTerms, 'projected terms not drawn apart on the chair timeline');
		const interim = await page.locator('table.chairs tr[data-interim="true"] th').allInnerTexts();
		expect(failures, interim.some((t) => /2009/.test(t.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)))), `no 2009–10 interim chair (interim rows: ${interim.join(', ')})`);
		expect(failures, (await page.locator('table.chairs tr[data-interim="true"] .badge.interim').count()) >= 1, 'the interim chair is not marked');
		const axis = await page.locator('svg#membership-timeline').getAttribute('data-axis');
		expect(failures, axis === (lang === 'ar' ? 'right-to-left' : 'left-to-right'), `the timeline axis runs ${axis}`);
	},
	async state(page, failures) {
		const rows = await page.locator('table tr[data-alliance="csto"]').count();
		expect(failures, rows === uzCsto.length, `Uzbekistan: ${rows} CSTO periods on its page, the API has ${uzCsto.length}`);
		expect(failures, (await page.locator('tr[data-alliance="csto"] li').count()) >= 1, 'Uzbekistan: its suspension is not on its page');
	},
	async sources(page, failures) {
		const rows = await page.locator('tbody tr[id^="src-"]').count();
		expect(failures, rows === sourceCount, `${rows} sources listed, the API has ${sourceCount}`);
	},
};

const pages = [
	{ name: 'home', path: '/' },
	{ name: 'home-2013', path: `/?asOf=${past}` },
	{ name: 'csto', path: '/alliances/csto' },
	{ name: 'state', path: '/states/UZ' },
	{ name: 'sources', path: '/sources' },
];
const url = (path, lang) => `${base}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;

// A source link: one on the page (an internal one if any) is followed; /sources#src-X must land on that row, an
// external link must be an absolute http(s) URL (not fetched).
async function followSource(page, failures) {
	const links = await page.locator('.sources a, tbody tr[id^="src-"] a[href]').evaluateAll((as) => as.map((a) => ({ raw: a.getAttribute('href'), href: a.href })));
	if (links.length === 0) return failures.push('no source link'), 'none';
	const internal = links.find((l) => l.href.startsWith(`${base}/sources`) && l.href.includes('#src-'));
	if (!internal) {
		const link = links[0];
		expect(failures, /^https?:\/\/[^/]+/.test(link.raw), `source link ${link.raw} is not an absolute http(s) URL`);
		return `external ${link.raw}`;
	}
	const anchor = decodeURIComponent(new URL(internal.href).hash.slice(1));
	await page.locator(`a[href="${internal.raw}"]`).first().click();
	await page.waitForLoadState('load');
	expect(failures, page.url() === internal.href, `followed ${internal.raw}, landed on ${page.url()}`);
	const row = page.locator(`[id="${anchor}"]`);
	expect(failures, (await row.count()) === 1, `${internal.raw}: no element #${anchor} on the sources page`);
	if ((await row.count()) === 1) {
		const title = (await row.locator('td').first().innerText()).trim();
		expect(failures, title.length > 0, `${internal.raw}: the source row has no title`);
	}
	return internal.raw;
}

// axe-core's color-contrast rule skips text it takes for an icon font's ligature: it draws the text's first letter
// alone and the whole text and compares. An Arabic letter alone takes its isolated form, joined its initial form, so
// every Arabic text differs, and after three such texts in one font family axe takes the whole family (the page's
// system-ui stack) for an icon font and checks no text in it, Latin text included: the Arabic pages would pass
// unchecked. This rule is color-contrast with the same check and impact, on the elements with text of their own,
// without that guess; it runs on the Arabic pages.
const joinedScriptContrast = {
	id: 'color-contrast-joined-script',
	impact: 'serious',
	selector: '*',
	excludeHidden: false,
	tags: ['cat.color', 'wcag2aa', 'wcag143'],
	metadata: { description: 'color-contrast for text in a joined script (Arabic)', help: 'Elements must meet minimum color contrast ratio thresholds' },
	matches: `function (node, virtualNode) {
		var name = virtualNode.props.nodeName;
		if (['option', 'select', 'input', 'textarea', 'script', 'style', 'title', 'head', 'html'].indexOf(name) >= 0) return false;
		if (node.closest('svg') && name !== 'text') return false;
		var texts = virtualNode.children.filter(function (c) { return c.props.nodeType === 3 && c.props.nodeValue.trim() !== ''; });
		if (texts.length === 0 || !parseFloat(window.getComputedStyle(node).fontSize)) return false;
		if (!axe.commons.dom.isVisibleOnScreen(node)) return false;
		var range = document.createRange();
		return texts.some(function (t) { range.selectNodeContents(t.actualNode); return range.getClientRects().length > 0; });
	}`,
	all: [],
	any: ['color-contrast'],
	none: [],
};

// The script's enhancements (js/pages.js), with JavaScript on: hovering a bar highlights that state's rows and says
// what the bar is; picking a day in the date picker shows that day at once.
async function checkEnhancements(page, failures) {
	const bar = page.locator('#membership-timeline rect[data-iso3]').first();
	const iso3 = await bar.getAttribute('data-iso3');
	await bar.hover({ force: true });
	const highlighted = await page.locator(`tr.highlighted[data-iso3="${iso3}"]`).count();
	expect(failures, highlighted > 0, `hovering the ${iso3} bar highlights no row of ${iso3}`);
	const status = (await page.locator('.timeline-status').first().innerText()).trim();
	expect(failures, status.length > 0, 'hovering a bar says nothing in the timeline status');
	await Promise.all([
		page.waitForURL(/asOf=2013-01-01/, { timeout: 10000 }),
		page.locator('form.day-picker input[type="date"]').fill('2013-01-01'),
	]).catch((error) => failures.push(`picking 2013-01-01 did not show that day: ${String(error).split('\n')[0]}`));
}

const browser = await chromium.launch({
	executablePath: args.chromium ?? '/usr/bin/chromium',
	headless: true,
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
		'--disable-sync', '--no-first-run'],
});
const results = [];
try {
	const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
	const withScript = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	// Nothing leaves the machine: a request to another host is a failure (no CDN, no external fonts).
	const external = [];
	for (const context of [noScript, withScript]) {
		await context.route((u) => !u.href.startsWith(base), (route) => { external.push(route.request().url()); return route.abort(); });
	}
	for (const { name, path } of pages) {
		for (const lang of languages) {
			const failures = [];
			let source = '';
			const violations = [];
			try {
				const page = await noScript.newPage();
				const response = await page.goto(url(path, lang), { waitUntil: 'load' });
				expect(failures, response?.status() === 200, `status ${response?.status()}`);
				const html = page.locator('html');
				expect(failures, (await html.getAttribute('lang'))?.startsWith(lang), `<html lang="${await html.getAttribute('lang')}">`);
				const dir = await html.getAttribute('dir');
				expect(failures, dir === (lang === 'ar' ? 'rtl' : 'ltr'), `<html dir="${dir}">`);
				expect(failures, (await page.locator('main h1').count()) === 1, 'no <h1> in <main>');
				const width = await page.evaluate(() => document.documentElement.scrollWidth);
				expect(failures, width <= 1280, `the page is ${width} px wide in a 1280 px window (it scrolls sideways)`);
				await checks[name](page, failures, lang);
				await page.screenshot({ path: `${out}/pages-${name}-${lang}.png`, fullPage: true });
				if (args.docs && ((name === 'home' && lang === 'ar') || (name === 'csto' && lang !== 'ar'))) {
					// The CSTO's page is long: the README shows it down to the membership timeline and its key.
					const figure = name === 'csto' ? await page.locator('#membership-timeline').locator('xpath=ancestor::figure').boundingBox() : null;
					const clip = figure ? { x: 0, y: 0, width: 1280, height: Math.ceil(figure.y + figure.height + 16) } : undefined;
					await page.screenshot({ path: `${args.docs}/pages-${name}-${lang}.png`, fullPage: true, clip });
				}
				source = await followSource(page, failures);
				await page.close();

				const live = await withScript.newPage();
				await live.goto(url(path, lang), { waitUntil: 'load' });
				await live.addScriptTag({ path: axePath });
				const axe = await live.evaluate(async (joined) => {
					if (joined) window.axe.configure({ rules: [JSON.parse(joined)] });
					const result = await window.axe.run(document, { resultTypes: ['violations'] });
					return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')), count: v.nodes.length }));
				}, lang === 'ar' ? JSON.stringify(joinedScriptContrast) : null);
				violations.push(...axe.filter((v) => v.impact === 'serious' || v.impact === 'critical'));
				if (name === 'csto') await checkEnhancements(live, failures);
				for (const v of violations) failures.push(`axe ${v.impact} ${v.id} (${v.count}×): ${v.help}; ${v.nodes.join(', ')}`);
				const minor = axe.filter((v) => !violations.includes(v));
				if (minor.length > 0) console.log(`note ${name}/${lang}: axe ${minor.map((v) => `${v.impact} ${v.id}`).join(', ')}`);
				await live.close();
			}
			catch (error) {
				failures.push(String(error).split('\n')[0]);
			}
			results.push({ page: name, lang, ok: failures.length === 0, source, failures, violations });
		}
	}
	if (external.length > 0) {
		results.push({ page: 'closed network', lang: '-', ok: false, failures: [`requests to other hosts: ${[...new Set(external)].slice(0, 5).join(', ')}`], violations: [] });
	}
}
finally {
	await browser.close();
}

if (args.report) writeFileSync(args.report, JSON.stringify({ results }, null, 2));
for (const r of results) {
	console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.page.padEnd(9)} ${r.lang}  source: ${r.source ?? ''}`);
	for (const f of r.failures) console.log(`       ${f}`);
}
const failed = results.filter((r) => !r.ok);
const serious = results.reduce((n, r) => n + r.violations.length, 0);
console.log(`pages: ${results.length - failed.length} of ${results.length} pages pass; ${serious} serious or critical axe violations; ${failed.length} failures`);
process.exit(failed.length === 0 && results.length > 0 ? 0 : 1);
