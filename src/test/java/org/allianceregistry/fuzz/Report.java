package org.allianceregistry.fuzz;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.allianceregistry.fuzz.Oracle.Check;
import org.allianceregistry.fuzz.Oracle.Failure;

/**
 * All failures of a run, grouped by cause so that each can be fixed once: the check, the
 * status and the cause (for a 5xx, the exception the server logged for that request,
 * found by its correlation id), then the method and path template of every request that
 * showed it, and the shortest request as the sample.
 */
final class Report {

    private static final Pattern LOG_LINE = Pattern.compile(
            "^(\\S+)\\s+(ERROR|WARN|INFO|DEBUG|TRACE)\\s+\\d+\\s+---\\s+\\[[^\\]]*\\]\\s+\\[([^\\]]*)\\]\\s+\\[([^\\]]*)\\]\\s+(\\S+)\\s*:\\s?(.*)$");

    /**
     * A log entry: its level, correlation id, logger and message, and the exception lines
     * that followed it.
     */
    record LogEntry(long millis, String level, String thread, String correlationId, String logger, String message,
            String exception, String rootCause) {

        /**
         * What the report groups by: logger, message and exception, not the root cause (a
         * cause has many inputs).
         */
        String signature() {
            String cause = exception.isEmpty() ? "" : " / " + shape(exception, 200);
            return "logged at " + level + " by " + shape(logger, 60) + ": " + shape(message, 100) + cause;
        }

        String root() {
            return rootCause.isEmpty() || rootCause.equals(exception) ? "" : shape(rootCause, 140);
        }
    }

    private Report() {
    }

    static List<LogEntry> parseLog(String log) {
        List<LogEntry> entries = new ArrayList<>();
        String[] lines = log.split("\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher line = LOG_LINE.matcher(lines[i]);
            if (!line.matches()) {
                continue;
            }
            String exception = "";
            String root = "";
            int next = i + 1;
            while (next < lines.length && !LOG_LINE.matcher(lines[next]).matches()) {
                String text = lines[next].strip();
                if (exception.isEmpty() && !text.isEmpty() && !text.startsWith("at ") && !text.startsWith("...")) {
                    exception = text;
                }
                else if (text.startsWith("Caused by: ")) {
                    root = text.substring("Caused by: ".length());
                }
                next++;
            }
            String id = line.group(4);
            long millis;
            try {
                millis = OffsetDateTime.parse(line.group(1)).toInstant().toEpochMilli();
            }
            catch (DateTimeParseException notAnInstant) {
                millis = 0;
            }
            entries.add(new LogEntry(millis, line.group(2), line.group(3).strip(), id, line.group(5), line.group(6),
                    exception, root));
            i = next - 1;
        }
        return entries;
    }

    /** The report as text, and how many failures it lists. */
    record Rendered(String text, int failures) {
    }

    /**
     * The report. {@code log} gives each 5xx the exception the server logged for it;
     * every other ERROR line of the log is a failure of its own, with the request it
     * served where the correlation id (or failing that, the time) tells.
     */
    static Rendered render(List<Failure> failures, List<LogEntry> log, Map<String, Oracle.Exchange> requestsById,
            String header) {
        Map<String, List<LogEntry>> byId = log.stream()
            .filter(entry -> !entry.correlationId().isEmpty())
            .collect(Collectors.groupingBy(LogEntry::correlationId));
        List<Failure> all = new ArrayList<>();
        Map<String, String> roots = new HashMap<>();
        Set<String> serverErrors = new HashSet<>();
        Set<LogEntry> attributed = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<String, LogEntry> byTime = matchByTime(failures, byId, log, requestsById, attributed);
        for (Failure found : failures) {
            Failure failure = found;
            if (failure.check() == Check.SERVER_ERROR) {
                serverErrors.add(failure.correlationId());
                String id = failure.correlationId();
                List<LogEntry> entries = byId.getOrDefault(id, List.of());
                Optional<LogEntry> logged = entries.stream()
                    .filter(entry -> entry.level().equals("ERROR"))
                    .findFirst()
                    .or(() -> entries.stream().filter(entry -> entry.level().equals("WARN")).findFirst())
                    .or(() -> Optional.ofNullable(byTime.get(id)));
                String cause = logged.map(LogEntry::signature)
                    .orElse("nothing logged for the request, on " + failure.template());
                logged.map(LogEntry::root).filter(root -> !root.isEmpty()).ifPresent(root -> roots.put(id, root));
                failure = new Failure(failure.check(), cause, failure.method(), failure.template(), failure.status(),
                        failure.request(), failure.answer(), failure.correlationId());
            }
            all.add(failure);
        }
        for (LogEntry entry : log) {
            // An ERROR line of a request that answered 5xx is already in that request's
            // group (its cause says so).
            if (entry.level().equals("ERROR") && !serverErrors.contains(entry.correlationId())
                    && !attributed.contains(entry)) {
                Oracle.Exchange request = entry.correlationId().isEmpty() ? during(entry, requestsById)
                        : requestsById.get(entry.correlationId());
                all.add(new Failure(Check.ERROR_LOGGED, entry.signature(), request == null ? "-" : request.method(),
                        request == null ? "(no request of the run, or one of several under way)" : request.template(),
                        request == null ? 0 : request.status(), request == null ? null : request.request(),
                        request == null ? "" : request.answer(), entry.correlationId()));
            }
        }
        Map<String, List<Failure>> groups = new TreeMap<>();
        for (Failure failure : all) {
            String key = String.format("%02d|%03d|%s", failure.check().ordinal(), failure.status(), failure.cause());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(failure);
        }
        StringBuilder out = new StringBuilder(header);
        out.append(String.format("%n%d failures in %d groups%n", all.size(), groups.size()));
        int number = 0;
        for (List<Failure> group : groups.values()) {
            Failure first = group.get(0);
            number++;
            out.append(String.format("%n[%d] %s — %s%n", number, first.check(), first.check().description));
            out.append(String.format("    status %s, %d requests; cause: %s%n",
                    first.status() == 0 ? "-" : first.status(), group.size(), first.cause()));
            Map<String, Long> where = group.stream()
                .collect(Collectors.groupingBy(f -> f.method() + " " + f.template(), LinkedHashMap::new,
                        Collectors.counting()));
            out.append("    where: ")
                .append(where.entrySet()
                    .stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(12)
                    .map(e -> e.getKey() + " (" + e.getValue() + ")")
                    .collect(Collectors.joining(", ")));
            if (where.size() > 12) {
                out.append(", … ").append(where.size() - 12).append(" more");
            }
            out.append('\n');
            Set<String> causes = new TreeSet<>();
            group.forEach(failure -> {
                if (roots.containsKey(failure.correlationId())) {
                    causes.add(roots.get(failure.correlationId()));
                }
            });
            if (!causes.isEmpty()) {
                out.append("    root causes: ").append(String.join("; ", causes)).append('\n');
            }
            Failure sample = group.stream()
                .filter(f -> f.request() != null)
                .min(Comparator.comparingInt(f -> f.request().size()))
                .orElse(first);
            if (sample.request() != null) {
                out.append("    sample request:\n").append(indent(sample.request().display(), "      ")).append('\n');
            }
            if (!sample.answer().isEmpty()) {
                out.append("    answer: ").append(sample.answer()).append('\n');
            }
        }
        return new Rendered(out.toString(), all.size());
    }

    /**
     * ERROR lines without a correlation id, each given to the 5xx with nothing logged
     * under its own id that answered closest after it while under way: Tomcat logs an
     * exception that escaped the filters after the id has left the logging context.
     */
    private static Map<String, LogEntry> matchByTime(List<Failure> failures, Map<String, List<LogEntry>> byId,
            List<LogEntry> log, Map<String, Oracle.Exchange> requestsById, Set<LogEntry> attributed) {
        List<Oracle.Exchange> unexplained = new ArrayList<>();
        Map<Oracle.Exchange, String> ids = new IdentityHashMap<>();
        for (Failure failure : failures) {
            Oracle.Exchange exchange = requestsById.get(failure.correlationId());
            if (failure.check() == Check.SERVER_ERROR && exchange != null && !ids.containsKey(exchange)
                    && byId.getOrDefault(failure.correlationId(), List.of())
                        .stream()
                        .noneMatch(entry -> !entry.level().equals("INFO"))) {
                unexplained.add(exchange);
                ids.put(exchange, failure.correlationId());
            }
        }
        Map<String, LogEntry> matched = new HashMap<>();
        for (LogEntry entry : log) {
            if (!entry.level().equals("ERROR") || !entry.correlationId().isEmpty()) {
                continue;
            }
            unexplained.stream()
                .filter(exchange -> entry.millis() >= exchange.sentMillis() - 5
                        && entry.millis() <= exchange.answeredMillis() + 5)
                .min(Comparator.comparingLong(exchange -> Math.abs(exchange.answeredMillis() - entry.millis())))
                .ifPresent(exchange -> {
                    unexplained.remove(exchange);
                    matched.put(ids.get(exchange), entry);
                    attributed.add(entry);
                });
        }
        return matched;
    }

    /**
     * The request under way when an ERROR line without a correlation id was logged: the
     * one that answered 5xx, or the only one; null when several were and none failed.
     */
    private static Oracle.Exchange during(LogEntry entry, Map<String, Oracle.Exchange> requestsById) {
        List<Oracle.Exchange> under = requestsById.values()
            .stream()
            .filter(exchange -> entry.millis() >= exchange.sentMillis() - 5
                    && entry.millis() <= exchange.answeredMillis() + 5)
            .toList();
        List<Oracle.Exchange> failed = under.stream().filter(exchange -> exchange.status() >= 500).toList();
        return failed.size() == 1 ? failed.get(0) : under.size() == 1 ? under.get(0) : null;
    }

    private static String indent(String text, String prefix) {
        return text.lines().map(line -> prefix + line).collect(Collectors.joining("\n"));
    }

    /**
     * Text fit for one report line: control characters escaped, at most {@code max}
     * characters.
     */
    static String printable(String text, int max) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\t') {
                out.append(c);
            }
            else if (c == '\r') {
                continue;
            }
            else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) && !(Character.isHighSurrogate(c)
                    && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))) {
                out.append(String.format("\\x%02x", (int) c & 0xff));
            }
            else {
                out.append(c);
            }
        }
        String cut = out.toString();
        String whole = text.length() > max ? cut + "… (" + text.length() + " chars)" : cut;
        return whole.replaceAll("(.)\\1{40,}", "$1$1$1…");
    }

    /**
     * The shape of a message, for grouping: numbers, ids and quoted values replaced,
     * whitespace folded.
     */
    static String shape(String text, int max) {
        String shaped = text.replaceAll("[0-9a-fA-F]{8}-[0-9a-fA-F-]{27}", "<uuid>")
            .replaceAll("'[^']{0,200}'", "'…'")
            .replaceAll("\\[[^\\]]{0,200}\\]", "[…]")
            .replaceAll("\\d+", "#")
            .replaceAll("\\s+", " ")
            .strip();
        return printable(shaped, max);
    }

}
