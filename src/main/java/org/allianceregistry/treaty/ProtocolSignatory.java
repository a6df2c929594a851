package org.allianceregistry.treaty;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.allianceregistry.state.MemberState;
import org.jspecify.annotations.Nullable;

/**
 * A state that signed a document, with its own signature and ratification dates where
 * known.
 */
@Entity
@Table(name = "protocol_signatories")
public class ProtocolSignatory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "protocol_id")
    private TreatyProtocol protocol;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private MemberState memberState;

    private @Nullable LocalDate signedOn;

    private @Nullable LocalDate ratifiedOn;

    private @Nullable String note;

    protected ProtocolSignatory() {
    }

    public TreatyProtocol getProtocol() {
        return protocol;
    }

    public MemberState getMemberState() {
        return memberState;
    }

    public @Nullable LocalDate getSignedOn() {
        return signedOn;
    }

    public @Nullable LocalDate getRatifiedOn() {
        return ratifiedOn;
    }

    public @Nullable String getNote() {
        return note;
    }

}
