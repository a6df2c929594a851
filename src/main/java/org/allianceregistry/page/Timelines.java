package org.allianceregistry.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allianceregistry.chairmanship.ChairmanshipResponse;
import org.allianceregistry.membership.MembershipActKind;
import org.allianceregistry.membership.MembershipResponse;
import org.allianceregistry.membership.WithdrawalSummary;
import org.allianceregistry.shared.Precision;
import org.jspecify.annotations.Nullable;

/**
 * The alliance page's two timelines, from the same records its tables show: the
 * membership history (one lane per state, one bar per period, suspensions hatched, frozen
 * participation dotted, non-renewals and withdrawals marked) and the chair rotation
 * (recorded terms on one lane, the rule's projections apart on another).
 */
final class Timelines {

    private Timelines() {
    }

    /**
     * @param end where open periods stop on the picture: today, the chosen day if later,
     * or the alliance's dissolution
     */
    static String membership(List<MembershipResponse> history, LocalDate end, LocalDate asOf, PageLanguage lang,
            Labels labels) {
        Map<String, List<MembershipResponse>> byState = new LinkedHashMap<>();
        LocalDate first = end;
        for (MembershipResponse period : history) {
            byState.computeIfAbsent(period.iso3(), iso3 -> new ArrayList<>()).add(period);
            if (period.startDate().isBefore(first)) {
                first = period.startDate();
            }
        }
        List<Timeline.Lane> lanes = new ArrayList<>();
        for (List<MembershipResponse> periods : byState.values()) {
            List<Timeline.Span> spans = new ArrayList<>();
            List<Timeline.Mark> marks = new ArrayList<>();
            for (MembershipResponse period : periods) {
                LocalDate stop = period.endDate() != null ? period.endDate() : end;
                spans.add(new Timeline.Span(period.startDate(), stop, "member",
                        labels.get("timeline.period", period.name(), lang.date(period.startDate()),
                                period.endDate() != null ? lang.date(period.endDate()) : labels.get("open")),
                        null, period.iso3()));
                for (WithdrawalSummary act : period.withdrawals()) {
                    String kind = labels.get("act." + act.kind());
                    if (act.kind().endsMembership()) {
                        marks.add(new Timeline.Mark(act.effectiveDate(), "ended",
                                kind + ": " + lang.date(act.effectiveDate())));
                    }
                    else if (act.kind() == MembershipActKind.SUSPENSION
                            || act.kind() == MembershipActKind.PARTICIPATION_FROZEN) {
                        // The lanes shade suspensions and freezes; a refusal to finance
                        // is
                        // listed with the period in the history table.
                        LocalDate until = act.liftedOn() != null ? act.liftedOn() : stop;
                        if (until.isAfter(act.effectiveDate())) {
                            spans.add(new Timeline.Span(act.effectiveDate(), until,
                                    act.kind() == MembershipActKind.SUSPENSION ? "suspended" : "frozen",
                                    kind + ": " + lang.date(act.effectiveDate()) + " – "
                                            + (act.liftedOn() != null ? lang.date(act.liftedOn()) : labels.get("open")),
                                    null, period.iso3()));
                        }
                    }
                }
            }
            lanes.add(new Timeline.Lane(periods.get(0).name(), spans, marks));
        }
        return new Timeline(first, end, lang.rtl()).render("membership-timeline", "membership-heading", lanes, asOf,
                lang.date(asOf));
    }

    static String chair(List<ChairmanshipResponse> entries, LocalDate asOf, PageLanguage lang, Labels labels) {
        List<Timeline.Span> recorded = new ArrayList<>();
        List<Timeline.Span> projected = new ArrayList<>();
        LocalDate first = null;
        LocalDate last = null;
        for (int i = 0; i < entries.size(); i++) {
            ChairmanshipResponse term = entries.get(i);
            ChairmanshipResponse next = i + 1 < entries.size() ? entries.get(i + 1) : null;
            LocalDate start = term.startDate() != null ? term.startDate() : LocalDate.of(term.chairYear(), 1, 1);
            LocalDate end = end(term, next, start);
            String kind = term.projected() ? "projected" : term.interim() ? "interim" : "chair";
            if (term.startDate() == null || term.time() != null && (term.time().start().precision() != Precision.DAY
                    || term.time().end() != null && term.time().end().precision() != Precision.DAY)) {
                // A hand-over no source dates to the day: the span ends on its last
                // possible day.
                kind += " approximate";
            }
            String title = labels.get(term.projected() ? "timeline.projectedTerm" : "timeline.recordedTerm",
                    term.name(), term.chairYearLabel())
                    + (term.interim() ? " (" + labels.get("chair.interim") + ")" : "");
            (term.projected() ? projected : recorded)
                .add(new Timeline.Span(start, end, kind, title, term.iso2(), term.iso3()));
            first = first == null || start.isBefore(first) ? start : first;
            last = last == null || end.isAfter(last) ? end : last;
        }
        List<Timeline.Lane> lanes = new ArrayList<>();
        lanes.add(new Timeline.Lane(labels.get("chair.recorded"), recorded, List.of()));
        if (!projected.isEmpty()) {
            lanes.add(new Timeline.Lane(labels.get("chair.projected"), projected, List.of()));
        }
        return new Timeline(first, last.minusDays(1), lang.rtl()).render("chair-timeline", "chair-heading", lanes, asOf,
                lang.date(asOf));
    }

    /** Where a term stops on the picture: its hand-over, else the next term's start. */
    private static LocalDate end(ChairmanshipResponse term, @Nullable ChairmanshipResponse next, LocalDate start) {
        LocalDate end = term.endDate() != null ? term.endDate() : term.expectedEndDate();
        if (end == null && next != null && next.startDate() != null) {
            end = next.startDate();
        }
        if (end == null || !end.isAfter(start)) {
            end = start.plusYears(1);
        }
        return end;
    }

}
