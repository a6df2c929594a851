package org.allianceregistry.state;

import jakarta.persistence.Column;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.allianceregistry.shared.LocalizedText;
import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RuleViolationException;
import org.allianceregistry.shared.Verification;
import org.allianceregistry.source.Source;
import org.jspecify.annotations.Nullable;

/**
 * A state the registry knows: any ISO 3166-1 state, or a former state with its ISO 3166-3
 * code.
 */
@Entity
@Table(name = "member_states")
public class MemberState {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    private String iso2;

    private String iso3;

    private String isoNumeric;

    @Column(name = "iso3166_3")
    private @Nullable String formerCode;

    private String nameEn;

    private String nameRu;

    private String nameAr;

    private @Nullable String officialNameEn;

    private @Nullable String officialNameRu;

    private @Nullable String isoNameEn;

    private boolean historic;

    private @Nullable LocalDate ceasedOn;

    private @Nullable LocalDate isoCodeWithdrawnOn;

    @Enumerated(EnumType.STRING)
    private Verification verification;

    private @Nullable String wikidataId;

    @Enumerated(EnumType.STRING)
    private @Nullable Verification wikidataVerification;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "member_state_sources", joinColumns = @JoinColumn(name = "member_state_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    private Set<Source> sources = new HashSet<>();

    protected MemberState() {
    }

    MemberState(String iso2, String iso3, String isoNumeric, UpdateMemberStateRequest details) {
        this.iso2 = iso2;
        this.iso3 = iso3;
        this.isoNumeric = isoNumeric;
        correct(details);
    }

    /**
     * Corrects names and history; only a historic state has a day it ceased to exist or a
     * day ISO 3166-3 withdrew its code (422 {@code ceased-but-not-historic}).
     */
    void correct(UpdateMemberStateRequest details) {
        if (!details.historic() && details.ceasedOn() != null) {
            throw new RuleViolationException(ProblemType.CEASED_BUT_NOT_HISTORIC,
                    "Only a historic state has a ceasedOn date; set historic to true or drop ceasedOn.", "ceasedOn");
        }
        if (!details.historic() && details.isoCodeWithdrawnOn() != null) {
            throw new RuleViolationException(ProblemType.CEASED_BUT_NOT_HISTORIC,
                    "Only a historic state has an isoCodeWithdrawnOn date; set historic to true or drop it.",
                    "isoCodeWithdrawnOn");
        }
        this.nameEn = details.nameEn().trim();
        this.nameRu = details.nameRu().trim();
        this.nameAr = details.nameAr().trim();
        this.officialNameEn = blankToNull(details.officialName());
        this.officialNameRu = blankToNull(details.officialNameRu());
        this.isoNameEn = blankToNull(details.isoName());
        this.isoCodeWithdrawnOn = details.isoCodeWithdrawnOn();
        this.verification = details.verification();
        this.formerCode = details.formerCode();
        this.historic = details.historic();
        this.ceasedOn = details.ceasedOn();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** Cites exactly these sources. */
    void cite(java.util.Collection<Source> cited) {
        Source.citeExactly(sources, cited);
    }

    public Long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public String getIso2() {
        return iso2;
    }

    public String getIso3() {
        return iso3;
    }

    public String getIsoNumeric() {
        return isoNumeric;
    }

    public @Nullable String getFormerCode() {
        return formerCode;
    }

    public LocalizedText getNames() {
        return new LocalizedText(nameEn, nameRu, nameAr);
    }

    /** The official name in English, where a source gives it (not the ISO short name). */
    public @Nullable String getOfficialNameEn() {
        return officialNameEn;
    }

    /** The official name in Russian, where a source gives it. */
    public @Nullable String getOfficialNameRu() {
        return officialNameRu;
    }

    /** The English name ISO 3166-1 gives (ISO 3166-3 for a former state). */
    public @Nullable String getIsoNameEn() {
        return isoNameEn;
    }

    /** The day ISO 3166-3 withdrew a former state's code; null for a current code. */
    public @Nullable LocalDate getIsoCodeWithdrawnOn() {
        return isoCodeWithdrawnOn;
    }

    public Verification getVerification() {
        return verification;
    }

    public boolean isHistoric() {
        return historic;
    }

    /** The state's Wikidata item, where a cited source gives it. */
    public @Nullable String getWikidataId() {
        return wikidataId;
    }

    public @Nullable Verification getWikidataVerification() {
        return wikidataVerification;
    }

    /**
     * The first day a former state no longer existed, where a source gives it; not the
     * day its code was withdrawn.
     */
    public @Nullable LocalDate getCeasedOn() {
        return ceasedOn;
    }

}
