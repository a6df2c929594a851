package org.allianceregistry.source;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A public document or page that curated records cite. {@code code} is its stable key
 * (e.g. {@code R12}).
 */
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

    Source(String code, String title, @Nullable String url, @Nullable String document, @Nullable String publisher,
            @Nullable LocalDate accessedOn, @Nullable String note) {
        correct(code, title, url, document, publisher, accessedOn, note);
    }

    /**
     * Corrects the source; a source is found by a url or, where it is no web page, by the
     * document it is.
     */
    void correct(String code, String title, @Nullable String url, @Nullable String document, @Nullable String publisher,
            @Nullable LocalDate accessedOn, @Nullable String note) {
        if (url == null && document == null) {
            throw new IllegalArgumentException("a source needs a url or a document");
        }
        this.code = code;
        this.title = title;
        this.url = url;
        this.document = document;
        this.publisher = publisher;
        this.accessedOn = accessedOn;
        this.note = note;
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

    /**
     * Makes {@code sources} (a record's citations) exactly {@code cited}. An unchanged
     * set is left untouched, so that citing the same sources again does not make the
     * record's version move.
     */
    public static void citeExactly(java.util.Set<Source> sources, java.util.Collection<Source> cited) {
        if (sources.size() == cited.size() && sources.containsAll(cited)) {
            return;
        }
        sources.clear();
        sources.addAll(cited);
    }

}
