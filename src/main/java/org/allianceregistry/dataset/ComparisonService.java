package org.allianceregistry.dataset;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.alliance.AllianceService;
import org.allianceregistry.dataset.AllianceComparison.DatasetCompared;
import org.allianceregistry.dataset.AllianceComparison.DatasetSide;
import org.allianceregistry.dataset.AllianceComparison.Difference;
import org.allianceregistry.dataset.AllianceComparison.Pair;
import org.allianceregistry.dataset.AllianceComparison.Reason;
import org.allianceregistry.dataset.AllianceComparison.RecordPeriod;
import org.allianceregistry.dataset.AllianceComparison.Row;
import org.allianceregistry.dataset.AllianceComparison.Span;
import org.allianceregistry.dataset.AllianceComparison.StateComparison;
import org.allianceregistry.membership.MembershipActKind;
import org.allianceregistry.membership.MembershipResponse;
import org.allianceregistry.membership.MembershipService;
import org.allianceregistry.membership.WithdrawalSummary;
import org.allianceregistry.shared.Language;
import org.allianceregistry.state.CowStateCode;
import org.allianceregistry.state.MemberStateService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets an alliance's curated record beside the imported datasets' rows for the alliance
 * numbers linked to it, state by state, and names the reason of every difference
 * ({@link ComparisonReason}). A dataset code is read as a registry state through the COW
 * crosswalk on the row's entry day (the nearest period of the code when the row begins
 * before COW lists the state).
 */
@Service
@Transactional(readOnly = true)
class ComparisonService {

    /**
     * An accession the dataset dates earlier by less than this is a different kind of
     * date.
     */
    private static final long DATE_KIND_DAYS = 730;

    private final AllianceService alliances;

    private final MembershipService memberships;

    private final MemberStateService states;

    private final DatasetRepository datasets;

    ComparisonService(AllianceService alliances, MembershipService memberships, MemberStateService states,
            DatasetRepository datasets) {
        this.alliances = alliances;
        this.memberships = memberships;
        this.states = states;
        this.datasets = datasets;
    }

    public AllianceComparison compare(String allianceCode) {
        Alliance alliance = alliances.require(allianceCode);
        List<MembershipResponse> periods = memberships
            .history(alliance.getCode(), null, PageRequest.of(0, 1000, Sort.by("startDate.date")), Language.EN)
            .getContent();
        List<CowStateCode> crosswalk = states.cowCrosswalk();
        Map<String, StateKey> keys = new LinkedHashMap<>();
        Map<String, List<RecordPeriod>> record = new LinkedHashMap<>();
        for (MembershipResponse period : periods) {
            keys.putIfAbsent(period.iso3(), new StateKey(period.iso2(), period.iso3(), period.name()));
            record.computeIfAbsent(period.iso3(), iso3 -> new ArrayList<>()).add(recordPeriod(period));
        }
        List<DatasetCompared> compared = new ArrayList<>();
        Map<String, List<DatasetSide>> sides = new LinkedHashMap<>();
        for (DatasetKind kind : DatasetKind.values()) {
            List<Integer> numbers = kind == DatasetKind.ATOP_4_01
                    ? (alliance.getAtopId() == null ? List.of() : List.of(alliance.getAtopId())) : alliance.getCowIds();
            boolean imported = datasets.find(kind).isPresent();
            compared.add(new DatasetCompared(kind.id(), imported, numbers, kind.coverageStart(), kind.coverageEnd(),
                    note(kind, imported, numbers)));
            if (!imported || numbers.isEmpty()) {
                continue;
            }
            Map<String, List<Row>> rows = new LinkedHashMap<>();
            for (int number : numbers) {
                for (DatasetMemberResponse member : datasets.members(kind, number)) {
                    StateKey key = stateOf(member, crosswalk);
                    keys.putIfAbsent(key.id(), key);
                    rows.computeIfAbsent(key.id(), id -> new ArrayList<>())
                        .add(new Row(number, member.stateCode(), member.stateName(), member.phase(), member.entry(),
                                member.exit(), member.source()));
                }
            }
            Set<String> all = new HashSet<>(record.keySet());
            all.addAll(rows.keySet());
            for (String state : all) {
                sides.computeIfAbsent(state, id -> new ArrayList<>())
                    .add(side(kind, numbers, record.getOrDefault(state, List.of()), rows.getOrDefault(state, List.of()),
                            crosswalk));
            }
        }
        List<StateComparison> comparisons = keys.values()
            .stream()
            .sorted(Comparator.comparing(StateKey::name))
            .map(key -> new StateComparison(key.iso2(), key.iso3(), key.name(),
                    record.getOrDefault(key.id(), List.of()), sides.getOrDefault(key.id(), List.of())))
            .toList();
        List<Reason> reasons = Arrays.stream(ComparisonReason.values())
            .map(reason -> new Reason(reason, reason.meaning()))
            .toList();
        return new AllianceComparison(alliance.getCode(), compared, reasons, comparisons);
    }

    private static @Nullable String note(DatasetKind kind, boolean imported, List<Integer> numbers) {
        if (!imported) {
            return "%s %s has not been imported: nothing of it is compared (%s). An editor imports it with PUT /api/v1/datasets/%s."
                .formatted(kind.title(), kind.version(), ComparisonReason.NOT_IMPORTED, kind.id());
        }
        if (numbers.isEmpty()) {
            return "The registry links this alliance to no alliance of " + kind.title() + ".";
        }
        return null;
    }

    private static RecordPeriod recordPeriod(MembershipResponse period) {
        LocalDate suspended = period.withdrawals()
            .stream()
            .filter(act -> act.kind() == MembershipActKind.SUSPENSION
                    || act.kind() == MembershipActKind.PARTICIPATION_FROZEN)
            .filter(act -> act.liftedOn() == null)
            .map(WithdrawalSummary::effectiveDate)
            .min(Comparator.naturalOrder())
            .orElse(null);
        return new RecordPeriod(period.startDate(), period.startKind().name(), period.endDate(),
                period.endKind() == null ? null : period.endKind().name(), suspended, period.time());
    }

    /** The registry state a dataset row names, through the crosswalk on its entry day. */
    private static StateKey stateOf(DatasetMemberResponse member, List<CowStateCode> crosswalk) {
        LocalDate day = member.entry().earliest();
        Optional<CowStateCode> row = crosswalk.stream()
            .filter(code -> code.cowCode() == member.stateCode())
            .min(Comparator.comparingLong(code -> code.distanceTo(day)));
        String name = member.stateName() == null ? "COW state " + member.stateCode() : member.stateName();
        return row.map(code -> new StateKey(code.iso2(), code.iso3(), code.name()))
            .orElseGet(() -> new StateKey(null, null, name + " (dataset code " + member.stateCode() + ")"));
    }

    private static DatasetSide side(DatasetKind kind, List<Integer> numbers, List<RecordPeriod> record, List<Row> rows,
            List<CowStateCode> crosswalk) {
        List<Difference> general = new ArrayList<>();
        int primary = numbers.stream()
            .filter(number -> rows.stream().anyMatch(row -> row.allianceNumber() == number))
            .findFirst()
            .orElse(numbers.get(0));
        List<Row> main = rows.stream().filter(row -> row.allianceNumber() == primary).toList();
        for (Row other : rows) {
            if (other.allianceNumber() != primary && main.stream()
                .anyMatch(row -> overlap(row.entry(), row.exit(), other.entry(), other.exit(), kind) > 0)) {
                general.add(new Difference(ComparisonReason.DUPLICATE_ROWS,
                        "%s has the state in alliance %d (line %d) as well as in %d, overlapping."
                            .formatted(kind.title(), other.allianceNumber(), other.source().line(), primary)));
                break;
            }
        }
        Set<Integer> codes = new TreeSet<>();
        rows.forEach(row -> codes.add(row.stateCode()));
        if (codes.size() > 1) {
            general.add(new Difference(ComparisonReason.STATE_IDENTITY,
                    "%s codes the state with %s over time.".formatted(kind.title(), codes)));
        }
        for (int code : codes) {
            Set<String> named = new TreeSet<>();
            crosswalk.stream().filter(c -> c.cowCode() == code).forEach(c -> named.add(c.iso3()));
            if (named.size() > 1) {
                general.add(new Difference(ComparisonReason.STATE_IDENTITY,
                        "State code %d stands for %s at different times (COW codes them as one state); the registry reads it by the row's dates."
                            .formatted(code, named)));
            }
        }
        List<Span> spans = spans(main, primary);
        List<Pair> pairs = pairs(kind, record, spans);
        if (!general.isEmpty()) {
            List<Pair> withGeneral = new ArrayList<>();
            Pair first = pairs.isEmpty() ? new Pair(null, null, List.of()) : pairs.get(0);
            List<Difference> differences = new ArrayList<>(general);
            differences.addAll(first.differences());
            withGeneral.add(new Pair(first.record(), first.dataset(), differences));
            withGeneral.addAll(pairs.subList(Math.min(1, pairs.size()), pairs.size()));
            pairs = withGeneral;
        }
        return new DatasetSide(kind.id(), rows, pairs);
    }

    /** Consecutive rows (phases, a change of code) merged into spans of membership. */
    private static List<Span> spans(List<Row> rows, int number) {
        List<Row> sorted = rows.stream().sorted(Comparator.comparing(row -> row.entry().earliest())).toList();
        List<Span> spans = new ArrayList<>();
        DatasetDate entry = null;
        DatasetDate exit = null;
        for (Row row : sorted) {
            if (entry != null && (exit == null || !row.entry().earliest().isAfter(exit.latest().plusDays(1)))) {
                if (exit != null && (row.exit() == null || row.exit().latest().isAfter(exit.latest()))) {
                    exit = row.exit();
                }
                continue;
            }
            if (entry != null) {
                spans.add(new Span(entry, exit, List.of(number)));
            }
            entry = row.entry();
            exit = row.exit();
        }
        if (entry != null) {
            spans.add(new Span(entry, exit, List.of(number)));
        }
        return spans;
    }

    private static List<Pair> pairs(DatasetKind kind, List<RecordPeriod> record, List<Span> spans) {
        List<Pair> pairs = new ArrayList<>();
        Set<Span> paired = new HashSet<>();
        for (RecordPeriod period : record) {
            Span best = null;
            long most = 0;
            for (Span span : spans) {
                long days = overlap(period, span, kind);
                if (!paired.contains(span) && days > most) {
                    best = span;
                    most = days;
                }
            }
            if (best == null) {
                pairs.add(new Pair(period, null, List.of(absent(kind, period))));
                continue;
            }
            paired.add(best);
            pairs.add(new Pair(period, best, differences(kind, period, best)));
        }
        for (Span span : spans) {
            if (!paired.contains(span)) {
                pairs.add(new Pair(null, span,
                        List.of(new Difference(ComparisonReason.ABSENT_IN_RECORD,
                                "%s has the state in the alliance from %s; the record has no membership period for it."
                                    .formatted(kind.title(), span.entry().value())))));
            }
        }
        return pairs;
    }

    private static Difference absent(DatasetKind kind, RecordPeriod period) {
        if (period.start().isAfter(kind.coverageEnd())) {
            return new Difference(ComparisonReason.OUTSIDE_COVERAGE,
                    "The record's period begins %s, after %s's coverage ends (%s).".formatted(period.start(),
                            kind.title(), kind.coverageEnd()));
        }
        return new Difference(ComparisonReason.ABSENT_IN_DATASET,
                "The record has the state in the alliance from %s; %s has no row for it.".formatted(period.start(),
                        kind.title()));
    }

    private static List<Difference> differences(DatasetKind kind, RecordPeriod period, Span span) {
        List<Difference> differences = new ArrayList<>();
        DatasetDate entry = span.entry();
        if (!within(period.start(), entry)) {
            long earlier = ChronoUnit.DAYS.between(entry.latest(), period.start());
            boolean accession = !period.startKind().equals("ORIGINAL_SIGNATORY");
            if (accession && earlier > 0 && earlier < DATE_KIND_DAYS) {
                differences.add(new Difference(ComparisonReason.DATE_KIND,
                        "%s dates the entry %s, %d days before the record's %s (%s): a signature beside a deposit or entry into force%s."
                            .formatted(kind.title(), entry.value(), earlier, period.start(), period.startKind(),
                                    kind == DatasetKind.ATOP_4_01 ? "; ATOP dates every entry by signature" : "")));
            }
            else {
                differences.add(new Difference(ComparisonReason.DATES_DIFFER, "%s dates the entry %s; the record %s."
                    .formatted(kind.title(), entry.value(), period.start())));
            }
        }
        DatasetDate exit = span.exit();
        LocalDate end = period.end();
        if (end == null && exit != null) {
            differences.add(new Difference(ComparisonReason.DATES_DIFFER,
                    "%s has the state out on %s; the record has no exit%s.".formatted(kind.title(), exit.value(),
                            period.suspendedFrom() == null ? "" : " (participation suspended from "
                                    + period.suspendedFrom() + ", the membership not ended)")));
        }
        else if (end != null && exit == null) {
            if (!end.isAfter(kind.coverageEnd())) {
                differences.add(new Difference(ComparisonReason.EXIT_ABSENT,
                        "The record has the state out on %s (%s); %s has no exit: still a member at the end of its coverage (%s)."
                            .formatted(end, period.endKind(), kind.title(), kind.coverageEnd())));
            }
        }
        // A dataset's exit day is the day of the change: the record's first day out
        // (its exclusive end) or its last day in (the parties through 20 Apr 1999: ATOP
        // exits them on 1999-04-20, the record ends them on 1999-04-21). Either agrees.
        else if (end != null && !within(end, exit) && !within(end.minusDays(1), exit)) {
            if (end.isAfter(kind.coverageEnd())) {
                differences.add(new Difference(ComparisonReason.OUTSIDE_COVERAGE,
                        "The record's exit %s is after %s's coverage ends (%s); the dataset has %s.".formatted(end,
                                kind.title(), kind.coverageEnd(), exit.value())));
            }
            else {
                differences.add(new Difference(ComparisonReason.DATES_DIFFER,
                        "%s has the state out on %s; the record on %s (%s).".formatted(kind.title(), exit.value(), end,
                                period.endKind())));
            }
        }
        return differences;
    }

    private static boolean within(LocalDate day, DatasetDate date) {
        return !day.isBefore(date.earliest()) && !day.isAfter(date.latest());
    }

    private static long overlap(RecordPeriod period, Span span, DatasetKind kind) {
        LocalDate end = period.end() == null ? kind.coverageEnd().plusDays(1) : period.end();
        return overlap(period.start(), end, span.entry().earliest(),
                span.exit() == null ? kind.coverageEnd().plusDays(1) : span.exit().latest());
    }

    private static long overlap(DatasetDate entryA, @Nullable DatasetDate exitA, DatasetDate entryB,
            @Nullable DatasetDate exitB, DatasetKind kind) {
        LocalDate open = kind.coverageEnd().plusDays(1);
        return overlap(entryA.earliest(), exitA == null ? open : exitA.latest(), entryB.earliest(),
                exitB == null ? open : exitB.latest());
    }

    private static long overlap(LocalDate startA, LocalDate endA, LocalDate startB, LocalDate endB) {
        LocalDate start = startA.isAfter(startB) ? startA : startB;
        LocalDate end = endA.isBefore(endB) ? endA : endB;
        return Math.max(0, ChronoUnit.DAYS.between(start, end));
    }

    /** A state of the comparison: a registry state, or a dataset code without one. */
    private record StateKey(@Nullable String iso2, @Nullable String iso3, String name) {

        String id() {
            return iso3 != null ? iso3 : name;
        }

    }

}
