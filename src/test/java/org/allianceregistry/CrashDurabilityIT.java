package org.allianceregistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A crash of the packaged jar while editors write: writers POST memberships, events (each
 * with a new source: two records and two audit entries in one transaction) and sources
 * and PATCH what they made, concurrently and as fast as the service answers; the process
 * is killed with SIGKILL while their writes are in flight and started again on the same
 * data. Every write answered 2xx is there, by id and with the content it was answered
 * with, and has its entry in the audit trail ({@code /api/v1/changes}); every write that
 * got no answer is there wholly (its records and audit entries) or not at all. On the
 * embedded H2 database and on PostgreSQL.
 */
class CrashDurabilityIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String EDITOR_NAME = "crash-editor";

    private static final String EDITOR_PASSWORD = "a long passphrase for the crash test";

    private static final String EDITOR = "Basic " + Base64.getEncoder()
        .encodeToString((EDITOR_NAME + ":" + EDITOR_PASSWORD).getBytes(StandardCharsets.UTF_8));

    /**
     * One state per writer, none of them a CSTO member, so that each writer's closed
     * periods overlap nobody's.
     */
    private static final List<String> STATES = List.of("RS", "ME", "BA", "MK", "CN", "IN", "MN", "VN");

    private static final int WRITERS = STATES.size();

    /**
     * The kill comes once {@link #ENOUGH} writes have been answered, or after
     * {@link #WRITING_TIME} once at least {@link #FEWEST} have (at the latest after
     * {@link #MOST_WRITING_TIME}). Checking an editor's password (bcrypt) takes some 50
     * ms of CPU per write, so on 2 cores the writers manage 15 to 30 writes a second, and
     * a few when other builds share the machine.
     */
    private static final int ENOUGH = 200;

    private static final int FEWEST = 50;

    private static final Duration WRITING_TIME = Duration.ofSeconds(8);

    private static final Duration MOST_WRITING_TIME = Duration.ofSeconds(60);

    private static final LocalDate FIRST_PERIOD = LocalDate.parse("2100-01-01");

    private static final LocalDate FIRST_EVENT_DAY = LocalDate.parse("2150-01-01");

    private final HttpClient http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(2))
        .build();

    @TempDir
    Path dataDir;

    @Test
    void everyAcknowledgedWriteSurvivesAKillOfTheProcessOnTheEmbeddedDatabase() throws Exception {
        writeKillRestartAndCheck("H2", List.of());
    }

    @Test
    @ExtendWith(PostgresTestServer.class)
    void everyAcknowledgedWriteSurvivesAKillOfTheProcessOnPostgres() throws Exception {
        PostgresTestDatabase database = PostgresTestServer.createDatabase();
        try {
            writeKillRestartAndCheck("PostgreSQL", database.applicationArguments());
        }
        finally {
            database.drop();
        }
    }

    private void writeKillRestartAndCheck(String databaseName, List<String> databaseArguments) throws Exception {
        List<String> jvm = List.of("-Xmx256m");
        List<String> writable = new ArrayList<>(databaseArguments);
        writable.addAll(List.of("--registry.editor.username=" + EDITOR_NAME,
                "--registry.editor.password=" + EDITOR_PASSWORD, "--logging.level.root=warn"));
        List<Writer> writers = new ArrayList<>();
        long killedAt;
        try (PackagedJar.Server server = PackagedJar.Server.start(PackagedJar.path(), dataDir, jvm, writable)) {
            killedAt = writeUntilKilled(server, writers);
        }

        Check check;
        try (PackagedJar.Server restarted = PackagedJar.Server.start(PackagedJar.path(), dataDir, jvm,
                databaseArguments)) {
            check = new Check(restarted, changesBy(restarted, EDITOR_NAME));
            for (Writer writer : writers) {
                for (Record record : writer.records) {
                    check.record(record);
                }
            }
            check.noChangeWithoutItsWrite();
        }

        List<Write> all = writers.stream().flatMap(w -> w.writes.stream()).toList();
        long acknowledged = all.stream().filter(w -> w.acknowledged).count();
        long inFlight = all.stream().filter(w -> !w.acknowledged && w.sentAt < killedAt).count();
        long lastThird = all.stream().filter(w -> w.acknowledged && killedAt - w.answeredAt < 333_000_000L).count();
        double seconds = (killedAt - writers.stream().mapToLong(w -> w.startedAt).min().orElse(killedAt)) / 1e9;
        String summary = String
            .format("%s: %d writes acknowledged in %.1f s (%d in the last third of a second before the kill), "
                    + "%d in flight at the kill; after the restart %d acknowledged writes lost, %d audit entries missing, "
                    + "%d unanswered writes there (wholly), %d problems", databaseName, acknowledged, seconds,
                    lastThird, inFlight, check.lostAcknowledged, check.missingChanges, check.unansweredThere,
                    check.problems.size());
        System.out.println("[crash durability] " + summary);

        assertThat(writers).allSatisfy(w -> assertThat(w.refused).as("writes answered with an error").isEmpty());
        assertThat(check.problems).as(summary).isEmpty();
        // And the crash was one that could lose something: writes answered just before
        // it, others waiting for theirs.
        assertThat(acknowledged).as("writes acknowledged before the kill").isGreaterThanOrEqualTo(FEWEST);
        assertThat(lastThird).as("writes acknowledged within a third of a second before the kill").isPositive();
        assertThat(inFlight).as("writes in flight when the process was killed").isPositive();
    }

    /**
     * Starts the writers, kills the server once enough writes were answered, and returns
     * the time of the kill.
     */
    private long writeUntilKilled(PackagedJar.Server server, List<Writer> writers) throws Exception {
        AtomicInteger acknowledged = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                Writer writer = new Writer(w, server, acknowledged);
                writers.add(writer);
                running.add(pool.submit(() -> {
                    writer.run();
                    return null;
                }));
            }
            long started = System.nanoTime();
            while (!enoughWritten(acknowledged.get(), Duration.ofNanos(System.nanoTime() - started))) {
                Thread.sleep(2);
            }
            long killedAt = System.nanoTime();
            server.kill();
            for (Future<?> writer : running) {
                writer.get(30, TimeUnit.SECONDS);
            }
            return killedAt;
        }
        finally {
            pool.shutdownNow();
        }
    }

    private static boolean enoughWritten(int acknowledged, Duration writing) {
        return acknowledged >= ENOUGH || acknowledged >= FEWEST && writing.compareTo(WRITING_TIME) >= 0
                || writing.compareTo(MOST_WRITING_TIME) >= 0;
    }

    private enum Kind {

        MEMBERSHIP, EVENT, SOURCE;

        /** The field each write to such a record sets to its marker. */
        String markerField() {
            return this == EVENT ? "description" : "note";
        }

        static Kind of(String entityType) {
            return valueOf(entityType.toUpperCase(Locale.ROOT));
        }

    }

    /** A record a writer created, or tried to, with every write to it in order. */
    private static final class Record {

        final Kind kind;

        final String state;

        final LocalDate date;

        final List<Write> writes = new ArrayList<>();

        /**
         * The membership's or event's id, or the source's code; null until its creation
         * was answered.
         */
        @Nullable String key;

        @Nullable String etag;

        Record(Kind kind, String state, LocalDate date) {
            this.kind = kind;
            this.state = state;
            this.date = date;
        }

        String path() {
            return switch (kind) {
                case MEMBERSHIP -> "/api/v1/memberships/" + key;
                case EVENT -> "/api/v1/events/" + key;
                case SOURCE -> "/api/v1/sources/" + key;
            };
        }

    }

    /**
     * One POST or PATCH: its marker is the value it writes (a membership's or source's
     * note, an event's description).
     */
    private static final class Write {

        final Record record;

        final String marker;

        final boolean create;

        long sentAt;

        long answeredAt;

        boolean acknowledged;

        @Nullable JsonNode body;

        Write(Record record, String marker, boolean create) {
            this.record = record;
            this.marker = marker;
            this.create = create;
        }

    }

    /**
     * Writes in turn a membership, an event, a source and a PATCH of one of the records
     * it made, until a write gets no answer (the server is gone). It writes only its own
     * records, one write at a time, so at most its last write is in doubt.
     */
    private final class Writer {

        final int number;

        final PackagedJar.Server server;

        final AtomicInteger acknowledged;

        final List<Record> records = new ArrayList<>();

        final List<Write> writes = new ArrayList<>();

        final List<String> refused = new ArrayList<>();

        final long startedAt = System.nanoTime();

        Writer(int number, PackagedJar.Server server, AtomicInteger acknowledged) {
            this.number = number;
            this.server = server;
            this.acknowledged = acknowledged;
        }

        void run() throws InterruptedException {
            List<Record> made = new ArrayList<>();
            int memberships = 0;
            int events = 0;
            for (int i = 0;; i++) {
                String marker = "crash-" + number + "-" + i;
                Write write;
                HttpRequest.Builder request;
                switch (i % 4) {
                    case 0 -> {
                        LocalDate start = FIRST_PERIOD.plusMonths(2L * memberships++);
                        write = create(new Record(Kind.MEMBERSHIP, STATES.get(number), start), marker);
                        request = post("/api/v1/alliances/csto/memberships",
                                """
                                        {"state": "%s", "startDate": "%s", "endDate": "%s", "endKind": "WITHDRAWAL", "note": "%s", "verification": "VERIFIED", "sources": ["R12"]}"""
                                    .formatted(STATES.get(number), start, start.plusMonths(1), marker));
                    }
                    case 1 -> {
                        LocalDate day = FIRST_EVENT_DAY.plusDays(2000L * number + events++);
                        write = create(new Record(Kind.EVENT, STATES.get(number), day), marker);
                        request = post("/api/v1/alliances/csto/events",
                                """
                                        {"kind": "EXERCISE", "title": "%1$s", "startDate": "%2$s", "description": "%1$s", "verification": "VERIFIED",
                                         "newSources": [{"code": "%1$s-src", "title": "Crash test source", "url": "https://example.org/%1$s", "note": "%1$s"}]}"""
                                    .formatted(marker, day));
                    }
                    case 2 -> {
                        write = create(new Record(Kind.SOURCE, STATES.get(number), FIRST_PERIOD), marker);
                        write.record.key = marker;
                        request = post("/api/v1/sources",
                                """
                                        {"code": "%1$s", "title": "Crash test source", "url": "https://example.org/%1$s", "note": "%1$s"}"""
                                    .formatted(marker));
                    }
                    default -> {
                        Record target = made.get((i / 4) % made.size());
                        write = new Write(target, marker, false);
                        target.writes.add(write);
                        request = HttpRequest.newBuilder(server.uri(target.path()))
                            .method("PATCH",
                                    HttpRequest.BodyPublishers
                                        .ofString("{\"" + target.kind.markerField() + "\": \"" + marker + "\"}"))
                            .header("Content-Type", "application/merge-patch+json")
                            .header("If-Match", target.etag);
                    }
                }
                writes.add(write);
                HttpResponse<String> response;
                write.sentAt = System.nanoTime();
                try {
                    response = http.send(
                            request.header("Authorization", EDITOR).timeout(Duration.ofSeconds(20)).build(),
                            HttpResponse.BodyHandlers.ofString());
                }
                catch (IOException noAnswer) {
                    return;
                }
                write.answeredAt = System.nanoTime();
                if (response.statusCode() / 100 != 2) {
                    refused.add(request.build().method() + " " + request.build().uri() + ": " + response.statusCode()
                            + " " + response.body());
                    return;
                }
                write.acknowledged = true;
                write.body = JSON.readTree(response.body());
                Record record = write.record;
                record.etag = response.headers().firstValue("ETag").orElseThrow();
                if (write.create) {
                    if (record.kind != Kind.SOURCE) {
                        record.key = Long.toString(write.body.path("id").asLong());
                    }
                    made.add(record);
                }
                acknowledged.incrementAndGet();
            }
        }

        private Write create(Record record, String marker) {
            records.add(record);
            Write write = new Write(record, marker, true);
            record.writes.add(write);
            return write;
        }

        private HttpRequest.Builder post(String path, String json) {
            return HttpRequest.newBuilder(server.uri(path))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        }

    }

    /**
     * What the restarted server holds, compared write by write with what the writers were
     * answered.
     */
    private final class Check {

        final PackagedJar.Server server;

        /**
         * The editor's audit entries by marker: the note or description each one's
         * {@code after} shows.
         */
        final Map<String, List<JsonNode>> changesByMarker = new HashMap<>();

        final List<String> problems = new ArrayList<>();

        final List<String> explainedMarkers = new ArrayList<>();

        int lostAcknowledged;

        int missingChanges;

        int unansweredThere;

        Check(PackagedJar.Server server, List<JsonNode> changes) {
            this.server = server;
            for (JsonNode change : changes) {
                String field = Kind.of(change.path("entityType").asString()).markerField();
                changesByMarker
                    .computeIfAbsent(change.path("after").path(field).asString(), marker -> new ArrayList<>())
                    .add(change);
            }
        }

        void record(Record record) throws IOException, InterruptedException {
            JsonNode current = current(record);
            String marker = current == null ? null : current.path(record.kind.markerField()).asString();
            int applied = -1;
            for (int i = 0; i < record.writes.size(); i++) {
                if (record.writes.get(i).marker.equals(marker)) {
                    applied = i;
                }
            }
            if (current != null && applied < 0) {
                problems.add(record.path() + " holds " + marker + ", which none of its writes wrote");
            }
            int lastAcknowledged = -1;
            for (int i = 0; i < record.writes.size(); i++) {
                if (record.writes.get(i).acknowledged) {
                    lastAcknowledged = i;
                }
            }
            if (applied < lastAcknowledged) {
                int lost = (int) record.writes.subList(applied + 1, lastAcknowledged + 1)
                    .stream()
                    .filter(w -> w.acknowledged)
                    .count();
                lostAcknowledged += lost;
                problems.add(record.kind + " " + record.path() + ": " + lost + " acknowledged write(s) lost; it holds "
                        + (current == null ? "nothing" : marker) + " instead of "
                        + record.writes.get(lastAcknowledged).marker);
            }
            else if (applied == lastAcknowledged && applied >= 0) {
                // As it was answered, field by field (unless a later write that got no
                // answer was applied after it).
                JsonNode answered = record.writes.get(applied).body;
                if (!answered.equals(current)) {
                    problems.add(record.path() + " differs from its last acknowledged write:\n  answered " + answered
                            + "\n  now      " + current);
                }
            }
            if (applied >= 0 && !record.writes.get(applied).acknowledged) {
                unansweredThere++;
            }
            for (int i = 0; i < record.writes.size(); i++) {
                Write write = record.writes.get(i);
                List<JsonNode> entries = changesByMarker.getOrDefault(write.marker, List.of());
                explainedMarkers.add(write.marker);
                int expected = write.create && record.kind == Kind.EVENT ? 2 : 1;
                if (write.acknowledged) {
                    missingChanges += Math.max(0, expected - entries.size());
                }
                if (i <= applied) {
                    if (entries.size() != expected) {
                        problems.add(write.marker + " (" + (write.acknowledged ? "acknowledged" : "not answered")
                                + ") is in " + record.path() + " but has " + entries.size()
                                + " audit entries instead of " + expected);
                    }
                    for (JsonNode entry : entries) {
                        if (Kind.of(entry.path("entityType").asString()) == record.kind && record.kind != Kind.SOURCE
                                && record.key != null
                                && entry.path("entityId").asLong() != Long.parseLong(record.key)) {
                            problems.add(write.marker + ": audit entry names record " + entry.path("entityId")
                                    + ", not " + record.key);
                        }
                    }
                }
                else if (!entries.isEmpty()) {
                    problems.add(write.marker + " (" + (write.acknowledged ? "acknowledged" : "not answered")
                            + ") is not in its record but has audit entries: half written");
                }
            }
            if (record.kind == Kind.EVENT) {
                // The event's new source was written in the event's transaction: both
                // there or neither.
                String sourceCode = record.writes.get(0).marker + "-src";
                boolean sourceThere = get("/api/v1/sources/" + sourceCode).statusCode() == 200;
                if (sourceThere != (current != null)) {
                    problems.add("event " + record.writes.get(0).marker
                            + (current != null ? " is there" : " is not there") + " but its new source " + sourceCode
                            + (sourceThere ? " is" : " is not") + ": half written");
                }
            }
        }

        /** Every audit entry of the editor belongs to a write the writers made. */
        void noChangeWithoutItsWrite() {
            for (String marker : changesByMarker.keySet()) {
                if (!explainedMarkers.contains(marker)) {
                    problems.add("audit entries " + changesByMarker.get(marker) + " belong to no write");
                }
            }
        }

        /** The record as the restarted server shows it, or null where it is not there. */
        private @Nullable JsonNode current(Record record) throws IOException, InterruptedException {
            if (record.key != null) {
                HttpResponse<String> response = get(record.path());
                if (response.statusCode() == 404) {
                    return null;
                }
                assertThat(response.statusCode()).as(record.path() + ": " + response.body()).isEqualTo(200);
                return JSON.readTree(response.body());
            }
            // Created by a write that got no answer, so its id is unknown: look for it
            // where it would be listed.
            String listing = record.kind == Kind.MEMBERSHIP
                    ? "/api/v1/alliances/csto/memberships?size=250&state=" + record.state
                    : "/api/v1/alliances/csto/events?size=250&includeUndated=false&from=" + record.date + "&to="
                            + record.date;
            HttpResponse<String> response = get(listing);
            assertThat(response.statusCode()).as(listing + ": " + response.body()).isEqualTo(200);
            JsonNode page = JSON.readTree(response.body());
            assertThat(page.path("page").path("totalPages").asInt()).as(listing).isLessThanOrEqualTo(1);
            for (JsonNode listed : page.path("content")) {
                if (record.kind == Kind.EVENT || listed.path("startDate").asString().equals(record.date.toString())) {
                    record.key = Long.toString(listed.path("id").asLong());
                    JsonNode full = JSON.readTree(get(record.path()).body());
                    record.key = null;
                    return full;
                }
            }
            return null;
        }

        private HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

    }

    /**
     * The whole audit trail, read page by page as a mirror reads it, keeping the entries
     * of {@code editor}.
     */
    private List<JsonNode> changesBy(PackagedJar.Server server, String editor)
            throws IOException, InterruptedException {
        List<JsonNode> changes = new ArrayList<>();
        String since = "0";
        while (true) {
            HttpResponse<String> response = http
                .send(HttpRequest.newBuilder(server.uri("/api/v1/changes?size=250&since=" + since))
                    .timeout(Duration.ofSeconds(20))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode page = JSON.readTree(response.body());
            page.path("content").forEach(change -> {
                if (change.path("editor").asString().equals(editor)) {
                    changes.add(change);
                }
            });
            if (!page.path("hasMore").asBoolean()) {
                return changes;
            }
            since = page.path("next").asString();
        }
    }

}
