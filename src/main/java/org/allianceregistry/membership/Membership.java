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
import java.util.HashSet;
import java.util.Set;
import org.allianceregistry.alliance.Alliance;
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
public class Membership {

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
     * Whether the period covers {@code date}: on or after its start and before its end.
     */
    public boolean isInForceOn(LocalDate date) {
        return !date.isBefore(startDate) && (endDate == null || date.isBefore(endDate));
    }

    /** Ends the period on {@code on}, the first day the state is no longer a member. */
    public void end(LocalDate on, MembershipEndKind kind) {
        if (endDate != null) {
            throw new IllegalStateException("membership " + id + " already ended on " + endDate);
        }
        if (!on.isAfter(startDate)) {
            throw new IllegalArgumentException("a membership cannot end on or before its start " + startDate);
        }
        this.endDate = on;
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

    /**
     * Corrects the period. The end is exclusive and must follow the start; an end needs
     * the way it ended and the other way round.
     */
    void correct(LocalDate startDate, MembershipStartKind startKind, @Nullable LocalDate endDate,
            @Nullable MembershipEndKind endKind, @Nullable String note) {
        if (endDate != null && !endDate.isAfter(startDate)) {
            throw new IllegalArgumentException("a membership cannot end on or before its start " + startDate);
        }
        if ((endDate == null) != (endKind == null)) {
            throw new IllegalArgumentException("an end date needs an end kind and the other way round");
        }
        this.startDate = startDate;
        this.startKind = startKind;
        this.endDate = endDate;
        this.endKind = endKind;
        this.note = note;
    }

    /** Cites exactly these sources. */
    public void cite(java.util.Collection<Source> cited) {
        Source.citeExactly(sources, cited);
    }

    /**
     * Whether this period and [{@code start}, {@code end}) share a day; a null end is
     * open.
     */
    public boolean overlaps(LocalDate start, @Nullable LocalDate end) {
        return (end == null || startDate.isBefore(end)) && (endDate == null || start.isBefore(endDate));
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
