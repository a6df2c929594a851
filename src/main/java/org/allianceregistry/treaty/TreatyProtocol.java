package org.allianceregistry.treaty;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.shared.HistoricalDate;
import org.allianceregistry.shared.LocalizedText;
import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RuleViolationException;
import org.allianceregistry.shared.Verification;
import org.allianceregistry.source.Source;
import org.allianceregistry.state.MemberState;
import org.jspecify.annotations.Nullable;

/** A treaty, charter, protocol, agreement or other document of an alliance. */
@Entity
@Table(name = "treaty_protocols")
class TreatyProtocol {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Alliance alliance;

    @Enumerated(EnumType.STRING)
    private ProtocolKind kind;

    private String titleEn;

    private @Nullable String titleRu;

    private @Nullable String titleAr;

    @Embedded
    @AttributeOverride(name = "date", column = @Column(name = "signed_on"))
    @AttributeOverride(name = "precision", column = @Column(name = "signed_precision"))
    @AttributeOverride(name = "earliest", column = @Column(name = "signed_earliest"))
    @AttributeOverride(name = "latest", column = @Column(name = "signed_latest"))
    private HistoricalDate signed;

    private @Nullable String signedPlace;

    @Embedded
    @AttributeOverride(name = "date", column = @Column(name = "in_force_on"))
    @AttributeOverride(name = "precision", column = @Column(name = "in_force_precision"))
    @AttributeOverride(name = "earliest", column = @Column(name = "in_force_earliest"))
    @AttributeOverride(name = "latest", column = @Column(name = "in_force_latest"))
    private @Nullable HistoricalDate inForce;

    private @Nullable String inForceNote;

    private String subject;

    @Enumerated(EnumType.STRING)
    private Verification verification;

    private @Nullable String note;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "treaty_protocol_sources", joinColumns = @JoinColumn(name = "treaty_protocol_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    private Set<Source> sources = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "protocol_signatories", joinColumns = @JoinColumn(name = "protocol_id"))
    private List<Signature> signatures = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "protocol_provisions", joinColumns = @JoinColumn(name = "protocol_id"))
    private List<Provision> provisionTexts = new ArrayList<>();

    protected TreatyProtocol() {
    }

    TreatyProtocol(Alliance alliance) {
        this.alliance = alliance;
    }

    /**
     * Records the document, signed on {@code signed} and in force from {@code inForce}.
     * It can enter into force no earlier than it is signed; each signatory is named once
     * and ratifies on or after it signs.
     */
    void record(RecordProtocolRequest document, HistoricalDate signed, @Nullable HistoricalDate inForce,
            List<Signature> signatories, List<Provision> provisions) {
        if (inForce != null && inForce.possibleDays().last().isBefore(signed.possibleDays().first())) {
            throw new RuleViolationException(ProblemType.IN_FORCE_BEFORE_SIGNATURE,
                    "inForceOn " + inForce.edtf() + " precedes signedOn " + signed.edtf() + ".", "inForceOn");
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < signatories.size(); i++) {
            MemberState state = signatories.get(i).memberState();
            if (!seen.add(state.getId())) {
                throw new RuleViolationException(ProblemType.DUPLICATE_SIGNATORY,
                        state.getIso3() + " is named twice among the signatories.", "signatories[" + i + "].state");
            }
            if (signatories.get(i).ratifiedBeforeSigned()) {
                throw new RuleViolationException(ProblemType.RATIFIED_BEFORE_SIGNATURE,
                        state.getIso3() + " cannot ratify before it signs.", "signatories[" + i + "].ratifiedOn");
            }
        }
        this.kind = document.kind();
        this.titleEn = document.titleEn().trim();
        this.titleRu = blankToNull(document.titleRu());
        this.titleAr = blankToNull(document.titleAr());
        this.signed = signed;
        this.signedPlace = blankToNull(document.signedPlace());
        this.inForce = inForce;
        this.inForceNote = blankToNull(document.inForceNote());
        this.subject = document.subject().trim();
        this.verification = document.verification();
        this.note = blankToNull(document.note());
        this.signatures.clear();
        this.signatures.addAll(signatories);
        this.provisionTexts.clear();
        this.provisionTexts.addAll(provisions);
    }

    /** Cites exactly these sources. */
    void cite(java.util.Collection<Source> cited) {
        Source.citeExactly(sources, cited);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
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

    public ProtocolKind getKind() {
        return kind;
    }

    public LocalizedText getTitles() {
        return new LocalizedText(titleEn, titleRu, titleAr);
    }

    public HistoricalDate getSigned() {
        return signed;
    }

    public @Nullable String getSignedPlace() {
        return signedPlace;
    }

    public @Nullable HistoricalDate getInForce() {
        return inForce;
    }

    public @Nullable String getInForceNote() {
        return inForceNote;
    }

    public String getSubject() {
        return subject;
    }

    public Verification getVerification() {
        return verification;
    }

    public @Nullable String getNote() {
        return note;
    }

}
