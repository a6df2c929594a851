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

    private boolean historic;

    private @Nullable LocalDate ceasedOn;

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
     * Corrects names and history; only a historic state has a day its code ceased (422
     * {@code ceased-but-not-historic}).
     */
    void correct(UpdateMemberStateRequest details) {
        if (!details.historic() && details.ceasedOn() != null) {
            throw new RuleViolationException(ProblemType.CEASED_BUT_NOT_HISTORIC,
                    "Only a historic state has a ceasedOn date; set historic to true or drop ceasedOn.", "ceasedOn");
        }
        this.nameEn = details.nameEn().trim();
        this.nameRu = details.nameRu().trim();
        this.nameAr = details.nameAr().trim();
        this.officialNameEn = details.officialName() == null || details.officialName().isBlank() ? null
                : details.officialName().trim();
        this.formerCode = details.formerCode();
        this.historic = details.historic();
        this.ceasedOn = details.ceasedOn();
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

    public @Nullable String getOfficialNameEn() {
        return officialNameEn;
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

    public @Nullable LocalDate getCeasedOn() {
        return ceasedOn;
    }

}
