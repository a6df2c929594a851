package org.allianceregistry.chairmanship;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** How the chair is handed over under a rotation rule, from {@code fromChairYear} until the next convention's year. */
@Entity
@Table(name = "chairmanship_hand_over_conventions")
public class HandOverConvention {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private RotationRule rule;

    private int fromChairYear;

    @Enumerated(EnumType.STRING)
    private HandOverKind kind;

    private String description;

    protected HandOverConvention() {
    }

    public int getFromChairYear() {
        return fromChairYear;
    }

    public HandOverKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }
}
