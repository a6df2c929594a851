package org.allianceregistry.event;

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
import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RuleViolationException;
import org.allianceregistry.shared.Verification;
import org.allianceregistry.source.Source;
import org.allianceregistry.state.MemberState;
import org.jspecify.annotations.Nullable;

/**
 * A dated fact about an alliance that its other records do not hold: an operation and its
 * phases, an exercise and its stages, a summit, a decision, a statement, a force and its
 * strength at a date.
 */
@Entity
@Table(name = "alliance_events")
class AllianceEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Alliance alliance;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_event_id")
    private @Nullable AllianceEvent parent;

    @Enumerated(EnumType.STRING)
    private EventKind kind;

    private String titleEn;

    /** The first day; null while undated. */
    @Embedded
    @AttributeOverride(name = "date", column = @Column(name = "start_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "start_precision"))
    @AttributeOverride(name = "earliest", column = @Column(name = "start_earliest"))
    @AttributeOverride(name = "latest", column = @Column(name = "start_latest"))
    private @Nullable HistoricalDate start;

    /** The legacy column beside {@link #start}: its precision, or UNDATED. */
    @Enumerated(EnumType.STRING)
    private DatePrecision datePrecision;

    /**
     * The last day (inclusive, as the legacy {@code end_date} always was); null for an
     * event within the days of its start.
     */
    @Embedded
    @AttributeOverride(name = "date", column = @Column(name = "end_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "end_precision"))
    @AttributeOverride(name = "earliest", column = @Column(name = "end_earliest"))
    @AttributeOverride(name = "latest", column = @Column(name = "end_latest"))
    private @Nullable HistoricalDate lastDay;

    private @Nullable String place;

    private String description;

    private @Nullable Integer quantity;

    private @Nullable String quantityUnit;

    @Enumerated(EnumType.STRING)
    private @Nullable QuantityQualifier quantityQualifier;

    @Enumerated(EnumType.STRING)
    private Verification verification;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "alliance_event_sources", joinColumns = @JoinColumn(name = "alliance_event_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    private Set<Source> sources = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "alliance_event_participants", joinColumns = @JoinColumn(name = "event_id"))
    private List<Participation> participations = new ArrayList<>();

    protected AllianceEvent() {
    }

    AllianceEvent(Alliance alliance) {
        this.alliance = alliance;
    }

    /**
     * Records what happened. The last day is not before the start, and only a dated event
     * has one; a quantity has a unit and a qualifier ("about", "up to", ...), and a
     * qualifier a quantity; the event is not a stage of itself or of one of its own
     * stages; each participant is named once.
     */
    void record(EventKind kind, String title, EventTime time, @Nullable String place, String description,
            @Nullable Integer quantity, @Nullable String quantityUnit, @Nullable QuantityQualifier quantityQualifier,
            @Nullable AllianceEvent parent, Verification verification, List<Participation> participants) {
        if (quantity != null && quantityUnit == null) {
            throw new RuleViolationException(ProblemType.QUANTITY_UNIT_REQUIRED,
                    "A quantity needs its quantityUnit (e.g. personnel).", "quantityUnit");
        }
        if ((quantity == null) != (quantityQualifier == null)) {
            throw new RuleViolationException(ProblemType.QUANTITY_QUALIFIER_MISMATCH, quantity == null
                    ? "A quantityQualifier qualifies a quantity; this event has none."
                    : "A quantity needs its quantityQualifier: EXACTLY, ABOUT, UP_TO or MORE_THAN, as the source states it.",
                    "quantityQualifier");
        }
        for (AllianceEvent ancestor = parent; ancestor != null; ancestor = ancestor.getParent()) {
            if (id != null && id.equals(ancestor.getId())) {
                throw new RuleViolationException(ProblemType.EVENT_CYCLE,
                        "An event cannot be a stage of itself or of one of its own stages.", "parentId");
            }
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < participants.size(); i++) {
            MemberState state = participants.get(i).memberState();
            if (!seen.add(state.getId())) {
                throw new RuleViolationException(ProblemType.DUPLICATE_PARTICIPANT,
                        state.getIso3() + " is named twice among the participants.", "participants[" + i + "].state");
            }
        }
        this.kind = kind;
        this.titleEn = title;
        this.start = time.start();
        this.datePrecision = time.datePrecision();
        this.lastDay = time.lastDay();
        this.place = place;
        this.description = description;
        this.quantity = quantity;
        this.quantityUnit = quantityUnit;
        this.quantityQualifier = quantityQualifier;
        this.parent = parent;
        this.verification = verification;
        this.participations.clear();
        this.participations.addAll(participants);
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

    public Alliance getAlliance() {
        return alliance;
    }

    public @Nullable AllianceEvent getParent() {
        return parent;
    }

    public EventKind getKind() {
        return kind;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public EventTime getTime() {
        return new EventTime(start, lastDay);
    }

    public @Nullable String getPlace() {
        return place;
    }

    public String getDescription() {
        return description;
    }

    public @Nullable Integer getQuantity() {
        return quantity;
    }

    public @Nullable String getQuantityUnit() {
        return quantityUnit;
    }

    public @Nullable QuantityQualifier getQuantityQualifier() {
        return quantityQualifier;
    }

    public Verification getVerification() {
        return verification;
    }

}
