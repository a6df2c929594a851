package org.allianceregistry.fuzz;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.allianceregistry.fuzz.ApiGenerators.Body;
import org.allianceregistry.fuzz.Records.Kind;

/**
 * Well-formed bodies of the write operations, field for field as the request records of
 * the API declare them (CreateAllianceRequest, AdmitMemberRequest,
 * RecordWithdrawalRequest, AssignChairRequest, RecordEventRequest, RecordProtocolRequest,
 * RegisterMemberStateRequest, NewSourceRequest and the Update…Requests), filled with real
 * states, open membership periods and sources so that many of them can pass. {@code n}
 * varies the values.
 */
final class Bodies {

    private static final LocalDate FUTURE = LocalDate.of(2027, 1, 1);

    private static final List<String> WITHDRAWAL_KINDS = List.of("WITHDRAWAL", "NON_RENEWAL", "SUSPENSION",
            "PARTICIPATION_FROZEN", "FINANCING_REFUSED");

    private static final List<String> EVENT_KINDS = List.of("OPERATION", "EXERCISE", "SUMMIT", "DECISION", "STATEMENT",
            "FORCE", "FORCE_STRENGTH", "APPOINTMENT", "OTHER", "DEPLOYMENT");

    private static final List<String> PROTOCOL_KINDS = List.of("TREATY", "CHARTER", "PROTOCOL", "AGREEMENT",
            "MEMORANDUM", "DECISION", "RESOLUTION", "DECLARATION", "STRATEGY");

    private static final List<String> VERIFICATIONS = List.of("VERIFIED", "SINGLE_SOURCE", "UNVERIFIED");

    private Bodies() {
    }

    static Map<String, Object> of(Body body, Kind target, Records records, Map<String, String> path, int n) {
        String alliance = path.getOrDefault("alliance", "csto");
        Map<String, Object> fields = new LinkedHashMap<>();
        switch (body) {
            case NEW_SOURCE -> source(fields, path.getOrDefault("source", "FZ-" + n), n);
            case CREATE_ALLIANCE -> {
                fields.put("code", "fz-" + (n % 100_000) + "-pact");
                alliance(fields, n);
            }
            case UPDATE_ALLIANCE -> alliance(fields, n);
            case ADMIT -> {
                Records.Ref state = records.pick(Kind.STATE, n);
                fields.put("state", n % 3 == 0 ? state.alias().toLowerCase() : state.key());
                fields.put("startDate", day(n % 3650));
                fields.put("startKind", pick(List.of("ACCESSION", "FOUNDING_MEMBER", "ORIGINAL_SIGNATORY"), n / 7));
                if (n % 5 == 0) {
                    fields.put("endDate", day(n % 3650 + 400));
                    fields.put("endKind", "WITHDRAWAL");
                }
                if (n % 7 == 0) {
                    fields.remove("startDate");
                    fields.put("startEdtf", n % 2 == 0 ? String.valueOf(2030 + n % 50) : (2030 + n % 50) + "-07");
                }
                fields.put("note", "Admitted in a fuzz run (" + n + ").");
                fields.put("verification", pick(VERIFICATIONS, n));
                sources(fields, records, n);
            }
            case UPDATE_MEMBERSHIP -> {
                fields.put("startDate", n % 4 == 0 ? "1992-05-15" : day(n % 3650));
                fields.put("startKind", pick(List.of("ACCESSION", "FOUNDING_MEMBER", "ORIGINAL_SIGNATORY"), n / 7));
                fields.put("endDate", n % 3 == 0 ? day(n % 3650 + 500) : null);
                fields.put("endKind", n % 3 == 0
                        ? pick(List.of("WITHDRAWAL", "NON_RENEWAL", "DISSOLUTION", "STATE_CEASED"), n) : null);
                fields.put("note", "Corrected in a fuzz run (" + n + ").");
                fields.put("verification", pick(VERIFICATIONS, n));
                sources(fields, records, n);
            }
            case RECORD_WITHDRAWAL -> {
                Records.OpenPeriod period = records.open(alliance, n);
                fields.put("state", n % 2 == 0 ? period.iso2() : period.iso3().toLowerCase());
                fields.put("kind", pick(WITHDRAWAL_KINDS, n / 3));
                LocalDate effective = after(period.start(), n % 1000);
                fields.put("noticeDate", effective.minusDays(10).toString());
                fields.put("effectiveDate", effective.toString());
                if (n % 4 == 1) {
                    fields.put("liftedOn", effective.plusDays(200).toString());
                }
                fields.put("reason", "Recorded in a fuzz run (" + n + ").");
                fields.put("verification", pick(VERIFICATIONS, n));
                sources(fields, records, n);
            }
            case UPDATE_WITHDRAWAL -> {
                fields.put("noticeDate", day(n % 1000));
                fields.put("effectiveDate", day(n % 1000 + 10));
                fields.put("liftedOn", n % 3 == 0 ? day(n % 1000 + 300) : null);
                fields.put("reason", "Corrected in a fuzz run (" + n + ").");
                fields.put("verification", pick(VERIFICATIONS, n));
                fields.put("note", null);
                sources(fields, records, n);
            }
            case ASSIGN_CHAIR -> {
                Records.OpenPeriod period = records.open(alliance, n);
                int year = 2030 + n % 150;
                fields.put("state", n % 2 == 0 ? period.iso2() : period.iso3());
                fields.put("chairYear", year);
                fields.put("startDate", year + "-01-01");
                fields.put("endDate", (year + 1) + "-01-01");
                fields.put("headOfState", "N. N. " + (n % 100));
                fields.put("interim", n % 9 == 0);
                fields.put("verification", pick(VERIFICATIONS, n));
                sources(fields, records, n);
            }
            case RECORD_EVENT -> {
                Records.OpenPeriod period = records.open(alliance, n);
                fields.put("kind", pick(EVENT_KINDS, n));
                fields.put("title", "Fuzz event " + n);
                fields.put("startDate", day(n % 2000));
                fields.put("datePrecision", pick(List.of("DAY", "MONTH", "YEAR"), n / 11));
                fields.put("endDate", day(n % 2000 + 6));
                fields.put("place", "Minsk");
                fields.put("description", "An event recorded in a fuzz run.");
                if (n % 4 == 0) {
                    fields.put("quantity", n % 5000);
                    fields.put("quantityUnit", "personnel");
                    fields.put("quantityQualifier", pick(List.of("EXACTLY", "ABOUT", "UP_TO", "MORE_THAN"), n / 5));
                }
                fields.put("verification", pick(VERIFICATIONS, n));
                fields.put("participants", List.of(object("state", period.iso2(), "role", "Host")));
                sources(fields, records, n);
            }
            case RECORD_PROTOCOL -> {
                Records.OpenPeriod period = records.open(alliance, n);
                fields.put("kind", pick(PROTOCOL_KINDS, n));
                fields.put("titleEn", "Fuzz protocol " + n);
                fields.put("signedOn", day(n % 2000));
                fields.put("signedPlace", "Moscow");
                fields.put("inForceOn", n % 2 == 0 ? day(n % 2000 + 90) : null);
                fields.put("subject", "A document recorded in a fuzz run.");
                fields.put("verification", pick(VERIFICATIONS, n));
                fields.put("signatories", List.of(object("state", period.iso2(), "signedOn", day(n % 2000),
                        "verification", pick(VERIFICATIONS, n / 3))));
                fields.put("provisions", List.of(object("article", "Art. 1", "text", "The parties agree.",
                        "verification", pick(VERIFICATIONS, n / 7))));
                sources(fields, records, n);
            }
            case REGISTER_STATE -> {
                fields.put("iso2", letters(n, 2));
                fields.put("iso3", letters(n / 7, 3));
                fields.put("isoNumeric", String.format("%03d", n % 1000));
                fields.put("nameEn", "Fuzzland " + n);
                fields.put("nameRu", "Фаззландия " + n);
                fields.put("nameAr", "أرض " + n);
                fields.put("historic", n % 4 == 0);
                if (n % 4 == 0) {
                    fields.put("ceasedOn", "1991-12-26");
                }
                fields.put("verification", pick(VERIFICATIONS, n));
                sources(fields, records, n);
            }
            case UPDATE_STATE -> {
                fields.put("nameEn", "Fuzzland " + n);
                fields.put("nameRu", "Фаззландия " + n);
                fields.put("nameAr", "أرض " + n);
                fields.put("officialName", n % 2 == 0 ? "Republic of Fuzzland" : null);
                fields.put("formerCode", null);
                fields.put("historic", false);
                fields.put("ceasedOn", null);
                fields.put("verification", pick(VERIFICATIONS, n));
                sources(fields, records, n);
            }
            case PATCH -> {
                Map<String, Object> whole = of(forPatch(target), target, records, path, n);
                List<String> names = new ArrayList<>(whole.keySet());
                for (int i = 0; i < 1 + n % 2 && !names.isEmpty(); i++) {
                    String name = names.remove(Math.floorMod(n / (i + 3), names.size()));
                    fields.put(name, whole.get(name));
                }
            }
            case NONE -> {
            }
        }
        return fields;
    }

    private static Body forPatch(Kind target) {
        if (target == null) {
            return Body.NEW_SOURCE;
        }
        return switch (target) {
            case ALLIANCE -> Body.UPDATE_ALLIANCE;
            case STATE -> Body.UPDATE_STATE;
            case SOURCE -> Body.NEW_SOURCE;
            case MEMBERSHIP -> Body.UPDATE_MEMBERSHIP;
            case WITHDRAWAL -> Body.UPDATE_WITHDRAWAL;
            case CHAIRMANSHIP -> Body.ASSIGN_CHAIR;
            case EVENT -> Body.RECORD_EVENT;
            case PROTOCOL -> Body.RECORD_PROTOCOL;
        };
    }

    private static void alliance(Map<String, Object> fields, int n) {
        fields.put("acronymEn", "FZ" + (n % 1000));
        fields.put("acronymRu", "ФЗ");
        fields.put("nameEn", "Fuzz Pact " + n);
        fields.put("nameRu", "Пакт " + n);
        fields.put("nameAr", "حلف " + n);
        fields.put("kind", n % 2 == 0 ? "COLLECTIVE_DEFENCE_ALLIANCE" : "COLLECTIVE_DEFENCE_ORGANISATION");
        fields.put("treatyName", "Fuzz Treaty");
        fields.put("treatySignedOn", day(n % 1000));
        fields.put("treatyInForceOn", n % 3 == 0 ? day(n % 1000 + 30) : null);
        fields.put("headquarters", "Geneva");
        fields.put("website", "https://example.org/" + n);
        fields.put("description", "An alliance recorded in a fuzz run.");
        fields.put("verification", pick(VERIFICATIONS, n));
        fields.put("sources", List.of("R12"));
    }

    private static void source(Map<String, Object> fields, String code, int n) {
        fields.put("code", code);
        fields.put("title", "Fuzz source " + n);
        if (n % 4 == 0) {
            fields.put("document", "Note verbale " + n);
        }
        else {
            fields.put("url", "https://example.org/fuzz/" + n);
        }
        fields.put("publisher", "example.org");
        fields.put("accessedOn", "2026-11-30");
    }

    /**
     * Cited sources: recorded ones by code, sometimes a new one, sometimes none (which
     * the registry refuses).
     */
    private static void sources(Map<String, Object> fields, Records records, int n) {
        switch (n % 6) {
            case 0, 1, 2 -> fields.put("sources", List.of("R12"));
            case 3 -> fields.put("sources", List.of(records.pick(Kind.SOURCE, n).key(), "R1"));
            case 4 -> {
                Map<String, Object> source = new LinkedHashMap<>();
                source.put("title", "Fuzz citation " + n);
                source.put("url", "https://example.org/cite/" + n);
                fields.put("newSources", List.of(source));
            }
            default -> {
            }
        }
    }

    /**
     * A JSON object with its members in the order given (Map.of would shuffle them from
     * run to run).
     */
    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    private static String day(int days) {
        return FUTURE.plusDays(days).toString();
    }

    private static LocalDate after(String start, int days) {
        LocalDate from = LocalDate.parse(start).plusDays(1);
        return (from.isAfter(FUTURE) ? from : FUTURE).plusDays(days);
    }

    private static String letters(int n, int count) {
        StringBuilder code = new StringBuilder();
        int value = Math.abs(n);
        for (int i = 0; i < count; i++) {
            code.append((char) ('A' + value % 26));
            value /= 26;
        }
        return code.toString();
    }

    private static String pick(List<String> values, int n) {
        return values.get(Math.floorMod(n, values.size()));
    }

}
