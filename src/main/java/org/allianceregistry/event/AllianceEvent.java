package org.allianceregistry.event;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.allianceregistry.alliance.Alliance;
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

    private @Nullable LocalDate startDate;

    @Enumerated(EnumType.STRING)
    private DatePrecision datePrecision;

    private @Nullable LocalDate endDate;

    private @Nullable String place;

    private String description;

    private @Nullable Integer quantity;

    private @Nullable String quantityUnit;

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
     * Records what happened. An UNDATED event has no start date and every other one has
     * one; the last day is not before the first; a quantity has a unit; the event is not
     * a stage of itself or of one of its own stages; each participant is named once.
     */
    void record(EventKind kind, String title, @Nullable LocalDate startDate, DatePrecision precision,
            @Nullable LocalDate endDate, @Nullable String place, String description, @Nullable Integer quantity,
            @Nullable String quantityUnit, @Nullable AllianceEvent parent, Verification verification,
            List<Participation> participants) {
        if ((precision == DatePrecision.UNDATED) != (startDate == null)) {
            throw new RuleViolationException(ProblemType.UNDATED_MISMATCH,
                    "An UNDATED event has no startDate and every other event has one.",
                    startDate == null ? "startDate" : "datePrecision");
        }
        if (endDate != null && (startDate == null || endDate.isBefore(startDate))) {
            throw new RuleViolationException(ProblemType.END_BEFORE_START,
                    "endDate " + endDate + " may not precede startDate " + startDate + ".", "endDate");
        }
        if (quantity != null && quantityUnit == null) {
            throw new RuleViolationException(ProblemType.QUANTITY_UNIT_REQUIRED,
                    "A quantity needs its quantityUnit (e.g. personnel).", "quantityUnit");
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
        this.startDate = startDate;
        this.datePrecision = precision;
        this.endDate = endDate;
        this.place = place;
        this.description = description;
        this.quantity = quantity;
        this.quantityUnit = quantityUnit;
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

    public @Nullable LocalDate getStartDate() {
        return startDate;
    }

    public DatePrecision getDatePrecision() {
        return datePrecision;
    }

    public @Nullable LocalDate getEndDate() {
        return endDate;
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

    public Verification getVerification() {
        return verification;
    }

}
