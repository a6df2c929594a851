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
import java.util.List;
import java.util.Set;
import org.allianceregistry.shared.Certainty;
import org.allianceregistry.shared.HistoricalDate;
import org.allianceregistry.shared.HistoricalPeriod;
import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RuleViolationException;
import org.allianceregistry.shared.Verification;
import org.allianceregistry.source.Source;
import org.allianceregistry.source.SourceResponse;
import org.allianceregistry.source.SourceService;
import org.jspecify.annotations.Nullable;

/**
 * An act on a membership period: one that ends it (withdrawal, non-renewal) or one that
 * restricts it without ending it (suspension, frozen participation, financing refused)
 * from its effective date until it is lifted. Its dates are as the sources know them
 * (precision and bounds). The API calls every such act a withdrawal; the table keeps that
 * name.
 */
@Entity
@Table(name = "withdrawals")
class MembershipAct {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Membership membership;

    @Enumerated(EnumType.STRING)
    private MembershipActKind kind;

    @Embedded
    @AttributeOverride(name = "date", column = @Column(name = "notice_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "notice_precision"))
    @AttributeOverride(name = "earliest", column = @Column(name = "notice_earliest"))
    @AttributeOverride(name = "latest", column = @Column(name = "notice_latest"))
    private @Nullable HistoricalDate noticeDate;

    @Embedded
    @AttributeOverride(name = "date", column = @Column(name = "effective_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "effective_precision"))
    @AttributeOverride(name = "earliest", column = @Column(name = "effective_earliest"))
    @AttributeOverride(name = "latest", column = @Column(name = "effective_latest"))
    private HistoricalDate effectiveDate;

    @Embedded
    @AttributeOverride(name = "date", column = @Column(name = "lifted_on"))
    @AttributeOverride(name = "precision", column = @Column(name = "lifted_precision"))
    @AttributeOverride(name = "earliest", column = @Column(name = "lifted_earliest"))
    @AttributeOverride(name = "latest", column = @Column(name = "lifted_latest"))
    private @Nullable HistoricalDate liftedOn;

    private String reason;

    @Enumerated(EnumType.STRING)
    private Verification verification;

    private @Nullable String note;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "withdrawal_sources", joinColumns = @JoinColumn(name = "withdrawal_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    private Set<Source> sources = new HashSet<>();

    protected MembershipAct() {
    }

    public MembershipAct(Membership membership, MembershipActKind kind, @Nullable HistoricalDate noticeDate,
            HistoricalDate effectiveDate, String reason, Verification verification) {
        checkDates(kind, noticeDate, effectiveDate, null);
        this.membership = membership;
        this.kind = kind;
        this.noticeDate = noticeDate;
        this.effectiveDate = effectiveDate;
        this.reason = reason;
        this.verification = verification;
    }

    /**
     * The act's rules on its face (422): the effective date does not certainly precede
     * the notice (but for a state's own posture, whose formal notice may come later);
     * only a restriction is lifted, and after it took effect. Public so that a write can
     * refuse such dates before it queries anything.
     */
    public static void checkDates(MembershipActKind kind, @Nullable HistoricalDate notice, HistoricalDate effective,
            @Nullable HistoricalDate lifted) {
        if (notice != null && !kind.isOwnPosture()
                && effective.possibleDays().last().isBefore(notice.possibleDays().first())) {
            throw new RuleViolationException(ProblemType.EFFECTIVE_BEFORE_NOTICE,
                    "effectiveDate " + effective + " precedes noticeDate " + notice + ".", "effectiveDate");
        }
        if (lifted != null && kind.endsMembership()) {
            throw new RuleViolationException(ProblemType.NOT_LIFTABLE, "A " + kind + " ends the membership and "
                    + "cannot be lifted; a return is a new membership period.", "liftedOn");
        }
        if (lifted != null && !lifted.possibleDays().last().isAfter(effective.possibleDays().first())) {
            throw new RuleViolationException(ProblemType.LIFTED_BEFORE_EFFECTIVE,
                    "liftedOn " + lifted + " must follow effectiveDate " + effective + ".", "liftedOn");
        }
    }

    /**
     * Lifts a restriction: {@code on} is the first day it no longer applies.
     */
    public void lift(HistoricalDate on) {
        checkDates(kind, noticeDate, effectiveDate, on);
        this.liftedOn = on;
    }

    /**
     * The days the act applies: from its effective date until it is lifted (exclusive);
     * open while it is not.
     */
    public HistoricalPeriod time() {
        return new HistoricalPeriod(effectiveDate, liftedOn);
    }

    /**
     * Whether this act restricts the membership on {@code date}: certainly, possibly or
     * not (acts that end it never restrict).
     */
    public Certainty restriction(LocalDate date) {
        return kind.endsMembership() ? Certainty.NONE : time().on(date);
    }

    /** Whether this act may restrict the membership on {@code date}. */
    public boolean restricts(LocalDate date) {
        return restriction(date).isPossible();
    }

    /**
     * Corrects the act's dates, text and verification; its kind and membership are what
     * it is and stay. The dates follow {@link #checkDates}.
     */
    public void correct(@Nullable HistoricalDate noticeDate, HistoricalDate effectiveDate,
            @Nullable HistoricalDate liftedOn, String reason, Verification verification, @Nullable String note) {
        checkDates(kind, noticeDate, effectiveDate, liftedOn);
        this.noticeDate = noticeDate;
        this.effectiveDate = effectiveDate;
        this.liftedOn = liftedOn;
        this.reason = reason;
        this.verification = verification;
        this.note = note;
    }

    /** Cites exactly these sources. */
    public void cite(Collection<Source> cited) {
        Source.citeExactly(sources, cited);
    }

    /**
     * The sources the act cites, as every citation list shows them; fetched with the act
     * where its repository says so.
     */
    List<SourceResponse> citations() {
        return SourceService.cited(sources);
    }

    public Long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public Membership getMembership() {
        return membership;
    }

    public MembershipActKind getKind() {
        return kind;
    }

    public @Nullable HistoricalDate getNotice() {
        return noticeDate;
    }

    public HistoricalDate getEffective() {
        return effectiveDate;
    }

    public @Nullable HistoricalDate getLifted() {
        return liftedOn;
    }

    /** The legacy notice date: the first day the notice can have been given. */
    public @Nullable LocalDate getNoticeDate() {
        return noticeDate == null ? null : noticeDate.possibleDays().first();
    }

    /**
     * The legacy effective date: the first day a restriction can have applied; for an act
     * that ends the period, the last day its end can be (the period's legacy endDate), so
     * that an ended period never reads as current.
     */
    public LocalDate getEffectiveDate() {
        return kind.endsMembership() ? effectiveDate.possibleDays().last() : effectiveDate.possibleDays().first();
    }

    /**
     * The legacy lifting (exclusive): the last day it can be, so that a lifted
     * restriction never reads as lifted early; null while in force.
     */
    public @Nullable LocalDate getLiftedOn() {
        return liftedOn == null ? null : liftedOn.possibleDays().last();
    }

    public String getReason() {
        return reason;
    }

    public Verification getVerification() {
        return verification;
    }

    public @Nullable String getNote() {
        return note;
    }

}
