package org.allianceregistry.source;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RuleViolationException;
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

    Source(String code, NewSourceRequest details) {
        correct(code, details);
    }

    /**
     * Corrects the source; a source is found by a url or, where it is no web page, by the
     * document it is (422 {@code source-locator-required}, field {@code url}).
     */
    void correct(String code, NewSourceRequest details) {
        if (trimmed(details.url()) == null && trimmed(details.document()) == null) {
            throw new RuleViolationException(ProblemType.SOURCE_LOCATOR_REQUIRED,
                    "A source needs a url or, for a non-web source, a document saying what it is.", "url");
        }
        this.code = code;
        this.title = details.title().trim();
        this.url = trimmed(details.url());
        this.document = trimmed(details.document());
        this.publisher = trimmed(details.publisher());
        this.accessedOn = details.accessedOn();
        this.note = trimmed(details.note());
    }

    private static @Nullable String trimmed(@Nullable String text) {
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
