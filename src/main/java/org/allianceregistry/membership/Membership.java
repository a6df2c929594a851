package org.allianceregistry.membership;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.shared.Certainty;
import org.allianceregistry.shared.ConflictException;
import org.allianceregistry.shared.HistoricalDate;
import org.allianceregistry.shared.HistoricalPeriod;
import org.allianceregistry.shared.Period;
import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RuleViolationException;
import org.allianceregistry.shared.Verification;
import org.allianceregistry.source.Source;
import org.allianceregistry.state.MemberState;
import org.jspecify.annotations.Nullable;

/**
 * One uninterrupted period of a state in an alliance, its dates as the sources know them:
 * from {@code startDate} (inclusive) to {@code endDate} (exclusive, the first day the
 * state was no longer a member), each with its precision and bounds; no end means the
 * period is still open. "On day D" is certain, possible or not ({@link #on}); a period
 * possibly in force counts as in force, and two periods of one state may not even
 * possibly share a day.
 */
@Entity
@Table(name = "memberships")
class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Alliance alliance;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private MemberState memberState;

    @Embedded
    @AttributeOverride(name = "date", column = @Column(name = "start_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "start_precision"))
    @AttributeOverride(name = "earliest", column = @Column(name = "start_earliest"))
    @AttributeOverride(name = "latest", column = @Column(name = "start_latest"))
    private HistoricalDate startDate;

    @Enumerated(EnumType.STRING)
    private MembershipStartKind startKind;

    @Embedded
    @AttributeOverride(name = "date", column = @Column(name = "end_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "end_precision"))
    @AttributeOverride(name = "earliest", column = @Column(name = "end_earliest"))
    @AttributeOverride(name = "latest", column = @Column(name = "end_latest"))
    private @Nullable HistoricalDate endDate;

    @Enumerated(EnumType.STRING)
    private @Nullable MembershipEndKind endKind;

    @Enumerated(EnumType.STRING)
    private Verification verification;

    private @Nullable String note;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "membership_sources", joinColumns = @JoinColumn(name = "membership_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    private Set<Source> sources = new HashSet<>();

    protected Membership() {
    }

    Membership(Alliance alliance, MemberState memberState, HistoricalDate startDate, MembershipStartKind startKind,
            Verification verification) {
        this.alliance = alliance;
        this.memberState = memberState;
        this.startDate = startDate;
        this.startKind = startKind;
        this.verification = verification;
    }

    /** The period's days as the sources know them. */
    public HistoricalPeriod time() {
        return new HistoricalPeriod(startDate, endDate);
    }

    /**
     * Every day the period may cover: from the first day its start can be to the last day
     * its (exclusive) end can be. For an exact period, the period itself.
     */
    public Period possibleDays() {
        return new Period(startDate.possibleDays().first(), endDate == null ? null : endDate.possibleDays().last());
    }

    /** Whether the period covers {@code date}: certainly, possibly, or not. */
    public Certainty on(LocalDate date) {
        return time().on(date);
    }

    /**
     * Whether the period may cover {@code date}: on or after its start and before its
     * end, as far as the sources know them.
     */
    public boolean isInForceOn(LocalDate date) {
        return on(date).isPossible();
    }

    /** Whether this period and {@code other} may share a day. */
    public boolean overlaps(Period other) {
        return possibleDays().overlaps(other);
    }

    /**
     * The period [{@code start}, {@code end}) if it is one a membership can have (422
     * otherwise): the end is exclusive and may follow the start; an end needs the way it
     * ended and the other way round. Public so that a write can refuse such dates before
     * it queries anything.
     */
    public static HistoricalPeriod periodOf(HistoricalDate start, @Nullable HistoricalDate end,
            @Nullable MembershipEndKind endKind) {
        HistoricalPeriod period;
        try {
            period = new HistoricalPeriod(start, end);
        }
        catch (IllegalArgumentException ex) {
            throw new RuleViolationException(ProblemType.END_BEFORE_START, "endDate " + end
                    + " must be after startDate " + start + " (it is the first day no longer a member).", "endDate");
        }
        if ((end == null) != (endKind == null)) {
            throw new RuleViolationException(ProblemType.END_KIND_MISMATCH,
                    "endDate and endKind go together: " + "give both for an ended period, neither for an open one.",
                    end == null ? "endDate" : "endKind");
        }
        return period;
    }

    /**
     * Ends the open period on {@code on}, the first day the state is no longer a member
     * (409 if it already ended, or if the end would leave it empty).
     */
    public void end(HistoricalDate on, MembershipEndKind kind) {
        if (endDate != null) {
            throw new ConflictException(ProblemType.MEMBERSHIP_ALREADY_ENDED, "The period from " + startDate
                    + " already ends on " + endDate + " (" + endKind + "); correct that end instead.");
        }
        if (!ends(on)) {
            throw new ConflictException(ProblemType.MEMBERSHIP_NOT_IN_FORCE, "The period starts on " + startDate
                    + "; a withdrawal effective " + on + " would leave it empty. Delete the period instead.");
        }
        this.endDate = on;
        this.endKind = kind;
    }

    /**
     * The period as it would be if its end moved to {@code on} (409 if that cannot follow
     * its start): what moving the act that ended it asks.
     */
    public HistoricalPeriod endingOn(HistoricalDate on) {
        if (!ends(on)) {
            throw new ConflictException(ProblemType.MEMBERSHIP_NOT_IN_FORCE, "The period this act ends " + "starts on "
                    + startDate + "; it cannot end on " + on + ", on or before that day.");
        }
        return new HistoricalPeriod(startDate, on);
    }

    /**
     * Moves the end of the period to {@code on}, ended so (see {@link #endingOn}): the
     * act that ended it was corrected.
     */
    public void moveEnd(HistoricalDate on, MembershipEndKind kind) {
        this.endDate = endingOn(on).end();
        this.endKind = kind;
    }

    /**
     * Opens the period again, as if it had never ended (its ending act was recorded in
     * error).
     */
    public void reopen() {
        this.endDate = null;
        this.endKind = null;
    }

    /** Corrects the period, within the rules of {@link #periodOf}. */
    void correct(HistoricalDate startDate, MembershipStartKind startKind, @Nullable HistoricalDate endDate,
            @Nullable MembershipEndKind endKind, Verification verification, @Nullable String note) {
        periodOf(startDate, endDate, endKind);
        this.startDate = startDate;
        this.startKind = startKind;
        this.endDate = endDate;
        this.endKind = endKind;
        this.verification = verification;
        this.note = note;
    }

    /** Cites exactly these sources. */
    public void cite(Collection<Source> cited) {
        Source.citeExactly(sources, cited);
    }

    private boolean ends(HistoricalDate on) {
        return on.possibleDays().last().isAfter(startDate.possibleDays().first());
    }

    public Long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public Alliance getAlliance() {
        return alliance;
    }

    public MemberState getMemberState() {
        return memberState;
    }

    /** The first day of the period, as the sources know it. */
    public HistoricalDate getStart() {
        return startDate;
    }

    /**
     * The legacy start: the first day the period can have begun (the day itself when the
     * sources give it).
     */
    public LocalDate getStartDate() {
        return startDate.possibleDays().first();
    }

    public MembershipStartKind getStartKind() {
        return startKind;
    }

    /**
     * The first day no longer a member (exclusive), as the sources know it; null while
     * open.
     */
    public @Nullable HistoricalDate getEnd() {
        return endDate;
    }

    /**
     * The legacy end (exclusive): the last day the end can be, so that an ended period
     * never reads as current; null while open.
     */
    public @Nullable LocalDate getEndDate() {
        return endDate == null ? null : endDate.possibleDays().last();
    }

    public @Nullable MembershipEndKind getEndKind() {
        return endKind;
    }

    public Verification getVerification() {
        return verification;
    }

    public @Nullable String getNote() {
        return note;
    }

}
