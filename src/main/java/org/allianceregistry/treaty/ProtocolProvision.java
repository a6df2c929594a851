package org.allianceregistry.treaty;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A key provision of a document, in the order of its articles. */
@Entity
@Table(name = "protocol_provisions")
public class ProtocolProvision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "protocol_id")
    private TreatyProtocol protocol;

    private int position;

    private @Nullable String article;

    private String textEn;

    protected ProtocolProvision() {
    }

    public TreatyProtocol getProtocol() {
        return protocol;
    }

    public int getPosition() {
        return position;
    }

    public @Nullable String getArticle() {
        return article;
    }

    public String getTextEn() {
        return textEn;
    }

}
