package org.allianceregistry.fuzz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.allianceregistry.fuzz.Oracle.Check;
import org.allianceregistry.fuzz.Oracle.Failure;

/**
 * All failures of a run, grouped by cause so that each can be fixed once: the check, the status and the cause (for a
 * 5xx, the exception the server logged for that request, found by its correlation id), then the method and path
 * template of every request that showed it, and the shortest request as the sample.
 */
final class Report {

    private static final Pattern LOG_LINE = Pattern.compile(
            "^\\S+\\s+(ERROR|WARN|INFO|DEBUG|TRACE)\\s+\\d+\\s+---\\s+\\[[^\\]]*\\]\\s+\\[([^\\]]*)\\]\\s+\\[([^\\]]*)\\]\\s+(\\S+)\\s*:\\s?(.*)$");

    /** A log entry: its level, correlation id, logger and message, and the exception lines that followed it. */
    record LogEntry(String level, String thread, String correlationId, String logger, String message, String exception,
            String rootCause) {

        String signature() {
            String cause = exception.isEmpty() ? "" : " / " + shape(exception, 160);
            String root = rootCause.isEmpty() || rootCause.equals(exception) ? "" : " / root " + shape(rootCause, 160);
            return "logged at " + level + " by " + shape(logger, 60) + ": " + shape(message, 100) + cause + root;
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
                } else if (text.startsWith("Caused by: ")) {
                    root = text.substring("Caused by: ".length());
                }
                next++;
            }
            String id = line.group(3);
            if (id.isEmpty()) {
                // Tomcat logs an exception that escaped the filters after the correlation id left the logging context:
                // the request is the one the same thread served just before.
                for (int back = entries.size() - 1; back >= 0 && back >= entries.size() - 5; back--) {
                    if (entries.get(back).thread().equals(line.group(2)) && !entries.get(back).correlationId().isEmpty()) {
                        id = entries.get(back).correlationId();
                        break;
                    }
                }
            }
            entries.add(new LogEntry(line.group(1), line.group(2).strip(), id, line.group(4), line.group(5), exception, root));
            i = next - 1;
        }
        return entries;
    }

    /**
     * The report. {@code log} gives each 5xx the exception the server logged for it; every ERROR line of the log is a
     * failure of its own, with the request it served where the correlation id names one.
     */
    static String render(List<Failure> failures, List<LogEntry> log, Map<String, Oracle.Exchange> requestsById, String header) {
        Map<String, List<LogEntry>> byId = log.stream().filter(entry -> !entry.correlationId().isEmpty())
                .collect(Collectors.groupingBy(LogEntry::correlationId));
        List<Failure> all = new ArrayList<>();
        java.util.Set<String> serverErrors = new java.util.HashSet<>();
        for (Failure failure : failures) {
            if (failure.check() == Check.SERVER_ERROR) {
                serverErrors.add(failure.correlationId());
                List<LogEntry> entries = byId.getOrDefault(failure.correlationId(), List.of());
                String cause = entries.stream().filter(entry -> entry.level().equals("ERROR")).findFirst()
                        .or(() -> entries.stream().filter(entry -> entry.level().equals("WARN")).findFirst())
                        .map(LogEntry::signature).orElse("nothing logged for the request, on " + failure.template());
                failure = new Failure(failure.check(), cause, failure.method(), failure.template(), failure.status(), failure.request(),
                        failure.answer(), failure.correlationId());
            }
            all.add(failure);
        }
        for (LogEntry entry : log) {
            // An ERROR line of a request that answered 5xx is already in that request's group (its cause says so).
            if (entry.level().equals("ERROR") && !serverErrors.contains(entry.correlationId())) {
                Oracle.Exchange request = requestsById.get(entry.correlationId());
                all.add(new Failure(Check.ERROR_LOGGED, entry.signature(), request == null ? "-" : request.method(),
                        request == null ? "(not a request of the run)" : request.template(), request == null ? 0 : request.status(),
                        request == null ? null : request.request(), request == null ? "" : request.answer(), entry.correlationId()));
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
            out.append(String.format("    status %s, %d requests; cause: %s%n", first.status() == 0 ? "-" : first.status(), group.size(),
                    first.cause()));
            Map<String, Long> where = group.stream().collect(Collectors.groupingBy(f -> f.method() + " " + f.template(),
                    LinkedHashMap::new, Collectors.counting()));
            out.append("    where: ").append(where.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(12).map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", ")));
            if (where.size() > 12) {
                out.append(", … ").append(where.size() - 12).append(" more");
            }
            out.append('\n');
            Failure sample = group.stream().filter(f -> f.request() != null)
                    .min(Comparator.comparingInt(f -> f.request().display().length())).orElse(first);
            if (sample.request() != null) {
                out.append("    sample request:\n").append(indent(sample.request().display(), "      ")).append('\n');
            }
            if (!sample.answer().isEmpty()) {
                out.append("    answer: ").append(sample.answer()).append('\n');
            }
        }
        return out.toString();
    }

    private static String indent(String text, String prefix) {
        return text.lines().map(line -> prefix + line).collect(Collectors.joining("\n"));
    }

    /** Text fit for one report line: control characters escaped, at most {@code max} characters. */
    static String printable(String text, int max) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\t') {
                out.append(c);
            } else if (c == '\r') {
                continue;
            } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)))) {
                out.append(String.format("\\x%02x", (int) c & 0xff));
            } else {
                out.append(c);
            }
        }
        String cut = out.toString();
        String whole = text.length() > max ? cut + "… (" + text.length() + " chars)" : cut;
        return whole.replaceAll("(.)\\1{40,}", "$1$1$1…");
    }

    /** The shape of a message, for grouping: numbers, ids and quoted values replaced, whitespace folded. */
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
