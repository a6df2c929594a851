package org.allianceregistry.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.allianceregistry.PackagedJar;
import org.allianceregistry.fuzz.ApiGenerators.Context;
import org.allianceregistry.fuzz.ApiGenerators.Credentials;
import org.allianceregistry.fuzz.ApiGenerators.Plan;
import org.allianceregistry.fuzz.Oracle.Check;
import org.allianceregistry.fuzz.Oracle.Exchange;
import org.allianceregistry.fuzz.Oracle.Failure;
import org.allianceregistry.fuzz.RegistryDatabase.Dump;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fuzz harness of the API: the packaged jar on H2, sent generated requests over every
 * endpoint (QuickTheories, fixed seed, a bounded number of examples) through a raw
 * socket, so that paths, parameters, headers, methods and bodies can be anything a client
 * may send. The run fails on any 5xx but 501/505, any error that is not an RFC 9457
 * problem, any stack trace, class name or SQL in a body, any write answered 2xx without
 * the editor's credentials, any change to the data by a rejected write and any ERROR line
 * in the server log; it lists every failure, grouped by cause, rather than the first.
 *
 * <ul>
 * <li>Phase 1 (at least 8,000 requests, three at a time): every route with no, malformed,
 * wrong or the reader's credentials. The database is dumped before and after: it must not
 * have changed.</li>
 * <li>Phase 2 (at least 2,000 requests): 1,000 write operations with the editor's
 * credentials, one at a time, and 1,000 reads with them sent meanwhile (bcrypt makes
 * every authenticated request cost ~60 ms of a core; the reads use the other one). The
 * database is dumped after each write: a rejected write must leave the dump identical
 * (reads change nothing, which phase 1 checks of every read), and a successful one must
 * add one row to the audit table {@code changes} of the write's action, by the editor
 * (and one CREATE per source it records with {@code newSources}).</li>
 * </ul>
 *
 * <p>
 * {@code -Dfuzz.seed=…} replays another sequence; {@code -Dfuzz.corpus=false} leaves out
 * the {@link Corpus}; {@code -Dfuzz.unauthenticated} and {@code -Dfuzz.editor-writes} set
 * the phases' sizes; {@code -Dfuzz.max-minutes} (10) stops a run whose server stalls. The
 * report is written to {@code target/api-fuzz-report.txt}, the server's log beside it
 * ({@code api-fuzz-server.log}).
 */
class ApiFuzzIT {

    private static final long SEED = Long.getLong("fuzz.seed", 20261201L);

    private static final int UNAUTHENTICATED = Integer.getInteger("fuzz.unauthenticated", 8_000);

    private static final int EDITOR_WRITES = Integer.getInteger("fuzz.editor-writes", 1_000);

    private static final boolean CORPUS = Boolean.parseBoolean(System.getProperty("fuzz.corpus", "true"));

    private static final int THREADS = 3;

    /**
     * A guard, not the plan: a healthy run takes about two minutes; one whose server
     * stalls stops sending here.
     */
    private static final Duration DEADLINE = Duration.ofMinutes(Long.getLong("fuzz.max-minutes", 10));

    private static final String EDITOR = "fuzz-editor";

    private static final String EDITOR_PASSWORD = "a long passphrase of the fuzz editor";

    private static final String READER = "fuzz-reader";

    private static final String READER_PASSWORD = "a long passphrase of the fuzz reader";

    @TempDir
    Path dataDir;

    private final List<Failure> failures = Collections.synchronizedList(new ArrayList<>());

    private final List<String> harnessErrors = Collections.synchronizedList(new ArrayList<>());

    private final Map<String, Exchange> exchanges = new ConcurrentHashMap<>();

    private final AtomicInteger sequence = new AtomicInteger();

    private final AtomicInteger helpers = new AtomicInteger();

    private Set<String> stored = Set.of();

    private long dumps;

    private long dumpNanos;

    private long deadline;

    private RawHttp http;

    private int port;

    private volatile Records records;

    @Test
    void everyAnswerIsAProblemOrASuccessAndRejectedWritesChangeNothing() throws Exception {
        long started = System.nanoTime();
        deadline = started + DEADLINE.toNanos();
        Path database = dataDir.resolve("db").resolve("registry");
        String url = "jdbc:h2:file:" + database
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try (PackagedJar.Server server = PackagedJar.Server.start(PackagedJar.path(), dataDir, List.of("-Xmx384m"),
                List.of("--registry.editor.username=" + EDITOR, "--registry.editor.password=" + EDITOR_PASSWORD,
                        "--registry.reader.username=" + READER, "--registry.reader.password=" + READER_PASSWORD,
                        "--registry.security.failed-logins.max-attempts=1000000"),
                Map.of("REGISTRY_H2_URL", url)); RegistryDatabase registry = new RegistryDatabase(url)) {
            port = server.uri("/").getPort();
            http = new RawHttp("127.0.0.1", port, 20_000);
            long up = System.nanoTime();
            records = Records.read(registry);
            Dump before = provesThatTheDumpSeesAWrite(registry);
            stored = Oracle.storedMatches(before);

            // Phase 1: no editor. Requests go three at a time; the dump is compared once,
            // at the end.
            List<Plan> unauthenticated = new ArrayList<>(CORPUS ? Corpus.unauthenticated() : List.of());
            qt().withFixedSeed(SEED)
                .withExamples(UNAUTHENTICATED)
                .withShrinkCycles(0)
                .forAll(ApiGenerators.unauthenticated())
                .checkAssert(unauthenticated::add);
            long phaseOne = System.nanoTime();
            List<Future<?>> sent = new ArrayList<>();
            for (Plan plan : unauthenticated) {
                sent.add(pool.submit(() -> exchange(plan, "p1")));
            }
            for (Future<?> each : sent) {
                each.get();
            }
            Dump afterPhaseOne = registry.dump();
            if (!afterPhaseOne.equals(before)) {
                failures.add(new Failure(Check.DATA_CHANGED_WITHOUT_EDITOR,
                        "the dump after phase 1 differs from the one before", "-", "(phase 1)", 0, null,
                        afterPhaseOne.diffFrom(before, 40), ""));
            }
            long phaseOneTime = System.nanoTime() - phaseOne;

            // Phase 2: the editor. Writes one at a time, the dump compared after each;
            // reads beside them all along.
            long phaseTwo = System.nanoTime();
            AtomicInteger editorRequests = new AtomicInteger();
            Dump[] last = { afterPhaseOne };
            for (Plan write : CORPUS ? Corpus.editor() : List.<Plan>of()) {
                last[0] = writeAndCompare(registry, write, last[0]);
                editorRequests.incrementAndGet();
            }
            List<Plan> reads = new ArrayList<>();
            qt().withFixedSeed(SEED + 2)
                .withExamples(EDITOR_WRITES)
                .withShrinkCycles(0)
                .forAll(ApiGenerators.editorReads())
                .checkAssert(reads::add);
            Future<?> reader = pool.submit(() -> reads.forEach(read -> {
                exchange(read, "p2r");
                editorRequests.incrementAndGet();
            }));
            qt().withFixedSeed(SEED + 1)
                .withExamples(EDITOR_WRITES)
                .withShrinkCycles(0)
                .forAll(ApiGenerators.editorWrites())
                .checkAssert(write -> {
                    try {
                        last[0] = writeAndCompare(registry, write, last[0]);
                        editorRequests.incrementAndGet();
                    }
                    catch (Exception harness) {
                        harnessErrors.add("phase 2: " + harness);
                    }
                });
            reader.get();
            long phaseTwoTime = System.nanoTime() - phaseTwo;

            String header = String
                .format("API fuzz run, seed %d: start-up %.1f s; phase 1 (no editor) %d requests in %.1f s; "
                        + "phase 2 (editor) %d requests in %.1f s (%d dumps, %.0f ms each); %d If-Match look-ups; %d changes recorded; total %.1f s",
                        SEED, seconds(up - started), unauthenticated.size(), seconds(phaseOneTime),
                        editorRequests.get(), seconds(phaseTwoTime), dumps, dumps == 0 ? 0.0 : dumpNanos / 1e6 / dumps,
                        helpers.get(), last[0].rows("changes"), seconds(System.nanoTime() - started));
            if (!harnessErrors.isEmpty()) {
                header += "\nTHE HARNESS ITSELF FAILED " + harnessErrors.size() + " times, e.g. "
                        + harnessErrors.get(0);
            }
            Report.Rendered report = Report.render(new ArrayList<>(failures), Report.parseLog(server.log()), exchanges,
                    header);
            System.out.println(header);
            Files.writeString(Path.of("target", "api-fuzz-report.txt"), report.text(), StandardCharsets.UTF_8);
            Files.writeString(Path.of("target", "api-fuzz-server.log"), server.log(), StandardCharsets.UTF_8);

            assertThat(harnessErrors).as("the harness itself failed").isEmpty();
            assertThat(unauthenticated.size()).as("requests of phase 1")
                .isGreaterThanOrEqualTo(Math.min(8_000, UNAUTHENTICATED));
            assertThat(editorRequests.get()).as("requests of phase 2")
                .isGreaterThanOrEqualTo(Math.min(2_000, 2 * EDITOR_WRITES));
            assertThat(report.failures()).as(report.text()).isZero();
        }
        finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    /**
     * The data check is only worth something if the dump sees what a write does: a source
     * the editor records must show in it (and in the audit table), and a read must not
     * change it.
     */
    private Dump provesThatTheDumpSeesAWrite(RegistryDatabase registry) throws Exception {
        Dump before = registry.dump();
        RawHttp.Response read = http
            .send(new RawHttp.Request("GET", "/api/v1/sources/R12", List.of(), new byte[0], false));
        assertThat(read.status()).isEqualTo(200);
        assertThat(registry.dump()).as("a read changes nothing").isEqualTo(before);
        byte[] source = ("{\"code\": \"FUZZ-PROBE\", \"title\": \"The fuzz harness's probe\", \"url\": \"https://example.org/probe\"}")
            .getBytes(StandardCharsets.UTF_8);
        RawHttp.Response created = http.send(new RawHttp.Request("POST", "/api/v1/sources",
                List.of(Map.entry("Authorization", basic(EDITOR, EDITOR_PASSWORD)),
                        Map.entry("Content-Type", "application/json")),
                source, false));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        Dump after = registry.dump();
        assertThat(after).as("the dump sees a successful write").isNotEqualTo(before);
        assertThat(after.rows("sources")).isEqualTo(before.rows("sources") + 1);
        assertThat(after.rows("changes")).isEqualTo(before.rows("changes") + 1);
        records = Records.read(registry);
        return after;
    }

    /**
     * Sends the write, dumps the database and holds the write to the rules of phase 2.
     * The reads sent meanwhile change nothing (phase 1 checks that of every read), so a
     * changed dump is the write's doing.
     */
    private Dump writeAndCompare(RegistryDatabase registry, Plan write, Dump before) throws Exception {
        Sent sent = exchange(write, "p2w");
        long dumping = System.nanoTime();
        Dump after = registry.dump();
        dumps++;
        dumpNanos += System.nanoTime() - dumping;
        boolean succeeded = sent.response() != null && sent.response().status() >= 200
                && sent.response().status() < 300;
        boolean correction = write.method().equals("PUT") || write.method().equals("PATCH");
        if (succeeded && write.write() && correction && after.equals(before)) {
            // A correction to the values the record already has: nothing changed, so
            // nothing is audited (README).
        }
        else if (succeeded && write.write()) {
            String audit = auditDefect(registry, write, sent.request(), after.rows("changes") - before.rows("changes"));
            if (!audit.isEmpty()) {
                failures.add(new Failure(Check.AUDIT, audit, write.method(), write.template(), sent.response().status(),
                        sent.request(), Oracle.answer(sent.response()), sent.id()));
            }
        }
        else if (!after.equals(before)) {
            int status = sent.response() == null ? 0 : sent.response().status();
            failures.add(new Failure(Check.REJECTED_WRITE_CHANGED_DATA, "tables " + changedTables(before, after),
                    write.method(), write.template(), status, sent.request(),
                    (sent.response() == null ? "no response" : sent.response().statusLine()) + "; dump diff:\n"
                            + after.diffFrom(before, 20),
                    sent.id()));
        }
        if (!after.equals(before)) {
            records = Records.read(registry);
        }
        return after;
    }

    /**
     * What is wrong with the audit rows a successful write added, or "". It must add one
     * row for its record, of its action (POST creates, DELETE deletes, PUT and PATCH
     * update) and the record's type, all by the editor; beside it only what the service
     * documents as changes of their own: one CREATE of a source per {@code newSources}
     * entry it cites, and for an act on a membership (a withdrawal) at most one UPDATE of
     * the membership whose end it sets.
     */
    private static String auditDefect(RegistryDatabase registry, Plan write, RawHttp.Request request, int added)
            throws Exception {
        int newSources = newSources(request.body());
        String type = entityType(write.template());
        List<String> rows = added <= 0 ? List.of()
                : registry.rows("SELECT action, entity_type, editor FROM changes ORDER BY id DESC LIMIT " + added, 3)
                    .stream()
                    .map(row -> row[0] + " " + row[1] + (row[2].equals(EDITOR) ? "" : " by " + row[2]))
                    .toList();
        List<String> rest = new ArrayList<>(rows);
        String expected = switch (write.method()) {
            case "POST" -> "CREATE";
            case "DELETE" -> "DELETE";
            default -> "UPDATE";
        } + " " + type;
        boolean main = rest.remove(expected);
        for (int i = 0; i < newSources; i++) {
            rest.remove("CREATE source");
        }
        if (type.equals("withdrawal")) {
            rest.remove("UPDATE membership");
        }
        if (main && rest.isEmpty()) {
            return "";
        }
        return added + " rows added to changes " + rows + " for a " + write.method() + " citing " + newSources
                + " new sources; expected " + expected
                + (newSources > 0 ? " and " + newSources + " × CREATE source" : "")
                + (type.equals("withdrawal") ? " (and perhaps UPDATE membership)" : "");
    }

    /** The {@code entity_type} the audit trail gives records of the route. */
    private static String entityType(String template) {
        for (String type : List.of("withdrawal", "membership", "chairmanship", "event", "protocol")) {
            if (template.contains("/" + type + "s")) {
                return type;
            }
        }
        return template.startsWith("/api/v1/states") ? "state"
                : template.startsWith("/api/v1/sources") ? "source" : "alliance";
    }

    private static int newSources(byte[] body) {
        try {
            JsonNode json = JsonMapper.builder().build().readTree(body);
            return json != null && json.path("newSources").isArray() ? json.path("newSources").size() : 0;
        }
        catch (RuntimeException notJson) {
            return 0;
        }
    }

    private static String changedTables(Dump before, Dump after) {
        List<String> tables = new ArrayList<>();
        after.tables().forEach((table, rows) -> {
            if (!rows.equals(before.tables().get(table))) {
                tables.add(table);
            }
        });
        return String.join(", ", tables);
    }

    private record Sent(RawHttp.Request request, RawHttp.Response response, String id) {
    }

    /**
     * Resolves, sends and checks one request; never throws (what goes wrong is a failure
     * or a harness error).
     */
    private Sent exchange(Plan plan, String phase) {
        String id = String.format("%s-%06d", phase, sequence.incrementAndGet());
        if (System.nanoTime() > deadline) {
            if (harnessErrors.stream().noneMatch(error -> error.startsWith("deadline"))) {
                harnessErrors.add("deadline: the run passed " + DEADLINE.toMinutes() + " minutes and stopped sending");
            }
            return new Sent(null, null, id);
        }
        RawHttp.Request request;
        try {
            request = plan.resolve(context(id));
        }
        catch (RuntimeException generator) {
            harnessErrors.add("cannot resolve " + plan.method() + " " + plan.template() + ": " + generator);
            return new Sent(null, null, id);
        }
        RawHttp.Response response;
        long sentMillis = System.currentTimeMillis();
        try {
            response = http.send(request);
        }
        catch (IOException | RuntimeException broken) {
            failures.add(new Failure(Check.NO_RESPONSE, Report.shape(broken.toString(), 120), plan.method(),
                    plan.template(), 0, request, "", id));
            return new Sent(request, null, id);
        }
        String answered = response.header("X-Request-Id").orElse(id);
        exchanges.put(answered, new Exchange(plan.method(), plan.template(), response.status(), request,
                Oracle.answer(response), sentMillis, System.currentTimeMillis()));
        failures.addAll(Oracle.check(plan, request, response, stored));
        return new Sent(request, response, answered);
    }

    private Context context(String id) {
        return new Context(records, port, id, EDITOR, EDITOR_PASSWORD, READER, READER_PASSWORD, this::currentEtag);
    }

    /**
     * The ETag a GET of the record answers now ("gzip /path" asks for the gzip-coded
     * one), or null.
     */
    private String currentEtag(String spec) {
        boolean gzip = spec.startsWith("gzip ");
        String path = gzip ? spec.substring(5) : spec;
        helpers.incrementAndGet();
        try {
            RawHttp.Response response = http.send(new RawHttp.Request("GET", path,
                    gzip ? List.of(Map.entry("Accept-Encoding", "gzip")) : List.of(), new byte[0], false));
            return response.status() == 200 ? response.header("ETag").orElse(null) : null;
        }
        catch (IOException unreachable) {
            return null;
        }
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static double seconds(long nanos) {
        return Duration.ofNanos(nanos).toMillis() / 1000.0;
    }

}
