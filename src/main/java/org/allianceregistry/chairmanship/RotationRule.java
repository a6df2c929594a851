package org.allianceregistry.chairmanship;

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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.source.Source;
import org.jspecify.annotations.Nullable;

/**
 * How an alliance's chairmanship rotates, as data: the order basis, the term length and
 * what a suspended or frozen member's turn becomes. The members in the rotation are not
 * listed here; they come from the membership history. A rule that is not {@code rotating}
 * states that the alliance has no rotating chair ({@code description} says so).
 */
@Entity
@Table(name = "chairmanship_rotation_rules")
class RotationRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Alliance alliance;

    private boolean rotating;

    @Enumerated(EnumType.STRING)
    private @Nullable OrderBasis orderBasis;

    private @Nullable Integer termYears;

    @Enumerated(EnumType.STRING)
    private TurnPolicy suspendedPolicy;

    @Enumerated(EnumType.STRING)
    private TurnPolicy frozenPolicy;

    private String description;

    /**
     * A handful of rows that belong to the rule, fetched with it; a set, so it can be
     * fetched together with the sources.
     */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "chairmanship_hand_over_conventions", joinColumns = @JoinColumn(name = "rule_id"))
    @OrderBy("fromChairYear")
    private Set<HandOverConvention> handOverConventions = new LinkedHashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "chairmanship_rotation_rule_sources", joinColumns = @JoinColumn(name = "rule_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    private Set<Source> sources = new HashSet<>();

    protected RotationRule() {
    }

    public Long getId() {
        return id;
    }

    public Alliance getAlliance() {
        return alliance;
    }

    public boolean isRotating() {
        return rotating;
    }

    /** Null when the alliance has no rotating chair. */
    public @Nullable OrderBasis getOrderBasis() {
        return orderBasis;
    }

    /** Null when the alliance has no rotating chair. */
    public @Nullable Integer getTermYears() {
        return termYears;
    }

    public TurnPolicy getSuspendedPolicy() {
        return suspendedPolicy;
    }

    /**
     * The default policy for a member that froze its own participation; a schedule
     * request may choose the other.
     */
    public TurnPolicy getFrozenPolicy() {
        return frozenPolicy;
    }

    public String getDescription() {
        return description;
    }

    /** The hand-over conventions, oldest first. */
    public List<HandOverConvention> getHandOverConventions() {
        return handOverConventions.stream().sorted(Comparator.comparingInt(HandOverConvention::fromChairYear)).toList();
    }

    public Set<Source> getSources() {
        return Collections.unmodifiableSet(sources);
    }

    /**
     * How the chair is handed over for {@code chairYear}: the latest convention from that
     * year or before; null when none applies yet.
     */
    @Nullable HandOverKind handOverIn(int chairYear) {
        HandOverKind kind = null;
        for (HandOverConvention convention : getHandOverConventions()) {
            if (convention.fromChairYear() <= chairYear) {
                kind = convention.kind();
            }
        }
        return kind;
    }

    /** What a term the rule projects for {@code chairYear} says about its dates. */
    String projectedDateNote(int chairYear) {
        HandOverKind handOver = handOverIn(chairYear);
        if (handOver == null) {
            return "Projected by the rotation rule; no hand-over convention is recorded for this chair year, so the dates are unknown.";
        }
        int since = getHandOverConventions().stream()
            .filter(c -> c.fromChairYear() <= chairYear)
            .mapToInt(HandOverConvention::fromChairYear)
            .max()
            .orElse(chairYear);
        return switch (handOver) {
            case FIRST_OF_JANUARY ->
                "Projected by the rotation rule: hand-over on 1 January of the chair year (the convention since the "
                        + since + " term).";
            case COUNCIL_SESSION ->
                "Projected by the rotation rule: hand-over at the council's regular session (the convention since the "
                        + since + " term), whose day is not known in advance.";
        };
    }

}
