// The four reads of issue 14 as typed fetch calls on the types openapi-typescript makes from the served description
// (contract-proof.sh writes them to target/contract/ts/schema.d.ts). Checked by `tsc --strict --noEmit`: a response
// field, a parameter or a documented status missing from the description fails the compile. Run it with
// `node --experimental-strip-types` if you want the calls themselves; CI only compiles it.
import type { paths } from "../../target/contract/ts/schema";

type GetPath = { [P in keyof paths]: paths[P] extends { get: object } ? P : never }[keyof paths];
type Get<P extends GetPath> = paths[P]["get"];
type Params<P extends GetPath> = Get<P> extends { parameters: infer A } ? A : never;
type PathParams<P extends GetPath> = Params<P> extends { path: infer A } ? A : Record<string, never>;
type QueryParams<P extends GetPath> = Params<P> extends { query?: infer A } ? NonNullable<A> : Record<string, never>;
type Json<R> = R extends { content: { "application/json": infer B } } ? B : never;
type Problem<R> = R extends { content: { "application/problem+json": infer B } } ? B : never;
type Ok<P extends GetPath> = Get<P>["responses"] extends { 200: infer R } ? Json<R> : never;
// never when the description does not document a 404 problem for the operation: the uses below then fail to compile.
type NotFound<P extends GetPath> = Get<P>["responses"] extends { 404: infer R } ? Problem<R> : never;

export type Result<P extends GetPath> =
    | { status: 200; body: Ok<P> }
    | { status: 404; body: NotFound<P> };

export async function get<P extends GetPath>(
    base: string,
    path: P,
    params: { path?: PathParams<P>; query?: QueryParams<P>; language?: "en" | "ru" | "ar" },
): Promise<Result<P>> {
    let url = base + String(path);
    for (const [name, value] of Object.entries((params.path ?? {}) as Record<string, string | number>)) {
        url = url.replace(`{${name}}`, encodeURIComponent(String(value)));
    }
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries((params.query ?? {}) as Record<string, unknown>)) {
        if (value !== undefined) query.append(name, String(value));
    }
    const headers: Record<string, string> = { Accept: "application/json, application/problem+json" };
    if (params.language) headers["Accept-Language"] = params.language;
    const response = await fetch(query.size > 0 ? `${url}?${query}` : url, { headers });
    const body: unknown = await response.json();
    if (response.status === 200) return { status: 200, body: body as Ok<P> };
    if (response.status === 404) return { status: 404, body: body as NotFound<P> };
    throw new Error(`${path}: HTTP ${response.status}`);
}

export async function main(base: string): Promise<void> {
    const members = await get(base, "/api/v1/alliances/{code}/members", {
        path: { code: "csto" },
        query: { asOf: "2013-01-01" },
    });
    if (members.status !== 200) throw new Error("CSTO members: not found");
    const iso3: string[] = members.body.content.map((member) => member.iso3);
    const since: string = members.body.content[0].memberSince;

    const schedule = await get(base, "/api/v1/alliances/{code}/chairmanships", {
        path: { code: "csto" },
        query: { from: 2020, to: 2030, format: "json" },
    });
    if (schedule.status !== 200) throw new Error("CSTO schedule: not found");
    const years: number[] = schedule.body.content.map((term) => term.chairYear);
    // Nullable on the wire: the type must say so (string | null), not endDate?: string.
    const ends: (string | null)[] = schedule.body.content.map((term) => term.endDate);

    const armenia = await get(base, "/api/v1/states/{code}", { path: { code: "arm" }, language: "ar" });
    if (armenia.status !== 200) throw new Error("state ARM: not found");
    const name: string = armenia.body.name;

    const unknown = await get(base, "/api/v1/alliances/{code}", { path: { code: "unknown" } });
    if (unknown.status !== 404) throw new Error("unknown alliance: answered 200");
    const type: string = unknown.body.type;
    const status: number = unknown.body.status;
    // Problems the registry writes carry it; those the servlet container writes may not.
    const correlationId: string | undefined = unknown.body.correlationId;

    console.log({ iso3, since, years, ends, name, type, status, correlationId });
}
