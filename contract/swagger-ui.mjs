// Swagger UI as a person uses it, in Debian's Chromium driven by playwright-core: for every GET operation, Try it out
// → Execute with the values Swagger UI pre-fills, and the status it shows; all must be 2xx. Then Authorize with HTTP
// Basic (the editor account) and one write with the pre-filled body (POST /api/v1/sources), which must be 2xx, with
// no native browser sign-in dialog on the way. Screenshots go to the output directory.
//
// Usage: node contract/swagger-ui.mjs --base URL --user NAME --password PASSWORD [--out target/contract]
//        [--chromium /usr/bin/chromium] [--report FILE]
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const args = Object.fromEntries(
	process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
);
const base = args.base.replace(/\/$/, '');
const out = args.out ?? 'target/contract';
const write = { method: 'post', path: '/api/v1/sources' };
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
	executablePath: args.chromium ?? '/usr/bin/chromium',
	headless: true,
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
		'--disable-sync', '--no-first-run'],
});
const results = [];
let dialogs = 0;
let status = 0;
try {
	const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
	const page = await context.newPage();
	page.on('dialog', async (dialog) => { dialogs++; await dialog.dismiss(); });
	// Swagger UI's own errors while preparing a request (e.g. an array parameter whose example is not an array).
	let pageErrors = [];
	page.on('console', (message) => { if (message.type() === 'error') pageErrors.push(message.text().split('\n')[0]); });
	page.on('pageerror', (error) => pageErrors.push(String(error).split('\n')[0]));
	// A 401 with WWW-Authenticate: Basic to a page's fetch makes Chromium ask for credentials; Playwright reports it
	// as an authentication request only through the context's httpCredentials, so the header is recorded instead.
	const challenges = [];
	page.on('response', (response) => {
		const header = response.headers()['www-authenticate'];
		if (response.status() === 401 && header && /^basic/i.test(header)) challenges.push(`${response.request().method()} ${response.url()}`);
	});

	await page.goto(`${base}/swagger-ui.html`, { waitUntil: 'networkidle' });
	await page.waitForSelector('.opblock', { timeout: 30000 });
	const summaries = page.locator('.opblock.opblock-get');
	const count = await summaries.count();

	async function execute(block) {
		await block.locator('.opblock-summary').first().click();
		await block.locator('button.try-out__btn').click();
		const pending = page.waitForResponse((r) => r.request().resourceType() === 'fetch' && !r.url().includes('/v3/api-docs'), { timeout: 10000 }).catch(() => undefined);
		pageErrors = [];
		await block.locator('button.execute').click();
		// Either a response is shown, or Swagger UI refuses to send the pre-filled values (its own validation).
		const cell = block.locator('.live-responses-table tbody tr.response .response-col_status').first();
		const refused = block.locator('.validation-errors, input.invalid, select.invalid, textarea.invalid').first();
		try {
			await cell.or(refused).waitFor({ timeout: 10000 });
		}
		catch (error) {
			throw new Error(pageErrors.length > 0 ? `Swagger UI sent nothing: ${[...new Set(pageErrors)].join('; ')}` : String(error).split('\n')[0]);
		}
		if (!(await cell.isVisible())) {
			const names = await block.locator('tr:has(.invalid) .parameter__name').allInnerTexts();
			const errors = await block.locator('.validation-errors').allInnerTexts();
			return { shown: 'refused', url: '', body: `Swagger UI refuses the pre-filled values: ${[...names, ...errors].join(', ').replace(/\s+/g, ' ')}` };
		}
		const response = await pending;
		const shown = (await cell.innerText()).trim().split(/\s+/)[0];
		const url = response ? response.url().replace(base, '') : '';
		const problem = block.locator('.live-responses-table tbody tr.response .response-col_description pre').first();
		const body = (await problem.count()) > 0 ? (await problem.innerText()).slice(0, 300) : '';
		return { shown, url, body };
	}

	for (let i = 0; i < count; i++) {
		const block = summaries.nth(i);
		const label = `GET ${(await block.locator('.opblock-summary-path').first().innerText()).replace(/\u200b/g, '').trim()}`;
		try {
			const { shown, url, body } = await execute(block);
			const ok = /^2\d\d$/.test(shown);
			results.push({ operation: label, status: shown, ok, url, body: ok ? undefined : body });
		}
		catch (error) {
			results.push({ operation: label, status: 'none', ok: false, error: error.message ?? String(error) });
		}
		// Collapse again, so the page stays short and the next block's controls are in view.
		await block.locator('.opblock-summary').first().click().catch(() => {});
	}
	await page.screenshot({ path: `${out}/swagger-ui-reads.png`, fullPage: false });

	// Authorize (HTTP Basic) and one write with the pre-filled body.
	await page.locator('button.authorize').first().click();
	const modal = page.locator('.modal-ux');
	await modal.locator('input[type=text]').first().fill(args.user);
	await modal.locator('input[type=password]').first().fill(args.password);
	await modal.locator('button.authorize[type=submit], .auth-btn-wrapper button.authorize').first().click();
	await modal.locator('button.btn-done, .auth-btn-wrapper button.btn-done').first().click();
	const writeBlock = page.locator(`.opblock.opblock-${write.method}`).filter({ has: page.locator('.opblock-summary-path', { hasText: new RegExp(`^${write.path}$`) }) }).first();
	try {
		const { shown, url, body } = await execute(writeBlock);
		const ok = /^2\d\d$/.test(shown);
		results.push({ operation: `${write.method.toUpperCase()} ${write.path} (authorized)`, status: shown, ok, url, body: ok ? undefined : body, write: true });
	}
	catch (error) {
		results.push({ operation: `${write.method.toUpperCase()} ${write.path} (authorized)`, status: 'none', ok: false, error: String(error).split('\n')[0], write: true });
	}
	await writeBlock.screenshot({ path: `${out}/swagger-ui-write.png` }).catch(() => {});
	if (challenges.length > 0) {
		results.push({ operation: 'no native sign-in dialog', status: `${challenges.length} Basic challenges`, ok: false, error: challenges.slice(0, 3).join(', ') });
	}
}
finally {
	await browser.close();
}

const reads = results.filter((r) => r.operation.startsWith('GET '));
const failed = results.filter((r) => !r.ok);
if (args.report) writeFileSync(args.report, JSON.stringify({ results, dialogs }, null, 2));
for (const r of results) {
	console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.status.padEnd(4)} ${r.operation}${r.ok ? '' : `  ${r.url ?? ''} ${r.error ?? r.body ?? ''}`.replace(/\s+/g, ' ')}`);
}
const writeResult = results.find((r) => r.write);
console.log(`swagger-ui: ${reads.filter((r) => r.ok).length} of ${reads.length} Try-it-outs 2xx; authorized write ${writeResult?.status ?? 'not run'}; ${failed.length} failures`);
status = failed.length === 0 && reads.length > 0 ? 0 : 1;
process.exit(status);
