// Property-based run over every GET of the served description, through Prism's validation proxy
// (`prism proxy --errors`), with fast-check on a fixed seed: realistic and edge values for every parameter, and
// Accept / Accept-Language headers. Counts what Prism reports about the service's responses (the `sl-violations`
// header, or a Prism error in place of the response) and every 5xx; exits 1 unless both are 0.
//
// Usage: node contract/prism-fuzz.mjs --description FILE --proxy URL --service URL [--requests 2000] [--seed 14]
//        [--report FILE]
// A request Prism refuses as invalid by the description (a 422 of its own, e.g. asOf=2013-02-30) never reaches the
// service through the proxy; it is then sent to the service directly, which must answer it 4xx (a 2xx there means
// the service accepts what the description forbids; reported, not counted).
import { readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';

const args = Object.fromEntries(
	process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
);
const description = JSON.parse(readFileSync(args.description, 'utf8'));
const proxy = args.proxy.replace(/\/$/, '');
const service = args.service.replace(/\/$/, '');
const requests = Number(args.requests ?? 2000);
const seed = Number(args.seed ?? 14);
const concurrency = 4;

const PRISM_ERROR = 'https://stoplight.io/prism/errors#';

// Values for parameters by name, realistic first, then edges; a schema's own enum, bounds and example are added.
const alliances = ['csto', 'nato', 'warsaw-pact', 'unknown', 'CSTO', 'Nato', 'csto ', '%20', 'a'.repeat(300)];
const states = ['AM', 'arm', 'ARM', 'am', 'ZZ', 'zzz', 'UZ', 'uzb', 'RU', 'SU', 'SUN', 'DD', 'DDR', 'CS', 'CSK', '365', '', 'A'];
const datasets = ['atop-4.01', 'cow-4.1', 'unknown', 'ATOP-4.01'];
const dates = ['1900-01-01', '1948-12-31', '1949-04-04', '1955-05-14', '1991-07-01', '1992-05-15', '1999-04-02',
	'1999-04-20', '2012-12-19', '2013-01-01', '2024-02-22', '2025-01-01', '2026-12-01', '2100-12-31', '0001-01-01',
	'9999-12-31', '2013-02-30', '2013-13-01', '20130101', 'yesterday', ''];
const sorts = ['startDate,asc', 'startDate,desc', 'name', 'name,desc', 'code', 'code,asc', 'iso3', 'iso2,desc',
	'memberSince', 'memberSince,DESC', 'effectiveDate', 'signedOn', 'chairYear', 'number', 'title', 'id,asc', 'bogus',
	'name,sideways', ',asc', 'name;drop', ''];
const accepts = ['application/json', 'application/problem+json', '*/*', 'application/*', 'text/csv', 'text/calendar',
	'application/yaml', 'application/xml', 'text/html', 'text/plain', 'application/json;q=0.5, text/csv',
	'image/png'];
const languages = ['en', 'ru', 'ar', 'ar-EG', 'ru-RU', 'en-GB', 'de', 'zh-Hant', '*', 'ru;q=0.9, en;q=0.8',
	'ar, ru;q=0.5', 'xx-invalid-', ''];

function resolve(schema) {
	while (schema && schema.$ref) {
		schema = schema.$ref.replace(/^#\//, '').split('/').reduce((node, key) => node[key], description);
	}
	return schema ?? {};
}

function typeOf(schema) {
	const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
	return type ?? 'string';
}

function integers(schema, example) {
	const min = schema.minimum ?? 0;
	const max = schema.maximum ?? 100000;
	const edges = [min, min - 1, max, max + 1, 0, -1, 2147483648, 'x', '1.5', ''];
	if (example !== undefined) edges.push(example);
	return fc.oneof(
		{ weight: 3, arbitrary: fc.integer({ min, max: Math.min(max, min + 60) }) },
		{ weight: 1, arbitrary: fc.integer({ min, max }) },
		{ weight: 2, arbitrary: fc.constantFrom(...edges) },
	);
}

function valuesFor(parameter, path) {
	const schema = resolve(parameter.schema);
	const example = parameter.example ?? schema.example;
	const name = parameter.name;
	// Values read in any case are documented by a pattern, their spelling under x-case-insensitive-enum.
	const values = schema.enum ?? schema['x-case-insensitive-enum'];
	if (values) {
		return fc.constantFrom(...values, ...values.map((v) => String(v).toLowerCase()), 'bogus');
	}
	if (typeOf(schema) === 'array') {
		const items = resolve(schema.items);
		const options = items.enum ?? items['x-case-insensitive-enum'] ?? [String(example ?? 'x')];
		return fc.oneof(
			fc.subarray(options, { minLength: 1 }).map((values) => values.join(',')),
			fc.constantFrom('bogus', options[0].toLowerCase(), ''),
		);
	}
	if (name === 'code' && path.startsWith('/api/v1/states')) return fc.constantFrom(...states);
	if (name === 'code' && path.startsWith('/api/v1/sources')) return fc.constantFrom(String(example ?? 'R12'), 'R1', 'R999', 'CLDR-JDK', 'r12');
	if (name === 'code') return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...alliances.slice(0, 4)) }, { weight: 1, arbitrary: fc.constantFrom(...alliances) });
	if (name === 'state') return fc.constantFrom(...states, String(example ?? 'UZ'));
	if (name === 'id' && path.startsWith('/api/v1/datasets')) return fc.constantFrom(...datasets);
	if (name === 'sort') return fc.constantFrom(...sorts);
	if (schema.format === 'date') {
		return fc.oneof(
			{ weight: 2, arbitrary: fc.constantFrom(...dates) },
			{ weight: 1, arbitrary: fc.date({ min: new Date('1850-01-01'), max: new Date('2250-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
		);
	}
	if (typeOf(schema) === 'integer') return integers(schema, example);
	if (name === 'since') return fc.constantFrom('0', '1', '42', String(example ?? '42'), '-1', 'x', '99999999999999999999', '');
	return fc.constantFrom(...[example, 'x', ''].filter((v) => v !== undefined).map(String));
}

// One arbitrary per GET operation: its path and query parameters (each optional unless required) and headers.
function requestsFor(path, operation) {
	const parameters = (operation.parameters ?? []).map(resolve).filter((p) => p.in === 'path' || p.in === 'query');
	const record = {};
	for (const parameter of parameters) {
		const values = valuesFor(parameter, path);
		record[`${parameter.in}:${parameter.name}`] = parameter.in === 'path' ? values : fc.option(values, { nil: undefined, freq: 3 });
	}
	return fc.record({
		params: fc.record(record),
		accept: fc.option(fc.constantFrom(...accepts), { nil: undefined, freq: 3 }),
		language: fc.option(fc.constantFrom(...languages), { nil: undefined, freq: 2 }),
	}).map(({ params, accept, language }) => {
		let url = path;
		const query = new URLSearchParams();
		for (const [key, value] of Object.entries(params)) {
			const [where, name] = key.split(':');
			if (where === 'path') url = url.replace(`{${name}}`, encodeURIComponent(String(value)));
			else if (value !== undefined) query.append(name, String(value));
		}
		const headers = {};
		if (accept !== undefined) headers.Accept = accept;
		if (language !== undefined) headers['Accept-Language'] = language;
		return { operation: `GET ${path}`, url: query.size > 0 ? `${url}?${query}` : url, headers };
	});
}

const operations = Object.entries(description.paths)
	.filter(([, item]) => item.get)
	.map(([path, item]) => ({ path, arbitrary: requestsFor(path, { ...item.get, parameters: [...(item.parameters ?? []), ...(item.get.parameters ?? [])] }) }));
const perOperation = Math.ceil(requests / operations.length);
const plan = operations.flatMap(({ arbitrary }, i) => fc.sample(arbitrary, { seed: seed + i, numRuns: perOperation }));

const stats = { sent: 0, byStatus: {}, violations: 0, violatingResponses: 0, serverErrors: 0, refused: 0, refusedButServed: 0, networkErrors: 0 };
const messages = new Map();
const examples = [];

function note(kind, request, status, detail) {
	const key = `${kind}: ${request.operation} → ${status}: ${detail}`;
	messages.set(key, (messages.get(key) ?? 0) + 1);
	if (examples.length < 40) examples.push({ kind, status, url: request.url, headers: request.headers, detail });
}

async function send(request) {
	let response;
	let body;
	try {
		response = await fetch(proxy + request.url, { headers: request.headers, redirect: 'manual' });
		body = await response.text();
	}
	catch (error) {
		stats.networkErrors++;
		note('network error', request, 0, String(error.cause ?? error));
		return;
	}
	stats.sent++;
	stats.byStatus[response.status] = (stats.byStatus[response.status] ?? 0) + 1;
	let problem;
	if ((response.headers.get('content-type') ?? '').includes('json')) {
		try { problem = JSON.parse(body); } catch { problem = undefined; }
	}
	const prismError = problem && typeof problem.type === 'string' && problem.type.startsWith(PRISM_ERROR) ? problem : undefined;
	if (prismError && response.status === 422 && prismError.type.endsWith('UNPROCESSABLE_ENTITY')) {
		// Invalid by the description: the service is asked directly and must refuse it too.
		stats.refused++;
		const direct = await fetch(service + request.url, { headers: request.headers, redirect: 'manual' });
		await direct.arrayBuffer();
		if (direct.status >= 500) {
			stats.serverErrors++;
			note('5xx', request, direct.status, `service answered ${direct.status} directly`);
		}
		else if (direct.status < 400) {
			stats.refusedButServed++;
			const why = (prismError.validation ?? []).map((v) => v.message).join('; ');
			note('served what the description forbids', request, direct.status, why);
		}
		return;
	}
	if (prismError) {
		stats.violations++;
		stats.violatingResponses++;
		note('violation', request, response.status, `${prismError.title}: ${(prismError.validation ?? []).map((v) => `${v.location?.join('.')} ${v.message}`).join('; ') || prismError.detail}`);
		return;
	}
	if (response.status >= 500) {
		stats.serverErrors++;
		note('5xx', request, response.status, problem?.type ?? body.slice(0, 120));
	}
	const header = response.headers.get('sl-violations');
	if (header) {
		let violations;
		try { violations = JSON.parse(header); } catch { violations = [{ message: header, location: [] }]; }
		stats.violations += violations.length;
		stats.violatingResponses++;
		for (const v of violations) {
			note('violation', request, response.status, `${(v.location ?? []).join('.')} ${v.message}`.replace(/\d+/g, (n) => (n.length > 3 ? 'N' : n)));
		}
	}
}

const started = Date.now();
let next = 0;
await Promise.all(Array.from({ length: concurrency }, async () => {
	while (next < plan.length) {
		await send(plan[next++]);
	}
}));
const seconds = ((Date.now() - started) / 1000).toFixed(1);

const top = [...messages.entries()].sort((a, b) => b[1] - a[1]);
const report = { seed, operations: operations.length, planned: plan.length, seconds, ...stats, top: top.map(([m, n]) => `${n}× ${m}`), examples };
if (args.report) writeFileSync(args.report, JSON.stringify(report, null, 2));
console.log(`prism-fuzz: seed ${seed}, ${operations.length} GET operations, ${stats.sent} requests through Prism in ${seconds} s; statuses ${JSON.stringify(stats.byStatus)}`);
console.log(`prism-fuzz: ${stats.violations} violations in ${stats.violatingResponses} responses, ${stats.serverErrors} 5xx, ${stats.networkErrors} network errors; ${stats.refused} requests refused by Prism as invalid, of which the service served ${stats.refusedButServed} (2xx/3xx) directly`);
for (const [message, count] of top.slice(0, 25)) console.log(`  ${String(count).padStart(5)}× ${message}`);
if (top.length > 25) console.log(`  … ${top.length - 25} more kinds (see the report)`);
process.exit(stats.violations === 0 && stats.serverErrors === 0 && stats.networkErrors === 0 && stats.sent >= requests ? 0 : 1);
