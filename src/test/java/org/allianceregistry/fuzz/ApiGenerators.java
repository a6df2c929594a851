package org.allianceregistry.fuzz;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allianceregistry.fuzz.Records.Kind;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of requests drawn from the registry's API: its path templates
 * filled with real codes and ids and with edge values, its query parameters, the request
 * bodies its write operations take (mutated field by field and as text), and the headers,
 * methods and credentials a client may send, well-formed or not. A generated {@link Plan}
 * fixes the method, the route and the credentials; the rest is resolved against the
 * records the registry holds when the request is sent, so that a path or an
 * {@code If-Match} can name a record created a moment before.
 */
final class ApiGenerators {

    /**
     * Who a request claims to be. Only {@link #EDITOR} may write; the last four are
     * checked by bcrypt (slow).
     */
    enum Credentials {

        NONE, BEARER, BASIC_GARBAGE, BASIC_NO_COLON, BASIC_EMPTY, SCHEME_ONLY, DIGEST, EDITOR_WRONG_PASSWORD,
        UNKNOWN_USER, READER, EDITOR

    }

    /**
     * The request bodies of the write operations (records of the API), and a JSON merge
     * patch of the target.
     */
    enum Body {

        NONE, CREATE_ALLIANCE, UPDATE_ALLIANCE, ADMIT, UPDATE_MEMBERSHIP, RECORD_WITHDRAWAL, UPDATE_WITHDRAWAL,
        ASSIGN_CHAIR, RECORD_EVENT, RECORD_PROTOCOL, REGISTER_STATE, UPDATE_STATE, NEW_SOURCE, PATCH

    }

    /**
     * An endpoint: its path template, query parameters ({@code name:type}), sort
     * properties and write operations.
     */
    record Route(String template, List<String> params, List<String> sorts, Map<String, Body> writes) {

        /**
         * The kind of record the last path variable names ({@code If-Match} and merge
         * patches are about it).
         */
        Kind target() {
            Matcher variable = Pattern.compile("\\{(\\w+)}(?!.*\\{)").matcher(template);
            if (!variable.find()) {
                return null;
            }
            return switch (variable.group(1)) {
                case "alliance" -> Kind.ALLIANCE;
                case "state" -> Kind.STATE;
                case "source" -> Kind.SOURCE;
                case "membership" -> Kind.MEMBERSHIP;
                case "withdrawal" -> Kind.WITHDRAWAL;
                case "chairmanship" -> Kind.CHAIRMANSHIP;
                case "event" -> Kind.EVENT;
                case "protocol" -> Kind.PROTOCOL;
                default -> null;
            };
        }
    }

    /**
     * What the resolution of a plan may use: the records, the server's port and a way to
     * read a current ETag.
     */
    record Context(Records records, int port, String requestId, String editor, String editorPassword, String reader,
            String readerPassword, Function<String, String> currentEtag) {
    }

    /**
     * A generated request: method, route and credentials are fixed, the rest is resolved
     * when it is sent.
     */
    record Plan(String method, String template, Credentials credentials, Function<Context, RawHttp.Request> resolver) {

        boolean write() {
            return !(method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS"));
        }

        RawHttp.Request resolve(Context context) {
            return resolver.apply(context);
        }
    }

    private static final List<String> PAGING = List.of("page", "size", "sort");

    private static final List<String> READ_METHODS = List.of("GET", "GET", "GET", "GET", "GET", "GET", "HEAD",
            "OPTIONS");

    private static final List<String> STANDARD_METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE",
            "OPTIONS");

    private static final List<String> ODD_METHODS = List.of("PROPFIND", "TRACE", "get", "BREW", "CONNECT", "MKCOL",
            "M-SEARCH", "QUERY", "LINK", "Post", "PATCH2", "X".repeat(300), "DELETE;", "G\u00c9T");

    static final List<Route> ROUTES = List.of(route("/api/v1", List.of(), List.of(), Map.of()),
            route("/api/v1/alliances", PAGING, List.of("code", "treatySignedOn", "name"),
                    Map.of("POST", Body.CREATE_ALLIANCE)),
            route("/api/v1/alliances/{alliance}", List.of(), List.of(),
                    Map.of("PUT", Body.UPDATE_ALLIANCE, "PATCH", Body.PATCH, "DELETE", Body.NONE)),
            route("/api/v1/alliances/{alliance}/members", List.of("asOf:date", "asOf:date", "page", "size", "sort"),
                    List.of("name", "iso2", "iso3", "memberSince"), Map.of()),
            route("/api/v1/alliances/{alliance}/memberships", List.of("state:filter", "page", "size", "sort"),
                    List.of("startDate", "endDate", "name", "iso3"), Map.of("POST", Body.ADMIT)),
            route("/api/v1/alliances/{alliance}/withdrawals", List.of("kind:withdrawal", "page", "size", "sort"),
                    List.of("effectiveDate", "noticeDate", "kind", "name"), Map.of("POST", Body.RECORD_WITHDRAWAL)),
            route("/api/v1/alliances/{alliance}/chairmanships",
                    List.of("from:year", "to:year", "frozenPolicy", "format", "page", "size"), List.of(),
                    Map.of("POST", Body.ASSIGN_CHAIR)),
            route("/api/v1/alliances/{alliance}/chairmanships/current", List.of("frozenPolicy", "format"), List.of(),
                    Map.of()),
            route("/api/v1/alliances/{alliance}/chairmanships/rotation", List.of(), List.of(), Map.of()),
            route("/api/v1/alliances/{alliance}/protocols",
                    List.of("kind:protocol", "signedFrom:date", "signedTo:date", "place", "page", "size", "sort"),
                    List.of("signedOn", "inForceOn", "kind", "title"), Map.of("POST", Body.RECORD_PROTOCOL)),
            route("/api/v1/alliances/{alliance}/events",
                    List.of("kind:event", "from:date", "to:date", "state:filter", "includeUndated:flag", "page", "size",
                            "sort"),
                    List.of("startDate", "kind", "title"), Map.of("POST", Body.RECORD_EVENT)),
            route("/api/v1/memberships/{membership}", List.of(), List.of(),
                    Map.of("PUT", Body.UPDATE_MEMBERSHIP, "PATCH", Body.PATCH, "DELETE", Body.NONE)),
            route("/api/v1/withdrawals/{withdrawal}", List.of(), List.of(),
                    Map.of("PUT", Body.UPDATE_WITHDRAWAL, "PATCH", Body.PATCH, "DELETE", Body.NONE)),
            route("/api/v1/chairmanships/{chairmanship}", List.of(), List.of(),
                    Map.of("PUT", Body.ASSIGN_CHAIR, "PATCH", Body.PATCH, "DELETE", Body.NONE)),
            route("/api/v1/events/{event}", List.of(), List.of(),
                    Map.of("PUT", Body.RECORD_EVENT, "PATCH", Body.PATCH, "DELETE", Body.NONE)),
            route("/api/v1/protocols/{protocol}", List.of(), List.of(),
                    Map.of("PUT", Body.RECORD_PROTOCOL, "PATCH", Body.PATCH, "DELETE", Body.NONE)),
            route("/api/v1/states", PAGING, List.of("iso2", "iso3", "isoNumeric", "name"),
                    Map.of("POST", Body.REGISTER_STATE)),
            route("/api/v1/states/{state}", List.of(), List.of(),
                    Map.of("PUT", Body.UPDATE_STATE, "PATCH", Body.PATCH, "DELETE", Body.NONE)),
            route("/api/v1/states/{state}/memberships", PAGING, List.of("startDate", "endDate", "name", "iso3"),
                    Map.of()),
            route("/api/v1/sources", PAGING, List.of("code", "title", "publisher"), Map.of("POST", Body.NEW_SOURCE)),
            route("/api/v1/sources/{source}", List.of(), List.of(),
                    Map.of("PUT", Body.NEW_SOURCE, "PATCH", Body.PATCH, "DELETE", Body.NONE)),
            route("/api/v1/changes", List.of("since", "size"), List.of(), Map.of()),
            route("/actuator", List.of(), List.of(), Map.of()),
            route("/actuator/health", List.of(), List.of(), Map.of()),
            route("/actuator/health/readiness", List.of(), List.of(), Map.of()),
            route("/actuator/health/liveness", List.of(), List.of(), Map.of()),
            route("/actuator/info", List.of(), List.of(), Map.of()),
            route("/actuator/prometheus", List.of(), List.of(), Map.of()),
            route("/actuator/env", List.of(), List.of(), Map.of()),
            route("/v3/api-docs", List.of(), List.of(), Map.of()),
            route("/v3/api-docs/swagger-config", List.of(), List.of(), Map.of()),
            route("/swagger-ui.html", List.of(), List.of(), Map.of()),
            route("/swagger-ui/index.html", List.of(), List.of(), Map.of()),
            route("/error", List.of(), List.of(), Map.of()), route("/{unknown}", List.of(), List.of(), Map.of()),
            route("/api/v1/{unknown}", List.of(), List.of(), Map.of()),
            route("/api/v1/alliances/{alliance}/{unknown}", List.of(), List.of(), Map.of()));

    static final List<Route> WRITE_ROUTES = ROUTES.stream().filter(route -> !route.writes().isEmpty()).toList();

    private static final Gen<Route> ANY_ROUTE = anyRoute();

    /**
     * Any route, the API's more often than the rest: the OpenAPI description and Swagger
     * UI cost the server up to a hundred times what an API read does, so they come a
     * quarter as often.
     */
    private static Gen<Route> anyRoute() {
        List<Pair<Integer, Gen<Route>>> weighted = new ArrayList<>();
        for (Route route : ROUTES) {
            String path = route.template();
            int weight = path.startsWith("/v3/") || path.startsWith("/swagger-ui") ? 1
                    : path.startsWith("/api/v1/") ? 4 : 2;
            weighted.add(Pair.of(weight, constant(route)));
        }
        return Generate.frequency(weighted);
    }

    private ApiGenerators() {
    }

    private static Route route(String template, List<String> params, List<String> sorts, Map<String, Body> writes) {
        return new Route(template, params, sorts, writes);
    }

    // ---- phases
    // ----------------------------------------------------------------------------------------------------

    /**
     * Phase 1: every route and method, with no, malformed, wrong or reader credentials
     * (never the editor's).
     */
    static Gen<Plan> unauthenticated() {
        Gen<Credentials> credentials = weighted(70, constant(Credentials.NONE), 4, constant(Credentials.BEARER), 4,
                constant(Credentials.BASIC_GARBAGE), 3, constant(Credentials.BASIC_NO_COLON), 2,
                constant(Credentials.BASIC_EMPTY), 2, constant(Credentials.SCHEME_ONLY), 2,
                constant(Credentials.DIGEST), 1, constant(Credentials.EDITOR_WRONG_PASSWORD), 1,
                constant(Credentials.UNKNOWN_USER), 1, constant(Credentials.READER));
        return in -> {
            Route route = ANY_ROUTE.generate(in);
            String method = phaseOneMethod(route).generate(in);
            return plan(route, method, credentials.generate(in), 2, in);
        };
    }

    /**
     * Phase 2: the write operations with the editor's credentials, mostly well-formed
     * bodies mutated field by field.
     */
    static Gen<Plan> editorWrites() {
        return in -> {
            Route route = pick(WRITE_ROUTES).generate(in);
            List<String> natural = new ArrayList<>(route.writes().keySet());
            natural.sort(null);
            String method = ApiGenerators
                .<String>weighted(95, pick(natural), 3, pick(STANDARD_METHODS), 2, pick(ODD_METHODS))
                .generate(in);
            return plan(route, method, Credentials.EDITOR, 0, in);
        };
    }

    /**
     * Phase 2's companion reads, sent with the editor's credentials alongside each write.
     */
    static Gen<Plan> editorReads() {
        return in -> {
            Route route = ANY_ROUTE.generate(in);
            return plan(route, pick(READ_METHODS).generate(in), Credentials.EDITOR, 1, in);
        };
    }

    private static Gen<String> phaseOneMethod(Route route) {
        List<String> natural = new ArrayList<>(route.writes().keySet());
        natural.sort(null);
        Gen<String> writes = natural.isEmpty() ? pick(STANDARD_METHODS) : pick(natural);
        return weighted(55, pick(READ_METHODS), 35, writes, 7, pick(STANDARD_METHODS), 3, pick(ODD_METHODS));
    }

    /**
     * One request on {@code route}. {@code noise} is how much header fuzz it gets: 0 for
     * editor writes (mostly clean headers, so that writes get through to the service), 2
     * for phase 1.
     */
    private static Plan plan(Route route, String method, Credentials credentials, int noise, RandomnessSource in) {
        Map<String, Gen<String>> segments = new LinkedHashMap<>();
        Matcher variables = Pattern.compile("\\{(\\w+)}").matcher(route.template());
        List<String> names = new ArrayList<>();
        List<Function<Context, String>> values = new ArrayList<>();
        while (variables.find()) {
            names.add(variables.group(1));
            values.add(segment(variables.group(1)).generate(in));
        }
        int mutated = noise == 0 ? 3 : 9;
        Function<String, String> pathMutation = ApiGenerators
            .<Function<String, String>>weighted(100 - mutated, constant(Function.<String>identity()), mutated,
                    pathMutations())
            .generate(in);
        String query = query(route, noise).generate(in);
        Body body = bodyFor(route, method).generate(in);
        BodyPlan bodyPlan = bodyPlan(body, noise).generate(in);
        IfMatch ifMatch = (route.target() != null
                && (method.equals("PUT") || method.equals("PATCH") || method.equals("DELETE")) ? ifMatch(noise)
                        : ApiGenerators.<IfMatch>weighted(92, constant(IfMatch.MISSING), 8, ifMatch(noise)))
            .generate(in);
        List<Function<Context, Map.Entry<String, String>>> extras = headers(noise).generate(in);
        String contentType = contentType(method, bodyPlan, noise).generate(in);
        String origin = ApiGenerators.<String>weighted(noise == 0 ? 96 : 90, constant("@none"), 10,
                pick(List.of("http://evil.example", "null", "", "https://registry.example.org", "http://127.0.0.1",
                        "file://", "http://evil.example, http://other.example", "http://[::1]",
                        "https://xn--80ak6aa92e.com")))
            .generate(in);
        boolean chunked = bodyPlan.body() != Body.NONE && Generate.range(0, 99).generate(in) < 5;
        int pick = Generate.range(0, 1 << 20).generate(in);
        return new Plan(method, route.template(), credentials, context -> {
            Map<String, String> resolved = new LinkedHashMap<>();
            String path = route.template();
            for (int i = 0; i < names.size(); i++) {
                String value = values.get(i).apply(context);
                resolved.put(names.get(i), value);
                path = path.replace("{" + names.get(i) + "}", value);
            }
            String target = pathMutation.apply(path) + query;
            if (target.startsWith("@absolute")) {
                target = "http://127.0.0.1:" + context.port() + target.substring("@absolute".length());
            }
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            headers.add(Map.entry("X-Request-Id", context.requestId()));
            String authorization = authorization(credentials, context, pick);
            if (authorization != null) {
                headers.add(Map.entry("Authorization", authorization));
            }
            Kind kind = route.target();
            String key = kind == null ? null : resolved.get(lastVariable(route.template()));
            headers.addAll(ifMatch.headers(context, kind, key, path));
            if (!contentType.equals("@none")) {
                headers.add(Map.entry("Content-Type", contentType));
            }
            if (!origin.equals("@none")) {
                headers.add(Map.entry("Origin", origin));
                if (method.equals("OPTIONS")) {
                    headers.add(Map.entry("Access-Control-Request-Method",
                            pick % 3 == 0 ? "POST" : pick % 3 == 1 ? "GET" : "DELETE"));
                    if (pick % 2 == 0) {
                        headers.add(Map.entry("Access-Control-Request-Headers", "authorization,content-type,if-match"));
                    }
                }
            }
            for (Function<Context, Map.Entry<String, String>> extra : extras) {
                Map.Entry<String, String> header = extra.apply(context);
                if (header.getKey().equalsIgnoreCase("X-Request-Id")) {
                    headers.set(0, header);
                }
                else {
                    headers.add(header);
                }
            }
            byte[] bytes = bodyPlan.bytes(context, resolved, route, pick);
            return new RawHttp.Request(method, target, headers, bytes, chunked && bytes.length > 0);
        });
    }

    private static String lastVariable(String template) {
        Matcher variable = Pattern.compile("\\{(\\w+)}(?!.*\\{)").matcher(template);
        return variable.find() ? variable.group(1) : null;
    }

    private static String authorization(Credentials credentials, Context context, int pick) {
        return switch (credentials) {
            case NONE -> null;
            case BEARER -> "Bearer eyJhbGciOiJub25lIn0.e30.";
            case BASIC_GARBAGE -> "Basic !!!not-base64!!!";
            case BASIC_NO_COLON -> "Basic " + base64(context.editor());
            case BASIC_EMPTY -> "Basic ";
            case SCHEME_ONLY -> "Basic";
            case DIGEST -> "Digest username=\"" + context.editor() + "\", realm=\"x\", nonce=\"1\", response=\"0\"";
            case EDITOR_WRONG_PASSWORD ->
                "Basic " + base64(context.editor() + ":" + context.editorPassword() + "-wrong" + (pick % 7));
            case UNKNOWN_USER ->
                "Basic " + base64((pick % 2 == 0 ? "mallory" : "editor\u00a0") + ":" + context.editorPassword());
            case READER -> "Basic " + base64((pick % 4 == 0 ? context.reader().toUpperCase() : context.reader()) + ":"
                    + context.readerPassword());
            case EDITOR -> "Basic " + base64(context.editor() + ":" + context.editorPassword());
        };
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    // ---- paths
    // -----------------------------------------------------------------------------------------------------

    private static final List<String> ALLIANCE_EDGES = List.of("CSTO", "Csto", "unknown-pact", "x", "csto-", "-csto",
            "a".repeat(300), "csto%20", "%20csto", "%63sto", "csto.json", "csto;v=1", "%2e%2e", "%2F", "%00", "%ZZ",
            "%", "%C3", "%C3%B1", "%E2%80%8B", "%C2%A0csto", "csto%0A", "0", "-1", "null", "*", "~", "csto%2Fmembers",
            "%252F", "warsaw_pact", "\u00e9", "csto%09");

    private static final List<String> STATE_EDGES = List.of("XX", "ZZZ", "A", "ABCD", "am%20", "12", "%C3%84M", "SU",
            "SUN", "su", "uzb%20", "UZ%00", "%ZZ", "%", "a".repeat(3000), "AM.json", "AM;x=y", "%C3", "\u00c4M",
            "%D9%A1%D9%A2", "a m", "AM%2F..", "AM%0D%0AX-Injected:%201");

    private static final List<String> ID_EDGES = List.of("0", "-1", "999999", "9223372036854775807",
            "9223372036854775808", "99999999999999999999", "1.5", "1e3", "0x10", "+1", "%201", "abc", "%00", "1;a",
            "01", "1%ZZ", "%", "%C3", "-9223372036854775808", "%D9%A1", "NaN", "Infinity", "1%2F2", "%EF%BC%91");

    private static final List<String> SOURCE_EDGES = List.of("r12", "R12%20", "UNKNOWN-SOURCE", "R%2012", "R4A", "r4a",
            "%ZZ", "%2E%2E", "x".repeat(500), "R12.json", "%E2%80%AE", "ED1", "%", "R12%00");

    private static final List<String> UNKNOWN_SEGMENTS = List.of("nothing", "v2", "admin", "alliances.json", "%ZZ", "%",
            "..%2F..%2Fetc%2Fpasswd", "index.html", "favicon.ico", ".env", "WEB-INF%2Fweb.xml", "actuator",
            "h2-console", "x".repeat(2000), "%C3", "\u00e9t\u00e9", "%00", "api-docs", "swagger-ui.html", "error",
            "graphql");

    private static Gen<Function<Context, String>> segment(String variable) {
        return switch (variable) {
            case "alliance" -> weighted(60, real(Kind.ALLIANCE, false), 15, constants("csto", "nato", "warsaw-pact"),
                    25, constants(ALLIANCE_EDGES));
            case "state" -> weighted(60, real(Kind.STATE, false), 10, real(Kind.STATE, true), 10,
                    constants("AM", "arm", "UZ", "uzb", "KZ", "ru", "RS", "SU"), 20, constants(STATE_EDGES));
            case "source" ->
                weighted(70, real(Kind.SOURCE, false), 10, constants("R12", "R1", "R4a"), 20, constants(SOURCE_EDGES));
            case "membership" -> weighted(75, real(Kind.MEMBERSHIP, false), 25, constants(ID_EDGES));
            case "withdrawal" -> weighted(75, real(Kind.WITHDRAWAL, false), 25, constants(ID_EDGES));
            case "chairmanship" -> weighted(75, real(Kind.CHAIRMANSHIP, false), 25, constants(ID_EDGES));
            case "event" -> weighted(75, real(Kind.EVENT, false), 25, constants(ID_EDGES));
            case "protocol" -> weighted(75, real(Kind.PROTOCOL, false), 25, constants(ID_EDGES));
            default -> constants(UNKNOWN_SEGMENTS);
        };
    }

    /** A real record's key; for states the alpha-2 or alpha-3 code in either case. */
    private static Gen<Function<Context, String>> real(Kind kind, boolean alias) {
        return Generate.range(0, 1 << 20).map(pick -> context -> {
            Records.Ref ref = context.records().pick(kind, pick);
            if (ref == null) {
                return "0";
            }
            String key = alias ? ref.alias() : ref.key();
            return kind == Kind.STATE && pick % 2 == 1 ? key.toLowerCase() : key;
        });
    }

    private static Gen<Function<String, String>> pathMutations() {
        return pick(List.<Function<String, String>>of(path -> path + "/", path -> "/" + path,
                path -> path.replaceFirst("/v1", "/./v1"), path -> path.replaceFirst("/v1", "/x/../v1"),
                path -> path + ";jsessionid=0123456789ABCDEF", path -> path.replaceFirst("/api", "/api;a=b"),
                path -> replaceLast(path, "/", "%2F"), path -> replaceLast(path, "/", "%5C"),
                path -> replaceLast(path, "/", "\\"), path -> path.toUpperCase(), path -> path + "/" + "a".repeat(9000),
                path -> path + "#fragment", path -> "@absolute" + path, path -> path + ".json",
                path -> path.replaceFirst("api", "%61pi"), path -> path.replaceFirst("/", "//"), path -> path + "%00",
                path -> path + "/..", path -> path + "%20", path -> path + "?", path -> "*"));
    }

    private static String replaceLast(String text, String what, String with) {
        int at = text.lastIndexOf(what);
        return at <= 0 ? text : text.substring(0, at) + with + text.substring(at + what.length());
    }

    // ---- query
    // -----------------------------------------------------------------------------------------------------

    private static final List<String> VALID_DATES = List.of("2013-01-01", "1999-04-20", "2024-02-22", "1992-05-15",
            "2026-12-01", "1800-01-01", "2200-12-31", "2012-12-19", "1994-04-20", "2006-06-23", "1968-09-13",
            "1991-07-01", "2022-01-06");

    private static final List<String> EDGE_DATES = List.of("-999999999-01-01", "+999999999-12-31", "0000-01-01",
            "9999-12-31", "2040.5", "1e309", "2025-02-30", "2025-13-01", "2025-1-1", "20250101", "2025-01-01T00:00:00Z",
            "", "%ZZ", "%", "%C3", "%00", "yesterday", "1799-12-31", "2201-01-01", "-0001-01-01", "+10000-01-01",
            "99999999999", "2024-02-29", "2023-02-29", "%20", "2013-01-01%20", "+2013-01-01",
            "%EF%BC%92%EF%BC%90%EF%BC%91%EF%BC%93-01-01", "2013-01-01,2014-01-01", "null", "-1", "2013-01-01%C2%A0",
            "1" + "0".repeat(400), "%2B999999999-12-31", "0001-01-01", "-999999999-12-31");

    /**
     * The ends of java.time's range (a {@code +} must be encoded in a query) and just
     * past them.
     */
    private static final List<String> EXTREME_DATES = List.of("-999999999-01-01", "-999999999-12-31",
            "%2B999999999-12-31", "%2B999999999-01-01", "-1000000000-01-01", "%2B1000000000-01-01", "0000-01-01");

    private static final List<String> YEARS = List.of("2020", "1800", "1799", "2200", "2201", "-2147483648",
            "2147483648", "99999999999", "2020.5", "1e3", "", "abc", "%ZZ", "0", "-1", "2024,2025", "1992", "2026",
            "2030", "2100", "%C3", "%D9%A2%D9%A0%D9%A2%D9%A0", "+2020", "0x7E4");

    private static final List<String> PAGES = List.of("0", "1", "2", "-1", "100000", "100001", "2147483647",
            "2147483648", "1.0", "", "x", "%ZZ", "1e2", "-0", "00", "\u0661");

    private static final List<String> SIZES = List.of("1", "10", "50", "250", "251", "0", "-5", "2147483648", "", "1.5",
            "%", "99999999999999999999", "%2B1");

    private static final List<String> SORT_SUFFIXES = List.of("", ",asc", ",desc", ",DESC", ",ASC", ",sideways", ",",
            ",asc,desc", ";desc", "%2Cdesc", ",%ZZ");

    private static final List<String> SORT_EDGES = List.of("id", "unknown", "nameEn", "memberState.nameEn", ",desc", "",
            "name,", "%ZZ", "1abc", "a".repeat(500), "name%00", "name desc", "version", "class");

    private static final List<String> STATE_FILTERS = List.of("UZ", "uzb", "AM", "arm", "XX", "", "%ZZ", "A", "ABCD",
            "%C3", "RU,KZ", "%00", "u z");

    private static final List<String> FLAGS = List.of("true", "false", "TRUE", "", "yes", "%ZZ");

    private static final List<String> PLACES = List.of("Moscow", "dushanbe", "", "%20", "%ZZ", "%C3%A9", "x%00");

    private static final List<String> POLICIES = List.of("KEEP", "SKIP", "keep", "", "X", "%ZZ", "KEEP,SKIP");

    private static final List<String> FORMATS = List.of("json", "csv", "ics", "JSON", "xml", "", "csv,ics", "%ZZ",
            "pdf", "ics%00");

    private static final List<String> SINCES = List.of("0", "-1", "1", "42", "2027-06-01T00:00:00Z", "2027-06-01",
            "2026-11-29", "9223372036854775807", "9223372036854775808", "1e3", "", "2027-13-01",
            "-999999999-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "x", "%ZZ", "2027-06-01T00:00:00%2B05:00",
            "2027-06-01T00:00:00", "0000-01-01", "-999999999-01-01", "+999999999-12-31", "1.5");

    private static final List<String> UNKNOWN_PARAMS = List.of("foo=bar", "asof=2020-01-01", "debug=true",
            "_method=DELETE", "callback=x", "format=xml", "lang=ru", "fields=id", "q=%ZZ", "%ZZ=1", "=", "&&", "a[]=1",
            "page[size]=1", "sort=name&sort=iso2", "\u00e9=1", "x=" + "y".repeat(5000), "x=%00", "size=10&size=20",
            "asOf=2013-01-01&asOf=2014-01-01", "x=%", "x=%C3", "x=a+b", "x=a%20b", "x=%7B%7D", "x={}", "x=\"", "x=|",
            "x=<a>", "page=%ZZ", "x");

    private static Gen<String> query(Route route, int noise) {
        List<Gen<String>> known = new ArrayList<>();
        for (String param : route.params()) {
            known.add(parameter(param, route.sorts()));
        }
        Gen<String> unknown = pick(UNKNOWN_PARAMS);
        Gen<String> part = known.isEmpty() ? unknown : weighted(85, oneOfGens(known), 15, unknown);
        Gen<List<String>> parts = in -> {
            int count = Generate.range(1, 3).generate(in);
            List<String> list = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                list.add(part.generate(in));
            }
            return list;
        };
        Gen<String> some = parts.map(list -> "?" + String.join("&", list));
        if (known.isEmpty()) {
            return weighted(noise == 0 ? 95 : 75, constant(""), noise == 0 ? 5 : 25, some);
        }
        return noise == 0 ? weighted(85, constant(""), 15, some) : weighted(35, constant(""), 65, some);
    }

    private static Gen<String> parameter(String spec, List<String> sorts) {
        String[] parts = spec.split(":");
        String name = parts[0];
        String type = parts.length > 1 ? parts[1] : name;
        Gen<String> value = switch (type) {
            case "date" -> weighted(45, pick(VALID_DATES), 30, pick(EXTREME_DATES), 25, pick(EDGE_DATES));
            case "year" -> pick(YEARS);
            case "page" -> pick(PAGES);
            case "size" -> pick(SIZES);
            case "sort" -> sorts.isEmpty() ? pick(SORT_EDGES)
                    : weighted(70, pick(sorts).zip(pick(SORT_SUFFIXES), String::concat), 30, pick(SORT_EDGES));
            case "filter" -> pick(STATE_FILTERS);
            case "withdrawal" ->
                kinds("WITHDRAWAL", "NON_RENEWAL", "SUSPENSION", "PARTICIPATION_FROZEN", "FINANCING_REFUSED");
            case "protocol" -> kinds("TREATY", "CHARTER", "PROTOCOL", "AGREEMENT", "MEMORANDUM", "DECISION",
                    "RESOLUTION", "DECLARATION", "STRATEGY");
            case "event" -> kinds("OPERATION", "EXERCISE", "SUMMIT", "DECISION", "STATEMENT", "FORCE", "FORCE_STRENGTH",
                    "APPOINTMENT", "OTHER", "DEPLOYMENT");
            case "frozenPolicy" -> pick(POLICIES);
            case "flag" -> pick(FLAGS);
            case "place" -> pick(PLACES);
            case "format" -> pick(FORMATS);
            case "since" -> pick(SINCES);
            default -> constant("x");
        };
        return value.map(v -> name + "=" + v);
    }

    /**
     * Comma-separated kinds, some lower-case, unknown or empty (a list with an empty
     * element: {@code ,SUSPENSION}).
     */
    private static Gen<String> kinds(String... values) {
        List<String> elements = new ArrayList<>(Arrays.asList(values));
        elements
            .addAll(List.of("", "", values[0].toLowerCase(), "UNKNOWN", "%20" + values[0], "%ZZ", values[0] + "%00"));
        Gen<String> element = pick(elements);
        return in -> {
            int count = Generate.range(1, 3).generate(in);
            List<String> chosen = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                chosen.add(element.generate(in));
            }
            return String.join(",", chosen);
        };
    }

    // ---- headers
    // ---------------------------------------------------------------------------------------------------

    private static final List<String> ACCEPTS = List.of("application/json", "application/problem+json", "*/*",
            "text/csv", "text/calendar", "text/html", "application/xml", "foo", "", "", "", "application/*",
            "text/*;q=0.5, application/json", "application/json;q=0", ";;", "*/*;q=abc",
            "application/json, text/csv;q=0.9", "*", "/", "application/", "text/plain", "image/png",
            "application/hal+json", "application/merge-patch+json", "application/openmetrics-text; version=1.0.0",
            "text/plain;version=0.0.4", "application/json;charset=utf-16",
            String.join(",", Collections.nCopies(300, "text/html")), "application/vnd.spring-boot.actuator.v3+json",
            "text/event-stream", "application/x-ndjson", "*/*;q=0");

    private static final List<String> LANGUAGES = List.of("en", "ru", "ar", "fr", "ru-RU,ru;q=0.9", "*", "",
            "xx-INVALID_TAG", "en;q=abc", "ar-EG", "zh-Hant-TW", String.join(", ", Collections.nCopies(200, "en")),
            ";;", "i-klingon", "x", "12", "ru;q=2", "en-US-x-private-a-b-c-d", "\u00e9", "ar, ru;q=0.5, *;q=0");

    private static final List<String> ENCODINGS = List.of("gzip", "gzip, deflate, br", "identity", "*", "br",
            "gzip;q=0", "identity;q=0", "", "GZIP", "x-gzip", "compress", "*;q=0", "gzip;q=abc", "deflate", "zstd",
            "gzip, gzip", ",,,");

    private static final List<String> DATES = List.of("Sat, 29 Nov 2026 00:00:00 GMT", "garbage", "",
            "Thu, 01 Jan 1970 00:00:00 GMT", "Fri, 31 Dec 9999 23:59:59 GMT", "-1", "0",
            "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994", "Mon, 32 Foo 2026 99:99:99 GMT",
            "Tue, 01 Dec 2026 10:00:00 GMT", "2026-12-01T00:00:00Z");

    private static final List<String> TAGS = List.of("\"0\"", "*", "W/\"0\"", "", "garbage", "\"0-abc\"",
            "\"1\", \"2\"", "\"" + "9".repeat(30) + "\"", "W/\"x\", *", "\"\u00e9\"", "\"0-gzip\"");

    private static Gen<List<Function<Context, Map.Entry<String, String>>>> headers(int noise) {
        Gen<Function<Context, Map.Entry<String, String>>> header = weighted(14, fixed("Accept", pick(ACCEPTS)), 10,
                fixed("Accept-Language", pick(LANGUAGES)), 8, fixed("Accept-Encoding", pick(ENCODINGS)), 5,
                fixed("If-None-Match", pick(TAGS)), 5, fixed("If-Modified-Since", pick(DATES)), 2,
                fixed("If-Unmodified-Since", pick(DATES)), 2, fixed("If-Range", pick(TAGS)), 3,
                fixed("Range",
                        pick(List.of("bytes=0-10", "bytes=garbage", "bytes=-1", "bytes=0-0,1-1,2-2", "items=0-9"))),
                3,
                fixed("Content-Type",
                        pick(List.of("*/*", "application/*", "text/plain", "foo", "", "application/json"))),
                // Ids the server does not take over (it answers a new one); a valid one
                // of the client's own is unique.
                2, fixed("X-Request-Id", pick(List.of("", "x".repeat(100), "a b", "\u00a0", "id-\u00e9", "'\"<>"))), 1,
                ApiGenerators.<Function<Context, Map.Entry<String, String>>>constant(
                        context -> Map.entry("X-Request-Id", "client." + context.requestId())),
                2, fixed("X-HTTP-Method-Override", pick(List.of("DELETE", "PUT", "PATCH"))), 2,
                fixed("X-Forwarded-For", pick(List.of("1.2.3.4", "garbage", "", "::1, 10.0.0.1"))), 2,
                fixed("Forwarded", pick(List.of("for=1.2.3.4;proto=https;host=evil.example", "garbage", ""))), 2,
                fixed("X-Forwarded-Host", pick(List.of("evil.example", "", "a:b:c"))), 1,
                fixed("X-Forwarded-Proto", pick(List.of("https", "gopher", ""))), 1,
                fixed("X-Forwarded-Prefix", pick(List.of("/evil", "%ZZ", ""))), 2,
                fixed("Cookie", pick(List.of("JSESSIONID=0123456789", "SESSION=x; a=b", "=", ""))), 1,
                fixed("Expect", pick(List.of("100-continue", "garbage"))), 2,
                fixed("Content-Encoding", pick(List.of("gzip", "br", "identity", "garbage"))), 1,
                fixed("Max-Forwards", pick(List.of("0", "-1", "x"))), 2,
                fixed("User-Agent", pick(List.of("", "Mozilla/5.0", "x".repeat(4000), "curl/8.0 \u00e9"))), 1,
                fixed("X Bad Name", constant("1")), 1, fixed("X-Long", constant("v".repeat(9000))), 1,
                fixed("X-Nbsp", constant("\u00a0value\u00a0")), 1,
                fixed("Authorization", pick(List.of("Basic ", "Negotiate abc", ""))), 1,
                fixed("Transfer-Encoding", pick(List.of("gzip", "identity"))), 1,
                fixed("Content-Length", pick(List.of("-1", "abc"))), 1,
                fixed("Host", pick(List.of("", "evil.example", "a b"))), 4,
                pick(List.of("Accept", "Accept-Language", "Accept-Encoding", "Content-Type", "If-None-Match",
                        "If-Modified-Since", "If-Match", "Origin", "Authorization", "X-Request-Id", "Cookie",
                        "Range")).<Function<Context, Map.Entry<String, String>>>map(
                                name -> context -> Map.entry(name, "")));
        // Mostly one odd header or none: a request with many faults at once shows only
        // the first one the server trips on.
        Gen<Integer> count = noise == 0 ? weighted(80, constant(0), 20, constant(1))
                : noise == 1 ? weighted(50, constant(0), 40, constant(1), 10, constant(2))
                        : weighted(40, constant(0), 40, constant(1), 12, constant(2), 8, Generate.range(3, 4));
        return in -> {
            int n = count.generate(in);
            List<Function<Context, Map.Entry<String, String>>> list = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                list.add(header.generate(in));
            }
            return list;
        };
    }

    private static Gen<Function<Context, Map.Entry<String, String>>> fixed(String name, Gen<String> values) {
        return values.map(value -> context -> Map.entry(name, value));
    }

    private static Gen<String> contentType(String method, BodyPlan body, int noise) {
        boolean hasBody = body.body() != Body.NONE || body.mutation() != Mutation.NONE;
        String natural = method.equals("PATCH") ? "application/merge-patch+json" : "application/json";
        Gen<String> odd = pick(List.of("*/*", "application/*", "text/plain", "foo", "",
                "application/json; charset=UTF-8", "application/json; charset=latin1",
                "application/json; charset=unknown-charset", "application/x-www-form-urlencoded", "multipart/form-data",
                "multipart/form-data; boundary=x", "application/xml", "application/problem+json", "application/json;;",
                "text/json", "APPLICATION/JSON", "application/merge-patch+json", "application/json",
                "application/json-patch+json", "application/json; charset=\"utf-8\"", "/"));
        if (!hasBody) {
            return weighted(noise == 0 ? 95 : 93, constant("@none"), 7, odd);
        }
        return weighted(noise == 0 ? 90 : 70, constant(natural), noise == 0 ? 10 : 25, odd, 5, constant("@none"));
    }

    // ---- If-Match
    // --------------------------------------------------------------------------------------------------

    /** How a request answers the registry's optimistic locking. */
    enum IfMatch {

        MISSING, CURRENT, CURRENT_GET, CURRENT_GZIP, STALE, STAR, WEAK, LIST, GARBAGE, EMPTY, HUGE, NEGATIVE, UNQUOTED,
        TWICE;

        List<Map.Entry<String, String>> headers(Context context, Kind kind, String key, String path) {
            Long known = kind == null || key == null ? null : context.records().version(kind, key);
            String current = "\"" + (known == null ? 0 : known) + "\"";
            return switch (this) {
                case MISSING -> List.of();
                case CURRENT -> List.of(Map.entry("If-Match", current));
                case CURRENT_GET, CURRENT_GZIP -> {
                    String etag = context.currentEtag().apply((this == CURRENT_GZIP ? "gzip " : "") + path);
                    yield List.of(Map.entry("If-Match", etag == null ? current : etag));
                }
                case STALE -> List.of(Map.entry("If-Match", "\"" + ((known == null ? 0 : known) + 7) + "\""));
                case STAR -> List.of(Map.entry("If-Match", "*"));
                case WEAK -> List.of(Map.entry("If-Match", "W/" + current));
                case LIST -> List.of(Map.entry("If-Match", current + ", \"999\""));
                case GARBAGE -> List.of(Map.entry("If-Match", "garbage"));
                case EMPTY -> List.of(Map.entry("If-Match", ""));
                case HUGE -> List.of(Map.entry("If-Match", "\"" + "9".repeat(25) + "\""));
                case NEGATIVE -> List.of(Map.entry("If-Match", "\"-1\""));
                case UNQUOTED -> List.of(Map.entry("If-Match", current.replace("\"", "")));
                case TWICE -> List.of(Map.entry("If-Match", current), Map.entry("If-Match", current));
            };
        }

    }

    private static Gen<IfMatch> ifMatch(int noise) {
        Gen<IfMatch> odd = pick(List.of(IfMatch.STALE, IfMatch.STAR, IfMatch.WEAK, IfMatch.LIST, IfMatch.GARBAGE,
                IfMatch.EMPTY, IfMatch.HUGE, IfMatch.NEGATIVE, IfMatch.UNQUOTED, IfMatch.TWICE));
        return noise == 0
                ? weighted(50, constant(IfMatch.CURRENT), 12, constant(IfMatch.CURRENT_GET), 5,
                        constant(IfMatch.CURRENT_GZIP), 8, constant(IfMatch.MISSING), 25, odd)
                : weighted(50, constant(IfMatch.CURRENT), 15, constant(IfMatch.MISSING), 35, odd);
    }

    // ---- bodies
    // ----------------------------------------------------------------------------------------------------

    /**
     * A change to a well-formed body: to one field ({@code field} picks it), or to the
     * text as a whole.
     */
    enum Mutation {

        NONE, DROP_FIELD, NULL_FIELD, EDGE_VALUE, UNKNOWN_FIELD, DUPLICATE_KEY, TRUNCATE, APPEND_GARBAGE, BOM,
        WRAP_IN_ARRAY, TRAILING_COMMA, SINGLE_QUOTES, COMMENT, EMPTY, LITERAL_NULL, LITERAL_STRING, DEEP_NESTING, HUGE,
        NOT_UTF8, NUL_BYTE, LATIN1, FORM, ONLY_EDGES, EMPTY_OBJECT

    }

    private static final List<Object> EDGE_VALUES = List.of(new Json.Raw("null"), "", " ", "\u00a0", "\u0000",
            new Json.Raw("\"\\ud800\""), new Json.Raw("\"\\udfff\\ud800\""), new Json.Raw("\"a\\u0000b\""), 0, -1,
            new Json.Raw("1e309"), new Json.Raw("-1e309"), new Json.Raw("1.5"), new Json.Raw("9223372036854775808"),
            new Json.Raw("2147483648"), new Json.Raw("-2147483649"), true, false, List.of(), Map.of(), List.of("R12"),
            Arrays.asList((Object) null), List.of(""), List.of(" "), "-999999999-01-01", "+999999999-12-31",
            "0000-01-01", "2040.5", new Json.Raw("2040.5"), "2025-02-30", "2025-13-01", "1799-12-31", "2201-01-01",
            "2025-01-01T00:00:00Z", "20250101", "AM", "arm", "XX", "R12", "SUSPENSION", "suspension", "UNKNOWN_KIND",
            "VERIFIED", "http://example.org", "javascript:alert(1)", "x".repeat(301), "y".repeat(2001),
            "z".repeat(5000), "<script>", "%ZZ", "\"", Map.of("$ref", "x"), Collections.nCopies(60, "R12"),
            new Json.Raw("[" + "[".repeat(600) + "]".repeat(600) + "]"), new Json.Raw("\"\\u00e9\\u0301\""),
            "\u202e\u0645\u0631\u062d\u0628\u0627", "\ud83d\ude00", new Json.Raw("0x10"), new Json.Raw("NaN"),
            new Json.Raw("-0"), new Json.Raw("1E+2"), new Json.Raw("\"\\/\""), "   padded   ", "2027-01-01",
            "1992-05-15", "2200-12-31", "1800-01-01", 1800, 2200, 1799, 2201, 40000);

    /**
     * What a request carries: a body of the operation's kind (or none) and a mutation of
     * it.
     */
    record BodyPlan(Body body, Mutation mutation, int field, Object edge, int n) {

        byte[] bytes(Context context, Map<String, String> path, Route route, int pick) {
            if (body == Body.NONE && mutation == Mutation.NONE) {
                return new byte[0];
            }
            Map<String, Object> fields = body == Body.NONE ? new LinkedHashMap<>(Map.of("a", 1))
                    : Bodies.of(body, route.target(), context.records(), path, n);
            List<String> names = new ArrayList<>(fields.keySet());
            String name = names.isEmpty() ? "x" : names.get(Math.floorMod(field, names.size()));
            switch (mutation) {
                case DROP_FIELD -> fields.remove(name);
                case NULL_FIELD -> fields.put(name, null);
                case EDGE_VALUE -> fields.put(name, edge);
                case UNKNOWN_FIELD -> fields.put(pick % 2 == 0 ? "unknownField" : name.toUpperCase(), edge);
                case ONLY_EDGES -> names.forEach(each -> fields.put(each, edge));
                case EMPTY_OBJECT -> fields.clear();
                default -> {
                }
            }
            String text = Json.write(fields);
            return switch (mutation) {
                case DUPLICATE_KEY -> utf8(text.replaceFirst("\\{",
                        Matcher.quoteReplacement("{" + Json.write(name) + ":" + Json.write(edge) + ",")));
                case TRUNCATE -> utf8(text.substring(0, Math.floorMod(n, Math.max(1, text.length()))));
                case APPEND_GARBAGE -> utf8(text + "}x");
                case BOM -> utf8("\ufeff" + text);
                case WRAP_IN_ARRAY -> utf8("[" + text + "]");
                case TRAILING_COMMA -> utf8(text.replaceFirst("}$", ",}"));
                case SINGLE_QUOTES -> utf8(text.replace('"', '\''));
                case COMMENT -> utf8("/* c */" + text);
                case EMPTY -> new byte[0];
                case LITERAL_NULL -> utf8("null");
                case LITERAL_STRING -> utf8("\"text\"");
                case DEEP_NESTING -> utf8("[".repeat(5000) + "]".repeat(5000));
                case HUGE -> utf8(text.replaceFirst("\\{", "{\"pad\":\"" + "p".repeat(70_000) + "\","));
                case NOT_UTF8 -> concat(utf8(text.replaceFirst("\"$|}$", "")),
                        new byte[] { (byte) 0xC3, (byte) 0x28, (byte) 0xFF }, utf8("}"));
                case NUL_BYTE -> utf8(text.replaceFirst("\":\"", "\":\"\u0000"));
                case LATIN1 -> text.replaceFirst("\":\"", "\":\"\u00e9").getBytes(StandardCharsets.ISO_8859_1);
                case FORM -> utf8(formOf(fields));
                default -> utf8(text);
            };
        }

        private static String formOf(Map<String, Object> fields) {
            List<String> pairs = new ArrayList<>();
            fields.forEach((key, value) -> pairs
                .add(key + "=" + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8)));
            return String.join("&", pairs);
        }

        private static byte[] concat(byte[]... parts) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (byte[] part : parts) {
                out.writeBytes(part);
            }
            return out.toByteArray();
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Gen<Body> bodyFor(Route route, String method) {
        Body natural = route.writes().get(method);
        if (natural != null) {
            return constant(natural);
        }
        List<Body> others = new ArrayList<>(route.writes().values());
        others.remove(Body.NONE);
        others.sort(null); // Map.of iterates in an order that changes from run to run
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return weighted(96, constant(Body.NONE), 4, others.isEmpty() ? constant(Body.NEW_SOURCE) : pick(others));
        }
        return others.isEmpty() ? weighted(60, constant(Body.NONE), 40, constant(Body.NEW_SOURCE)) : pick(others);
    }

    private static Gen<BodyPlan> bodyPlan(Body body, int noise) {
        Gen<Mutation> fieldMutations = pick(List.of(Mutation.DROP_FIELD, Mutation.NULL_FIELD, Mutation.EDGE_VALUE,
                Mutation.EDGE_VALUE, Mutation.EDGE_VALUE, Mutation.UNKNOWN_FIELD, Mutation.DUPLICATE_KEY,
                Mutation.ONLY_EDGES, Mutation.EMPTY_OBJECT));
        Gen<Mutation> textMutations = pick(List.of(Mutation.TRUNCATE, Mutation.APPEND_GARBAGE, Mutation.BOM,
                Mutation.WRAP_IN_ARRAY, Mutation.TRAILING_COMMA, Mutation.SINGLE_QUOTES, Mutation.COMMENT,
                Mutation.EMPTY, Mutation.LITERAL_NULL, Mutation.LITERAL_STRING, Mutation.DEEP_NESTING, Mutation.HUGE,
                Mutation.NOT_UTF8, Mutation.NUL_BYTE, Mutation.LATIN1, Mutation.FORM));
        Gen<Mutation> mutation = body == Body.NONE ? weighted(90, constant(Mutation.NONE), 10, textMutations)
                : noise == 0 ? weighted(40, constant(Mutation.NONE), 45, fieldMutations, 15, textMutations)
                        : weighted(25, constant(Mutation.NONE), 45, fieldMutations, 30, textMutations);
        return in -> new BodyPlan(body, mutation.generate(in), Generate.range(0, 1000).generate(in),
                pick(EDGE_VALUES).generate(in), Generate.range(0, 1 << 20).generate(in));
    }

    // ---- QuickTheories helpers
    // -------------------------------------------------------------------------------------

    static <T> Gen<T> constant(T value) {
        return Generate.constant(value);
    }

    static <T> Gen<T> pick(List<T> values) {
        return Generate.pick(values);
    }

    private static Gen<Function<Context, String>> constants(String... values) {
        return constants(List.of(values));
    }

    private static Gen<Function<Context, String>> constants(List<String> values) {
        return pick(values).map(value -> context -> value);
    }

    private static <T> Gen<T> oneOfGens(List<Gen<T>> gens) {
        return in -> gens.get(Generate.range(0, gens.size() - 1).generate(in)).generate(in);
    }

    /** Weight, generator, weight, generator, …: a frequency choice. */
    @SuppressWarnings("unchecked")
    static <T> Gen<T> weighted(Object... weightsAndGens) {
        List<Pair<Integer, Gen<T>>> pairs = new ArrayList<>();
        for (int i = 0; i < weightsAndGens.length; i += 2) {
            pairs.add(Pair.of((Integer) weightsAndGens[i], (Gen<T>) weightsAndGens[i + 1]));
        }
        return Generate.frequency(pairs);
    }

}
