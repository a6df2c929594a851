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
import org.allianceregistry.shared.Period;
import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RuleViolationException;
import org.allianceregistry.shared.Verification;
import org.allianceregistry.source.Source;
import org.jspecify.annotations.Nullable;

/**
 * An act on a membership period: one that ends it (withdrawal, non-renewal) or one that
 * restricts it without ending it (suspension, frozen participation) from its effective
 * date until it is lifted. The API calls every such act a withdrawal; the table keeps
 * that name.
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

    private @Nullable LocalDate noticeDate;

    private LocalDate effectiveDate;

    private @Nullable LocalDate liftedOn;

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

    public MembershipAct(Membership membership, MembershipActKind kind, @Nullable LocalDate noticeDate,
            LocalDate effectiveDate, String reason) {
        checkDates(kind, noticeDate, effectiveDate, null);
        this.membership = membership;
        this.kind = kind;
        this.noticeDate = noticeDate;
        this.effectiveDate = effectiveDate;
        this.reason = reason;
        this.verification = Verification.VERIFIED;
    }

    /**
     * The act's rules on its face (422): the effective date does not precede the notice;
     * only a suspension or freeze is lifted, and after it took effect. Public so that a
     * write can refuse such dates before it queries anything.
     */
    public static void checkDates(MembershipActKind kind, @Nullable LocalDate notice, LocalDate effective,
            @Nullable LocalDate lifted) {
        if (notice != null && effective.isBefore(notice)) {
            throw new RuleViolationException(ProblemType.EFFECTIVE_BEFORE_NOTICE,
                    "effectiveDate " + effective + " precedes noticeDate " + notice + ".", "effectiveDate");
        }
        if (lifted != null && kind.endsMembership()) {
            throw new RuleViolationException(ProblemType.NOT_LIFTABLE, "A " + kind + " ends the membership and "
                    + "cannot be lifted; a return is a new membership period.", "liftedOn");
        }
        if (lifted != null && !lifted.isAfter(effective)) {
            throw new RuleViolationException(ProblemType.LIFTED_BEFORE_EFFECTIVE,
                    "liftedOn " + lifted + " must follow effectiveDate " + effective + ".", "liftedOn");
        }
    }

    /** Lifts a suspension or freeze: {@code on} is the first day it no longer applies. */
    public void lift(LocalDate on) {
        checkDates(kind, noticeDate, effectiveDate, on);
        this.liftedOn = on;
    }

    /**
     * The days the act applies: from its effective date until it is lifted (exclusive);
     * open while it is not.
     */
    public Period period() {
        return new Period(effectiveDate, liftedOn);
    }

    /**
     * Whether this act suspends or freezes the membership on {@code date} (acts that end
     * it never restrict).
     */
    public boolean restricts(LocalDate date) {
        return !kind.endsMembership() && period().contains(date);
    }

    /**
     * Corrects the act's dates, text and verification; its kind and membership are what
     * it is and stay. The dates follow {@link #checkDates}.
     */
    public void correct(@Nullable LocalDate noticeDate, LocalDate effectiveDate, @Nullable LocalDate liftedOn,
            String reason, Verification verification, @Nullable String note) {
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

    public @Nullable LocalDate getNoticeDate() {
        return noticeDate;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public @Nullable LocalDate getLiftedOn() {
        return liftedOn;
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
