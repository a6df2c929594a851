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
import org.allianceregistry.shared.Verification;
import org.allianceregistry.source.Source;
import org.jspecify.annotations.Nullable;

/**
 * An act that ends a membership period (withdrawal, non-renewal) or restricts it without
 * ending it (suspension, frozen participation) from its effective date until it is
 * lifted.
 */
@Entity
@Table(name = "withdrawals")
public class Withdrawal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Membership membership;

    @Enumerated(EnumType.STRING)
    private WithdrawalKind kind;

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

    protected Withdrawal() {
    }

    public Withdrawal(Membership membership, WithdrawalKind kind, @Nullable LocalDate noticeDate,
            LocalDate effectiveDate, String reason) {
        if (noticeDate != null && effectiveDate.isBefore(noticeDate)) {
            throw new IllegalArgumentException(
                    "the effective date " + effectiveDate + " precedes the notice date " + noticeDate);
        }
        this.membership = membership;
        this.kind = kind;
        this.noticeDate = noticeDate;
        this.effectiveDate = effectiveDate;
        this.reason = reason;
        this.verification = Verification.VERIFIED;
    }

    /** Lifts a suspension or freeze: {@code on} is the first day it no longer applies. */
    public void lift(LocalDate on) {
        if (kind.endsMembership()) {
            throw new IllegalStateException("a " + kind + " ends the membership and cannot be lifted");
        }
        if (!on.isAfter(effectiveDate)) {
            throw new IllegalArgumentException(
                    "a " + kind + " cannot be lifted on or before its effective date " + effectiveDate);
        }
        this.liftedOn = on;
    }

    /**
     * Whether this act suspends or freezes the membership on {@code date} (acts that end
     * it never restrict).
     */
    public boolean restricts(LocalDate date) {
        return !kind.endsMembership() && !date.isBefore(effectiveDate) && (liftedOn == null || date.isBefore(liftedOn));
    }

    /**
     * Corrects the act's dates, text and verification; its kind and membership are what
     * it is and stay. The effective date may not precede the notice; only a suspension or
     * freeze can be lifted, after it took effect.
     */
    public void correct(@Nullable LocalDate noticeDate, LocalDate effectiveDate, @Nullable LocalDate liftedOn,
            String reason, Verification verification, @Nullable String note) {
        if (noticeDate != null && effectiveDate.isBefore(noticeDate)) {
            throw new IllegalArgumentException(
                    "the effective date " + effectiveDate + " precedes the notice date " + noticeDate);
        }
        if (liftedOn != null && (kind.endsMembership() || !liftedOn.isAfter(effectiveDate))) {
            throw new IllegalArgumentException("a " + kind + " cannot be lifted on " + liftedOn);
        }
        this.noticeDate = noticeDate;
        this.effectiveDate = effectiveDate;
        this.liftedOn = liftedOn;
        this.reason = reason;
        this.verification = verification;
        this.note = note;
    }

    /** Cites exactly these sources. */
    public void cite(java.util.Collection<Source> cited) {
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

    public WithdrawalKind getKind() {
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
