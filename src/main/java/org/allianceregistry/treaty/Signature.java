package org.allianceregistry.treaty;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import org.allianceregistry.shared.Verification;
import org.allianceregistry.state.MemberState;
import org.jspecify.annotations.Nullable;

/**
 * A signatory as the document's writes hold it: the rows {@link SignatoryRow} reads, kept
 * as a value collection of the document so that changing them is a change of the document
 * (its version moves).
 */
@Embeddable
class Signature {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_state_id")
    private MemberState memberState;

    private @Nullable LocalDate signedOn;

    private @Nullable LocalDate ratifiedOn;

    private @Nullable String note;

    @Enumerated(EnumType.STRING)
    private Verification verification;

    protected Signature() {
    }

    Signature(MemberState memberState, @Nullable LocalDate signedOn, @Nullable LocalDate ratifiedOn,
            @Nullable String note, Verification verification) {
        this.memberState = memberState;
        this.signedOn = signedOn;
        this.ratifiedOn = ratifiedOn;
        this.note = note;
        this.verification = verification;
    }

    MemberState memberState() {
        return memberState;
    }

    boolean ratifiedBeforeSigned() {
        return signedOn != null && ratifiedOn != null && ratifiedOn.isBefore(signedOn);
    }

}
