package org.allianceregistry.source;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A public document or page that curated records cite. {@code code} is its stable key (e.g. {@code R12}). */
@Entity
@Table(name = "sources")
public class Source {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    private String code;
    private String title;
    private @Nullable String url;
    private @Nullable String document;
    private @Nullable String publisher;
    private @Nullable LocalDate accessedOn;
    private @Nullable String note;

    protected Source() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public @Nullable String getUrl() {
        return url;
    }

    public @Nullable String getDocument() {
        return document;
    }

    public @Nullable String getPublisher() {
        return publisher;
    }

    public @Nullable LocalDate getAccessedOn() {
        return accessedOn;
    }

    public @Nullable String getNote() {
        return note;
    }
}
