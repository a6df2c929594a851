package org.allianceregistry.alliance;

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
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.allianceregistry.shared.LocalizedText;
import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RuleViolationException;
import org.allianceregistry.shared.Verification;
import org.allianceregistry.source.Source;
import org.jspecify.annotations.Nullable;

/** A military-political alliance, named in URLs by its lower-case {@code code}. */
@Entity
@Table(name = "alliances")
public class Alliance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    private String code;

    private String acronymEn;

    private @Nullable String acronymRu;

    private @Nullable String acronymAr;

    private String nameEn;

    private String nameRu;

    private String nameAr;

    private String kind;

    private @Nullable String treatyNameEn;

    private @Nullable LocalDate treatySignedOn;

    private @Nullable String treatySignedPlace;

    private @Nullable LocalDate treatyInForceOn;

    private @Nullable LocalDate establishedOn;

    private @Nullable String establishedNote;

    private @Nullable LocalDate dissolvedOn;

    private @Nullable String dissolvedNote;

    private @Nullable String headquarters;

    private @Nullable String workingLanguage;

    private @Nullable String website;

    private @Nullable String unObserverResolution;

    private @Nullable LocalDate unObserverSince;

    private @Nullable String areaOfResponsibility;

    private @Nullable String description;

    private @Nullable String wikidataId;

    @Enumerated(EnumType.STRING)
    private @Nullable Verification wikidataVerification;

    @Enumerated(EnumType.STRING)
    private Verification verification;

    private @Nullable Integer atopId;

    /** COW version4id numbers, comma-separated. */
    private @Nullable String cowIds;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "alliance_sources", joinColumns = @JoinColumn(name = "alliance_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    private Set<Source> sources = new HashSet<>();

    protected Alliance() {
    }

    Alliance(String code, UpdateAllianceRequest details) {
        this.code = code;
        correct(details);
    }

    /**
     * Corrects everything but the code. The treaty enters into force on or after its
     * signature (422 {@code in-force-before-signature}), and an alliance is dissolved
     * after it was established (422 {@code dissolved-before-established}).
     */
    void correct(UpdateAllianceRequest details) {
        if (details.treatyInForceOn() != null && details.treatySignedOn() != null
                && details.treatyInForceOn().isBefore(details.treatySignedOn())) {
            throw new RuleViolationException(ProblemType.IN_FORCE_BEFORE_SIGNATURE, "treatyInForceOn "
                    + details.treatyInForceOn() + " precedes treatySignedOn " + details.treatySignedOn() + ".",
                    "treatyInForceOn");
        }
        if (details.dissolvedOn() != null && details.establishedOn() != null
                && !details.dissolvedOn().isAfter(details.establishedOn())) {
            throw new RuleViolationException(ProblemType.DISSOLVED_BEFORE_ESTABLISHED, "dissolvedOn "
                    + details.dissolvedOn() + " must follow establishedOn " + details.establishedOn() + ".",
                    "dissolvedOn");
        }
        this.acronymEn = details.acronymEn().trim();
        this.acronymRu = blankToNull(details.acronymRu());
        this.acronymAr = blankToNull(details.acronymAr());
        this.nameEn = details.nameEn().trim();
        this.nameRu = details.nameRu().trim();
        this.nameAr = details.nameAr().trim();
        this.kind = details.kind();
        this.treatyNameEn = blankToNull(details.treatyName());
        this.treatySignedOn = details.treatySignedOn();
        this.treatySignedPlace = blankToNull(details.treatySignedPlace());
        this.treatyInForceOn = details.treatyInForceOn();
        this.establishedOn = details.establishedOn();
        this.establishedNote = blankToNull(details.establishedNote());
        this.dissolvedOn = details.dissolvedOn();
        this.dissolvedNote = blankToNull(details.dissolvedNote());
        this.headquarters = blankToNull(details.headquarters());
        this.workingLanguage = blankToNull(details.workingLanguage());
        this.website = blankToNull(details.website());
        this.unObserverResolution = blankToNull(details.unObserverResolution());
        this.unObserverSince = details.unObserverSince();
        this.areaOfResponsibility = blankToNull(details.areaOfResponsibility());
        this.description = blankToNull(details.description());
        this.verification = details.verification();
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

    public String getCode() {
        return code;
    }

    public LocalizedText getAcronyms() {
        return new LocalizedText(acronymEn, acronymRu, acronymAr);
    }

    public LocalizedText getNames() {
        return new LocalizedText(nameEn, nameRu, nameAr);
    }

    public String getKind() {
        return kind;
    }

    public @Nullable String getTreatyNameEn() {
        return treatyNameEn;
    }

    public @Nullable LocalDate getTreatySignedOn() {
        return treatySignedOn;
    }

    public @Nullable String getTreatySignedPlace() {
        return treatySignedPlace;
    }

    /**
     * The day the founding treaty entered into force; before it, signatories are not yet
     * members in force.
     */
    public @Nullable LocalDate getTreatyInForceOn() {
        return treatyInForceOn;
    }

    public @Nullable LocalDate getEstablishedOn() {
        return establishedOn;
    }

    public @Nullable String getEstablishedNote() {
        return establishedNote;
    }

    public @Nullable LocalDate getDissolvedOn() {
        return dissolvedOn;
    }

    public @Nullable String getDissolvedNote() {
        return dissolvedNote;
    }

    public @Nullable String getHeadquarters() {
        return headquarters;
    }

    public @Nullable String getWorkingLanguage() {
        return workingLanguage;
    }

    public @Nullable String getWebsite() {
        return website;
    }

    public @Nullable String getUnObserverResolution() {
        return unObserverResolution;
    }

    public @Nullable LocalDate getUnObserverSince() {
        return unObserverSince;
    }

    public @Nullable String getAreaOfResponsibility() {
        return areaOfResponsibility;
    }

    /** The alliance's Wikidata item, where a cited source gives it. */
    public @Nullable String getWikidataId() {
        return wikidataId;
    }

    public @Nullable Verification getWikidataVerification() {
        return wikidataVerification;
    }

    /** The alliance's number in ATOP ({@code atopid}). */
    public @Nullable Integer getAtopId() {
        return atopId;
    }

    /** The alliance's numbers in COW ({@code version4id}), in the order stored. */
    public List<Integer> getCowIds() {
        if (cowIds == null || cowIds.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cowIds.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    /** How well the sources support the record. */
    public Verification getVerification() {
        return verification;
    }

    public @Nullable String getDescription() {
        return description;
    }

}
