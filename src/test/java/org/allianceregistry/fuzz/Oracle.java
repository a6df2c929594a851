package org.allianceregistry.fuzz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every answer must be, whatever was asked: no 5xx but 501 and 505; every error an
 * RFC 9457 problem ({@code application/problem+json} with {@code type}, {@code title},
 * {@code status} as on the status line and {@code detail}); nothing of the server's
 * insides in any body (stack traces, class names, SQL); and no write answered 2xx without
 * the editor's credentials.
 */
final class Oracle {

    /** The kinds of failure, in the order the report lists them. */
    enum Check {

        SERVER_ERROR("5xx other than 501/505"), NOT_A_PROBLEM("error (status >= 400) not application/problem+json"),
        INVALID_PROBLEM("problem without type, title, status (as on the status line) or detail"),
        LEAK("stack trace, Java class name or SQL in a body"),
        WRITE_WITHOUT_CREDENTIALS("write answered 2xx without the editor's credentials"),
        REJECTED_WRITE_CHANGED_DATA("rejected write changed the data"),
        DATA_CHANGED_WITHOUT_EDITOR("data changed during the phase without the editor's credentials"),
        AUDIT("successful write without exactly one matching row in the audit table changes"),
        NO_RESPONSE("no HTTP response"), ERROR_LOGGED("server log line at ERROR level");

        final String description;

        Check(String description) {
            this.description = description;
        }

    }

    /**
     * One failed check of one exchange. {@code cause} says what went wrong, in words the
     * report groups by.
     */
    record Failure(Check check, String cause, String method, String template, int status, RawHttp.Request request,
            String answer, String correlationId) {
    }

    /**
     * A request sent and the answer it got, kept to name the request behind a log line.
     */
    record Exchange(String method, String template, int status, RawHttp.Request request, String answer, long sentMillis,
            long answeredMillis) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Map<String, Pattern> LEAKS = Map.ofEntries(
            Map.entry("stack frame", Pattern.compile("(?m)^\\s*at [\\w$]+(\\.[\\w$<>]+)+\\(|\\.java:\\d+\\)")),
            Map.entry("Java package", Pattern.compile(
                    "\\b(java|javax|jakarta)\\.[a-z]+\\.|\\borg\\.(springframework|hibernate|apache\\.(catalina|tomcat|coyote))\\b"
                            + "|\\bcom\\.(zaxxer|fasterxml)\\b|\\btools\\.jackson\\b|\\borg\\.allianceregistry\\.[a-z]+\\.")),
            Map.entry("exception class", Pattern.compile("\\b[A-Z][A-Za-z0-9]*(Exception|Error)\\b")),
            Map.entry("source file", Pattern.compile("\\b[A-Z]\\w*\\.java\\b")),
            Map.entry("SQL", Pattern
                .compile("\\bSELECT\\b[^\"]{0,300}?\\bFROM\\b|(?i)\\binsert\\s+into\\b|(?i)\\bupdate\\s+\\w+\\s+set\\b"
                        + "|(?i)\\bdelete\\s+from\\s+\\w|(?i)\\bselect\\s+[a-z]+\\d+_\\d+\\.|\\borg\\.h2\\b|PSQLException|(?i)\\bSQL\\s*state\\b"
                        + "|\\b(uq|fk|ck|pk|ix)_[a-z]+_[a-z_]+\\b")));

    private Oracle() {
    }

    /**
     * What the leak patterns find in the stored data itself, such as a curated source
     * that cites {@code java.util.Locale}: content the registry serves on purpose, not
     * its insides.
     */
    static Set<String> storedMatches(RegistryDatabase.Dump dump) {
        Set<String> found = new HashSet<>();
        for (List<String> rows : dump.tables().values()) {
            for (String row : rows) {
                for (Pattern leak : LEAKS.values()) {
                    Matcher matcher = leak.matcher(row);
                    while (matcher.find()) {
                        found.add(matcher.group());
                    }
                }
            }
        }
        return found;
    }

    static List<Failure> check(ApiGenerators.Plan plan, RawHttp.Request request, RawHttp.Response response,
            Set<String> stored) {
        List<Failure> failures = new ArrayList<>();
        int status = response.status();
        String id = response.header("X-Request-Id").orElse(request.header("X-Request-Id").orElse(""));
        String answer = answer(response);
        if (status >= 500 && status != 501 && status != 505) {
            failures
                .add(new Failure(Check.SERVER_ERROR, "", plan.method(), plan.template(), status, request, answer, id));
        }
        if (status >= 400) {
            String type = response.contentType();
            String mediaType = type.split(";")[0].trim().toLowerCase(Locale.ROOT);
            if (!mediaType.equals("application/problem+json")) {
                String what = response.body().length == 0 ? "empty body"
                        : "body \"" + Report.shape(response.text(), 40) + "\"";
                failures.add(new Failure(Check.NOT_A_PROBLEM, "Content-Type '" + Report.shape(type, 60) + "', " + what,
                        plan.method(), plan.template(), status, request, answer, id));
            }
            else if (response.bodyAllowed()) {
                String problem = problemDefects(response);
                if (!problem.isEmpty()) {
                    failures.add(new Failure(Check.INVALID_PROBLEM, problem, plan.method(), plan.template(), status,
                            request, answer, id));
                }
            }
        }
        boolean metrics = status < 300 && plan.template().equals("/actuator/prometheus");
        if (!metrics && response.body().length > 0) {
            String body = response.text();
            for (Map.Entry<String, Pattern> leak : LEAKS.entrySet()) {
                Matcher matcher = leak.getValue().matcher(body);
                while (matcher.find()) {
                    if (!stored.contains(matcher.group())) {
                        failures.add(new Failure(Check.LEAK,
                                leak.getKey() + ": \"" + Report.shape(matcher.group(), 60) + "\"", plan.method(),
                                plan.template(), status, request, answer, id));
                        break;
                    }
                }
            }
        }
        if (plan.write() && plan.credentials() != ApiGenerators.Credentials.EDITOR && status >= 200 && status < 300) {
            failures.add(new Failure(Check.WRITE_WITHOUT_CREDENTIALS, "credentials " + plan.credentials(),
                    plan.method(), plan.template(), status, request, answer, id));
        }
        return failures;
    }

    private static String problemDefects(RawHttp.Response response) {
        JsonNode problem;
        try {
            problem = JSON.readTree(response.body());
        }
        catch (RuntimeException notJson) {
            return "body is not JSON: \"" + Report.shape(response.text(), 40) + "\"";
        }
        if (problem == null || !problem.isObject()) {
            return "body is not a JSON object";
        }
        List<String> defects = new ArrayList<>();
        for (String member : List.of("type", "title", "detail")) {
            if (!problem.path(member).isString() || problem.path(member).asString().isBlank()) {
                defects.add("no " + member);
            }
        }
        if (!problem.path("status").isInt()) {
            defects.add("no status");
        }
        else if (problem.path("status").asInt() != response.status()) {
            defects.add("status " + problem.path("status").asInt() + " in the body");
        }
        return String.join(", ", defects);
    }

    /**
     * The response as the report shows it: status line, content type, the start of the
     * body.
     */
    static String answer(RawHttp.Response response) {
        return response.statusLine() + " | Content-Type: " + response.contentType() + " | "
                + (response.bodyAllowed() ? Report.printable(response.text(), 400)
                        : "(no body: " + (response.status() == 304 ? "304" : "HEAD") + ")");
    }

}
