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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;
import org.allianceregistry.source.Source;
import org.jspecify.annotations.Nullable;

/**
 * A stated goal or charter principle of an alliance, in the order its documents give
 * them.
 */
@Entity
@Table(name = "alliance_principles")
class AlliancePrinciple {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Alliance alliance;

    @Enumerated(EnumType.STRING)
    private PrincipleKind kind;

    private int position;

    private String textEn;

    private @Nullable String article;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "alliance_principle_sources", joinColumns = @JoinColumn(name = "alliance_principle_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    private Set<Source> sources = new HashSet<>();

    protected AlliancePrinciple() {
    }

    public Long getId() {
        return id;
    }

    public PrincipleKind getKind() {
        return kind;
    }

    public int getPosition() {
        return position;
    }

    public String getTextEn() {
        return textEn;
    }

    public @Nullable String getArticle() {
        return article;
    }

}
