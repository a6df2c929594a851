package org.allianceregistry.treaty;

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
import org.allianceregistry.shared.LocalizedText;
import org.allianceregistry.shared.Verification;
import org.allianceregistry.source.Source;
import org.jspecify.annotations.Nullable;

/** A treaty, charter, protocol, agreement or other document of an alliance. */
@Entity
@Table(name = "treaty_protocols")
public class TreatyProtocol {

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
    private LocalDate signedOn;
    private @Nullable String signedPlace;
    private @Nullable LocalDate inForceOn;
    private @Nullable String inForceNote;
    private String subject;

    @Enumerated(EnumType.STRING)
    private Verification verification;

    private @Nullable String note;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "treaty_protocol_sources", joinColumns = @JoinColumn(name = "treaty_protocol_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    private Set<Source> sources = new HashSet<>();

    protected TreatyProtocol() {
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

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public @Nullable String getSignedPlace() {
        return signedPlace;
    }

    public @Nullable LocalDate getInForceOn() {
        return inForceOn;
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
