package org.allianceregistry.secretarygeneral;

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
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.shared.HistoricalDate;
import org.allianceregistry.shared.HistoricalPeriod;
import org.allianceregistry.shared.Verification;
import org.allianceregistry.source.Source;
import org.allianceregistry.state.MemberState;
import org.jspecify.annotations.Nullable;

/**
 * One holder's term as an alliance's Secretary-General (or acting Secretary-General),
 * from its first day ({@code start}) to the first day out of office ({@code end},
 * exclusive; none while in office), each as the sources know it. Curated data: the
 * registry has no write API for these terms.
 */
@Entity
@Table(name = "secretary_general_terms")
class SecretaryGeneralTerm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Alliance alliance;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private MemberState memberState;

    private @Nullable Integer ordinal;

    private String name;

    @Enumerated(EnumType.STRING)
    private SecretaryGeneralAppointment appointment;

    @Embedded
    @AttributeOverride(name = "date", column = @Column(name = "start_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "start_precision"))
    @AttributeOverride(name = "earliest", column = @Column(name = "start_earliest"))
    @AttributeOverride(name = "latest", column = @Column(name = "start_latest"))
    private HistoricalDate start;

    @Embedded
    @AttributeOverride(name = "date", column = @Column(name = "end_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "end_precision"))
    @AttributeOverride(name = "earliest", column = @Column(name = "end_earliest"))
    @AttributeOverride(name = "latest", column = @Column(name = "end_latest"))
    private @Nullable HistoricalDate end;

    private @Nullable LocalDate scheduledEnd;

    @Embedded
    @AttributeOverride(name = "date", column = @Column(name = "appointed_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "appointed_precision"))
    @AttributeOverride(name = "earliest", column = @Column(name = "appointed_earliest"))
    @AttributeOverride(name = "latest", column = @Column(name = "appointed_latest"))
    private @Nullable HistoricalDate appointed;

    private @Nullable String appointedAt;

    private @Nullable String dateNote;

    private @Nullable String note;

    @Enumerated(EnumType.STRING)
    private Verification verification;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "secretary_general_term_sources", joinColumns = @JoinColumn(name = "secretary_general_term_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    private Set<Source> sources = new HashSet<>();

    protected SecretaryGeneralTerm() {
    }

    /** When the holder was in office, as the sources know it. */
    HistoricalPeriod time() {
        return new HistoricalPeriod(start, end);
    }

    /**
     * The time a day is matched by: a term in office is taken to run up to its scheduled
     * end, after which the registry knows no holder.
     */
    HistoricalPeriod matchedTime() {
        return end == null && scheduledEnd != null ? new HistoricalPeriod(start, HistoricalDate.day(scheduledEnd))
                : time();
    }

    Long getId() {
        return id;
    }

    MemberState getMemberState() {
        return memberState;
    }

    /** The holder's number among the appointed Secretaries-General; null when acting. */
    @Nullable Integer getOrdinal() {
        return ordinal;
    }

    String getName() {
        return name;
    }

    SecretaryGeneralAppointment getAppointment() {
        return appointment;
    }

    HistoricalDate getStart() {
        return start;
    }

    /**
     * The first day a running term is scheduled to be over (exclusive); null otherwise.
     */
    @Nullable LocalDate getScheduledEnd() {
        return scheduledEnd;
    }

    /** When the holder was appointed (named, confirmed), where the sources say. */
    @Nullable HistoricalDate getAppointed() {
        return appointed;
    }

    @Nullable String getAppointedAt() {
        return appointedAt;
    }

    @Nullable String getDateNote() {
        return dateNote;
    }

    @Nullable String getNote() {
        return note;
    }

    Verification getVerification() {
        return verification;
    }

    Set<Source> getSources() {
        return Collections.unmodifiableSet(sources);
    }

}
