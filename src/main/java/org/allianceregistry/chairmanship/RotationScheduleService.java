package org.allianceregistry.chairmanship;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.alliance.AllianceService;
import org.allianceregistry.membership.MemberStanding;
import org.allianceregistry.membership.MembershipService;
import org.allianceregistry.membership.MembershipTimeline;
import org.allianceregistry.revision.RegistryRevisionService;
import org.allianceregistry.shared.Certainty;
import org.allianceregistry.shared.HistoricalPeriod;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.LocalDateRange;
import org.allianceregistry.shared.LocalizedText;
import org.allianceregistry.source.SourceResponse;
import org.allianceregistry.source.SourceService;
import org.allianceregistry.web.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chairmanship schedule and the rotation rule behind it: the recorded terms, then the
 * terms the alliance's rotation rule projects after the last recorded one, with the
 * members eligible on each hand-over day read from the membership history; today's chair
 * from either. An interim term stands in for the state whose turn it was: the rotation
 * continues from the last regular chair. What feeds the JSON, CSV and iCalendar answers.
 */
@Service
@Transactional(readOnly = true)
public class RotationScheduleService {

    /** Earliest and latest chair year a schedule request may name. */
    public static final int MIN_YEAR = 1900;

    public static final int MAX_YEAR = 2200;

    /** At most this many chair years per schedule request. */
    public static final int MAX_YEARS = 50;

    /** Without {@code to}, a schedule reaches this many years past the current year. */
    public static final int YEARS_AHEAD = 10;

    private final ChairmanshipRepository terms;

    private final RotationRuleRepository rules;

    private final AllianceService alliances;

    private final MembershipService memberships;

    private final RegistryRevisionService revisions;

    RotationScheduleService(ChairmanshipRepository terms, RotationRuleRepository rules, AllianceService alliances,
            MembershipService memberships, RegistryRevisionService revisions) {
        this.terms = terms;
        this.rules = rules;
        this.alliances = alliances;
        this.memberships = memberships;
        this.revisions = revisions;
    }

    /**
     * The schedule for the years {@code from} to {@code to}: every term whose dates
     * certainly or possibly overlap the days from 1 January {@code from} to 31 December
     * {@code to} (Belarus's 2006-07 term, from 23 June 2006, is in {@code 2006}), each
     * saying which in {@code match}; a term with no known dates is selected by its chair
     * year, as POSSIBLE. Without {@code to}: {@value #YEARS_AHEAD} years after today's
     * year (never before {@code from}, at most {@value #MAX_YEARS} years from it).
     * Without {@code from}: the first recorded chair year (today's year if none), at most
     * {@value #MAX_YEARS} years before {@code to}.
     * @param frozenPolicy the policy for members that froze their participation; null for
     * the rule's default
     * @throws InvalidParameterException when {@code from} is after {@code to} or the
     * range spans more than {@value #MAX_YEARS} years
     */
    public ChairmanshipSchedule schedule(String allianceCode, @Nullable Integer from, @Nullable Integer to,
            @Nullable TurnPolicy frozenPolicy, LocalDate today, Language language) {
        Alliance alliance = alliances.require(allianceCode);
        List<ChairmanshipTerm> recorded = terms.findAllByAlliance(alliance);
        int horizon = Math.min(today.getYear() + YEARS_AHEAD, MAX_YEAR);
        int firstRecorded = recorded.isEmpty() ? today.getYear() : recorded.get(0).getChairYear();
        int toYear = to != null ? to : from == null ? horizon : Math.min(Math.max(from, horizon), from + MAX_YEARS - 1);
        int fromYear = from != null ? from : Math.max(Math.min(firstRecorded, toYear), toYear - MAX_YEARS + 1);
        if (fromYear > toYear) {
            throw new InvalidParameterException("from", "'from' (" + fromYear + ") is after 'to' (" + toYear + ").");
        }
        if (toYear - fromYear + 1 > MAX_YEARS) {
            throw new InvalidParameterException("to",
                    "A schedule covers at most " + MAX_YEARS + " chair years per request; " + fromYear + " to " + toYear
                            + " is " + (toYear - fromYear + 1) + ".");
        }
        Instant lastModified = revisions.current().lastModified();
        if (to == null) {
            // The default range moves on 1 January, and the response with it.
            lastModified = latest(lastModified, startOfDay(LocalDate.of(today.getYear(), 1, 1)));
        }
        Terms all = build(alliance, recorded, toYear, frozenPolicy, language);
        return all.schedule(fromYear, toYear, null, all.matching(years(fromYear, toYear)), lastModified);
    }

    /**
     * Who chaired on {@code day}: every term, recorded or projected, that certainly or
     * possibly covers it, each saying which in {@code match}. A day inside a hand-over's
     * bounds (the 2008 hand-over from Kyrgyzstan to Armenia: between 21 July and 5
     * September) lists both states as POSSIBLE; a day before the first term or without a
     * rotating chair lists nobody. The last recorded term, while in office, is taken to
     * end where its convention implies ({@code expectedEndDate}), the rule's projections
     * covering the days after.
     */
    public ChairmanshipSchedule on(String allianceCode, LocalDate day, @Nullable TurnPolicy frozenPolicy,
            Language language) {
        Alliance alliance = alliances.require(allianceCode);
        List<ChairmanshipTerm> recorded = terms.findAllByAlliance(alliance);
        Terms all = build(alliance, recorded, Math.min(day.getYear() + 1, MAX_YEAR), frozenPolicy, language);
        return all.schedule(day.getYear(), day.getYear(), day, all.matching(LocalDateRange.day(day)),
                revisions.current().lastModified());
    }

    /**
     * The term that certainly covers {@code today}: a recorded term, or the projected one
     * where the record stops before today ({@link #on}, CERTAIN matches only).
     * @throws NoCurrentChairException when no term certainly covers the day (a day inside
     * a hand-over's bounds, a gap in the record), or the alliance has no rotating chair
     */
    public ChairmanshipSchedule current(String allianceCode, @Nullable TurnPolicy frozenPolicy, LocalDate today,
            Language language) {
        ChairmanshipSchedule on = on(allianceCode, today, frozenPolicy, language);
        ChairmanshipResponse current = null;
        for (ChairmanshipResponse entry : on.entries()) {
            if (entry.match() == Certainty.CERTAIN
                    && (current == null || entry.startDate().isAfter(current.startDate()))) {
                current = entry;
            }
        }
        if (current == null) {
            List<String> possible = on.entries().stream().map(ChairmanshipResponse::name).toList();
            throw new NoCurrentChairException(
                    !possible.isEmpty() ? "No " + on.allianceAcronym() + " chairmanship term is known to cover " + today
                            + " for certain: the day falls inside the bounds of a hand-over no source dates to the day "
                            + "(possibly " + String.join(" or ", possible) + "; see ?asOf=" + today + ")."
                            : on.rotating() || on.recordedTerms() > 0
                                    ? "No " + on.allianceAcronym() + " chairmanship term is known to cover " + today
                                            + ": the record of the hand-over around that day is incomplete."
                                    : on.statement());
        }
        Instant lastModified = latest(on.lastModified(), startOfDay(current.startDate()));
        return new ChairmanshipSchedule(on.allianceCode(), on.allianceAcronym(), on.rotating(), on.statement(),
                current.chairYear(), current.chairYear(), on.frozenPolicy(), List.of(current), lastModified,
                on.allianceName(), on.language(), null, on.recordedTerms());
    }

    /**
     * The alliance's rotation rule, and the rotation order on {@code day} read from the
     * membership history.
     */
    public RotationResponse rotation(String allianceCode, LocalDate day, Language language) {
        Alliance alliance = alliances.require(allianceCode);
        Optional<RotationRule> found = rules.findByAlliance(alliance);
        if (found.isEmpty()) {
            return new RotationResponse(alliance.getCode(), false, noRuleStatement(alliance), null, null, null, null,
                    List.of(), day, List.of(), List.of());
        }
        RotationRule rule = found.get();
        List<RotationResponse.HandOverConventionResponse> conventions = rule.getHandOverConventions()
            .stream()
            .map(c -> new RotationResponse.HandOverConventionResponse(c.fromChairYear(), c.kind(), c.description()))
            .toList();
        List<RotationResponse.RotationMemberResponse> order = new ArrayList<>();
        if (rule.isRotating()) {
            Rotation rotation = rotationOf(rule, null);
            for (Rotation.Member member : rotation.ordered(membersOn(memberships.timeline(alliance), day))) {
                Rotation.Met restriction = Rotation.restrictionOf(member);
                order.add(new RotationResponse.RotationMemberResponse(order.size() + 1, member.iso2(), member.iso3(),
                        member.names().in(language), restriction == null ? null : restriction.restriction(),
                        restriction == null ? null : restriction.since(),
                        restriction == null || rotation.policyFor(restriction.restriction()) == TurnPolicy.KEEP));
            }
        }
        return new RotationResponse(alliance.getCode(), rule.isRotating(), rule.getDescription(), rule.getOrderBasis(),
                rule.getTermYears(), rule.isRotating() ? rule.getSuspendedPolicy() : null,
                rule.isRotating() ? rule.getFrozenPolicy() : null, conventions, day, order,
                SourceService.cited(rule.getSources()));
    }

    /**
     * Every recorded term of the alliance, then the terms the rule projects up to chair
     * year {@code projectUpTo}, each with the time it is matched by.
     */
    private Terms build(Alliance alliance, List<ChairmanshipTerm> recorded, int projectUpTo,
            @Nullable TurnPolicy frozenPolicy, Language language) {
        Optional<RotationRule> rule = rules.findByAlliance(alliance);
        boolean rotating = rule.isPresent() && rule.get().isRotating();
        String statement = rule.map(RotationRule::getDescription).orElseGet(() -> noRuleStatement(alliance));
        TurnPolicy frozen = rule.map(r -> frozenPolicy != null ? frozenPolicy : r.getFrozenPolicy()).orElse(null);

        List<ChairmanshipResponse> projected = List.of();
        if (rotating && frozen != null) {
            projected = project(rule.get(), rotationOf(rule.get(), frozen), alliance, recorded, projectUpTo,
                    SourceService.cited(rule.get().getSources()), language);
        }
        ChairmanshipTerm last = recorded.isEmpty() ? null : recorded.get(recorded.size() - 1);
        LocalDate expectedEnd = last != null && last.getEnd() == null && !projected.isEmpty()
                ? projected.get(0).startDate() : null;

        List<Term> entries = new ArrayList<>();
        for (int i = 0; i < recorded.size(); i++) {
            ChairmanshipTerm term = recorded.get(i);
            ChairmanshipTerm next = i + 1 < recorded.size() ? recorded.get(i + 1) : null;
            entries.add(new Term(
                    ChairmanshipResponse.recorded(term, SourceService.cited(term.getSources()),
                            term == last ? expectedEnd : null, language),
                    TermTime.ofRecorded(term, next, expectedEnd)));
        }
        for (ChairmanshipResponse entry : projected) {
            entries.add(new Term(entry, TermTime.ofProjected(entry)));
        }
        return new Terms(alliance.getCode(), alliance.getAcronyms().in(language), rotating, statement, frozen, entries,
                recorded.size(), alliance.getNames().in(language), language);
    }

    /** A term of the schedule and the time it is matched by (null: no known dates). */
    private record Term(ChairmanshipResponse entry, @Nullable HistoricalPeriod time) {

        Certainty matching(LocalDateRange days) {
            if (time != null) {
                return time.during(days);
            }
            LocalDateRange chairYear = years(entry.chairYear(), entry.chairYear());
            return chairYear.first().isAfter(days.last()) || chairYear.last().isBefore(days.first()) ? Certainty.NONE
                    : Certainty.POSSIBLE;
        }

    }

    /** The whole schedule of an alliance, before selecting the terms of a request. */
    private record Terms(String allianceCode, String allianceAcronym, boolean rotating, String statement,
            @Nullable TurnPolicy frozenPolicy, List<Term> all, int recordedTerms, String allianceName,
            Language language) {

        /** The terms that meet {@code days}, certainly or possibly, each saying which. */
        List<ChairmanshipResponse> matching(LocalDateRange days) {
            List<ChairmanshipResponse> matching = new ArrayList<>();
            for (Term term : all) {
                Certainty certainty = term.matching(days);
                if (certainty.isPossible()) {
                    matching.add(term.entry().withMatch(certainty));
                }
            }
            return matching;
        }

        ChairmanshipSchedule schedule(int fromYear, int toYear, @Nullable LocalDate asOf,
                List<ChairmanshipResponse> entries, Instant lastModified) {
            return new ChairmanshipSchedule(allianceCode, allianceAcronym, rotating, statement, fromYear, toYear,
                    frozenPolicy, entries, lastModified, allianceName, language, asOf, recordedTerms);
        }

    }

    private static LocalDateRange years(int from, int to) {
        return new LocalDateRange(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31));
    }

    /**
     * Applies the rule year by year after the last recorded term, up to {@code toYear},
     * from the last regular (non-interim) chair; stops early if every member's turn would
     * be skipped.
     */
    private List<ChairmanshipResponse> project(RotationRule rule, Rotation rotation, Alliance alliance,
            List<ChairmanshipTerm> recorded, int toYear, List<SourceResponse> ruleSources, Language language) {
        ChairmanshipTerm lastRegular = null;
        for (ChairmanshipTerm term : recorded) {
            if (!term.isInterim()) {
                lastRegular = term;
            }
        }
        Integer termYears = rule.getTermYears();
        if (lastRegular == null || termYears == null) {
            return List.of();
        }
        MembershipTimeline timeline = memberships.timeline(alliance);
        String previousIso3 = lastRegular.getMemberState().getIso3();
        LocalizedText previousNames = lastRegular.getMemberState().getNames();
        int previousYear = lastRegular.getChairYear();
        List<ChairmanshipResponse> projected = new ArrayList<>();
        for (int year = recorded.get(recorded.size() - 1).getChairYear()
                + termYears; year <= toYear; year += termYears) {
            HandOverKind handOver = rule.handOverIn(year);
            LocalDate start = handOver == HandOverKind.FIRST_OF_JANUARY ? LocalDate.of(year - termYears + 1, 1, 1)
                    : null;
            LocalDate end = handOver == HandOverKind.FIRST_OF_JANUARY ? LocalDate.of(year + 1, 1, 1) : null;
            LocalDate day = start != null ? start : LocalDate.of(year, 1, 1);
            Optional<Rotation.Step> step = rotation.next(previousIso3, previousNames, membersOn(timeline, day));
            if (step.isEmpty()) {
                break;
            }
            RuleStepResponse ruleStep = RuleStepResponse.of(step.get(), previousIso3, previousNames, previousYear,
                    rotation, language);
            String label = termYears == 1 ? Integer.toString(year) : (year - termYears + 1) + "-" + year;
            projected.add(ChairmanshipResponse.projected(step.get(), year, label, start, end,
                    rule.projectedDateNote(year), ruleStep, ruleSources, language));
            previousIso3 = step.get().chair().iso3();
            previousNames = step.get().chair().names();
            previousYear = year;
        }
        return projected;
    }

    private static Rotation rotationOf(RotationRule rule, @Nullable TurnPolicy frozenPolicy) {
        OrderBasis order = rule.getOrderBasis();
        if (order == null) {
            throw new IllegalStateException("rotation rule " + rule.getId() + " rotates without an order basis");
        }
        return new Rotation(order, rule.getSuspendedPolicy(),
                frozenPolicy != null ? frozenPolicy : rule.getFrozenPolicy());
    }

    static List<Rotation.Member> membersOn(MembershipTimeline timeline, LocalDate day) {
        return timeline.on(day).stream().map(RotationScheduleService::member).toList();
    }

    private static Rotation.Member member(MemberStanding standing) {
        return new Rotation.Member(standing.state().getIso2(), standing.state().getIso3(), standing.state().getNames(),
                standing.standing());
    }

    private static String noRuleStatement(Alliance alliance) {
        return "The registry holds no chairmanship rotation rule for " + alliance.getNames().en()
                + "; its schedule lists the recorded terms only.";
    }

    private static Instant startOfDay(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant latest(Instant left, Instant right) {
        return left.isAfter(right) ? left : right;
    }

}
