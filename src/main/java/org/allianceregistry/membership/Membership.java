package org.allianceregistry.membership;

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
import org.allianceregistry.shared.ConflictException;
import org.allianceregistry.shared.Period;
import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RuleViolationException;
import org.allianceregistry.source.Source;
import org.allianceregistry.state.MemberState;
import org.jspecify.annotations.Nullable;

/**
 * One uninterrupted period of a state in an alliance: from {@code startDate} (inclusive)
 * to {@code endDate} (exclusive, the first day the state was no longer a member); a null
 * end means the period is still open.
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

    private LocalDate startDate;

    @Enumerated(EnumType.STRING)
    private MembershipStartKind startKind;

    private @Nullable LocalDate endDate;

    @Enumerated(EnumType.STRING)
    private @Nullable MembershipEndKind endKind;

    private @Nullable String note;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "membership_sources", joinColumns = @JoinColumn(name = "membership_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    private Set<Source> sources = new HashSet<>();

    protected Membership() {
    }

    Membership(Alliance alliance, MemberState memberState, LocalDate startDate, MembershipStartKind startKind) {
        this.alliance = alliance;
        this.memberState = memberState;
        this.startDate = startDate;
        this.startKind = startKind;
    }

    /**
     * The period's days: from {@code startDate} (inclusive) to {@code endDate}
     * (exclusive), open while it has no end.
     */
    public Period period() {
        return new Period(startDate, endDate);
    }

    /**
     * Whether the period covers {@code date}: on or after its start and before its end.
     */
    public boolean isInForceOn(LocalDate date) {
        return period().contains(date);
    }

    /** Whether this period and {@code other} share a day. */
    public boolean overlaps(Period other) {
        return period().overlaps(other);
    }

    /**
     * The period [{@code start}, {@code end}) if it is one a membership can have (422
     * otherwise): the end is exclusive and follows the start; an end needs the way it
     * ended and the other way round. Public so that a write can refuse such dates before
     * it queries anything.
     */
    public static Period periodOf(LocalDate start, @Nullable LocalDate end, @Nullable MembershipEndKind endKind) {
        if (end != null && !end.isAfter(start)) {
            throw new RuleViolationException(ProblemType.END_BEFORE_START, "endDate " + end
                    + " must be after startDate " + start + " (it is the first day no longer a member).", "endDate");
        }
        if ((end == null) != (endKind == null)) {
            throw new RuleViolationException(ProblemType.END_KIND_MISMATCH,
                    "endDate and endKind go together: " + "give both for an ended period, neither for an open one.",
                    end == null ? "endDate" : "endKind");
        }
        return new Period(start, end);
    }

    /**
     * Ends the open period on {@code on}, the first day the state is no longer a member
     * (409 if it already ended, or if the end would leave it empty).
     */
    public void end(LocalDate on, MembershipEndKind kind) {
        if (endDate != null) {
            throw new ConflictException(ProblemType.MEMBERSHIP_ALREADY_ENDED, "The period from " + startDate
                    + " already ends on " + endDate + " (" + endKind + "); correct that end instead.");
        }
        if (!on.isAfter(startDate)) {
            throw new ConflictException(ProblemType.MEMBERSHIP_NOT_IN_FORCE, "The period starts on " + on
                    + "; a withdrawal effective that day would leave it empty. Delete the period instead.");
        }
        this.endDate = on;
        this.endKind = kind;
    }

    /**
     * The period as it would be if its end moved to {@code on} (409 if that is on or
     * before its start): what moving the act that ended it asks.
     */
    public Period endingOn(LocalDate on) {
        if (!on.isAfter(startDate)) {
            throw new ConflictException(ProblemType.MEMBERSHIP_NOT_IN_FORCE,
                    "The period this act ends " + "starts on " + startDate + "; it cannot end on or before that day.");
        }
        return new Period(startDate, on);
    }

    /**
     * Moves the end of the period to {@code on}, ended so (see {@link #endingOn}): the
     * act that ended it was corrected.
     */
    public void moveEnd(LocalDate on, MembershipEndKind kind) {
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
    void correct(LocalDate startDate, MembershipStartKind startKind, @Nullable LocalDate endDate,
            @Nullable MembershipEndKind endKind, @Nullable String note) {
        periodOf(startDate, endDate, endKind);
        this.startDate = startDate;
        this.startKind = startKind;
        this.endDate = endDate;
        this.endKind = endKind;
        this.note = note;
    }

    /** Cites exactly these sources. */
    public void cite(Collection<Source> cited) {
        Source.citeExactly(sources, cited);
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

    public LocalDate getStartDate() {
        return startDate;
    }

    public MembershipStartKind getStartKind() {
        return startKind;
    }

    public @Nullable LocalDate getEndDate() {
        return endDate;
    }

    public @Nullable MembershipEndKind getEndKind() {
        return endKind;
    }

    public @Nullable String getNote() {
        return note;
    }

}
