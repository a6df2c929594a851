import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Write load for bench/write-durability.sh (run as a source file: java bench/WriteLoad.java ...). CLIENTS clients each
 * write, one write at a time, in turn a membership, an event and a source, as an editor does, for SECONDS seconds (or
 * COUNT writes each when SECONDS is 0). Prints one line: writes, errors, writes/s, p50 and p99 latency in ms.
 *
 *   java bench/WriteLoad.java BASE_URL USER PASSWORD PHASE CLIENTS SECONDS [COUNT]
 *
 * PHASE (0-2) keeps the records of several runs on one database apart: each phase and client has a state of its own.
 */
public class WriteLoad {

    /** States none of which is a CSTO member: eight per phase, so that no two clients' periods can overlap. */
    private static final List<String> STATES = List.of("RS", "ME", "BA", "MK", "CN", "IN", "MN", "VN", "CU", "IR", "SY", "LA",
            "KP", "MX", "BR", "AR", "CL", "PE", "EG", "ZA", "NG", "KE", "ET", "ID");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String auth = "Basic " + Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        int phase = Integer.parseInt(args[3]);
        int clients = Integer.parseInt(args[4]);
        long seconds = Long.parseLong(args[5]);
        int count = args.length > 6 ? Integer.parseInt(args[6]) : Integer.MAX_VALUE;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long end = seconds > 0 ? System.nanoTime() + seconds * 1_000_000_000L : Long.MAX_VALUE;
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            String state = STATES.get(phase * 8 + c);
            String prefix = "bench-" + phase + "-" + c + "-" + Long.toString(start, 36);
            Thread thread = new Thread(() -> {
                for (int i = 0; i < count && System.nanoTime() < end; i++) {
                    String marker = prefix + "-" + i;
                    String path;
                    String body;
                    switch (i % 3) {
                        case 0 -> {
                            LocalDate from = LocalDate.parse("2100-01-01").plusMonths(2L * (i / 3));
                            path = "/api/v1/alliances/csto/memberships";
                            body = """
                                    {"state": "%s", "startDate": "%s", "endDate": "%s", "endKind": "WITHDRAWAL", "note": "%s", "sources": ["R12"], "verification": "UNVERIFIED"}"""
                                    .formatted(state, from, from.plusMonths(1), marker);
                        }
                        case 1 -> {
                            path = "/api/v1/alliances/csto/events";
                            body = """
                                    {"kind": "EXERCISE", "title": "%1$s", "startDate": "2150-01-01", "description": "%1$s", "verification": "UNVERIFIED",
                                     "newSources": [{"code": "%1$s-src", "title": "Bench source", "url": "https://example.org/%1$s"}]}"""
                                    .formatted(marker);
                        }
                        default -> {
                            path = "/api/v1/sources";
                            body = """
                                    {"code": "%1$s", "title": "Bench source", "url": "https://example.org/%1$s", "note": "%1$s"}"""
                                    .formatted(marker);
                        }
                    }
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                            .header("Authorization", auth).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 201) {
                            latencies.add(System.nanoTime() - sent);
                        } else {
                            errors.incrementAndGet();
                            System.err.println(path + ": " + response.statusCode() + " " + response.body());
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        System.err.println(path + ": " + e);
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("writes=%d errors=%d seconds=%.1f writes_per_s=%.1f p50_ms=%.1f p99_ms=%.1f%n", sorted.size(),
                errors.get(), elapsed, sorted.size() / elapsed, percentile(sorted, 50), percentile(sorted, 99));
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
