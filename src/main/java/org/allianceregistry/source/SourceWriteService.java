package org.allianceregistry.source;

import org.allianceregistry.shared.ProblemType;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.allianceregistry.change.ChangeLog;
import org.allianceregistry.shared.ConflictException;
import org.allianceregistry.shared.RuleViolationException;
import org.allianceregistry.shared.StaleVersionException;
import org.allianceregistry.shared.Versioned;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records, corrects and deletes sources, and turns the sources a write states into the
 * set its record cites.
 */
@Service
@Transactional
public class SourceWriteService {

    /** The join tables of every record that cites sources. */
    private static final List<String> CITATION_TABLES = List.of("alliance_sources", "alliance_principle_sources",
            "member_state_sources", "membership_sources", "withdrawal_sources", "chairmanship_term_sources",
            "treaty_protocol_sources", "alliance_event_sources");

    private final SourceRepository sources;

    private final EntityManager entityManager;

    private final ChangeLog changes;

    SourceWriteService(SourceRepository sources, EntityManager entityManager, ChangeLog changes) {
        this.sources = sources;
        this.entityManager = entityManager;
        this.changes = changes;
    }

    /**
     * The sources a write cites: the recorded ones it names and the new ones it brings
     * (recorded now, in the same transaction). At least one is required (422
     * {@code sources-required}); an unknown code is 422 {@code unknown-source}.
     */
    public Set<Source> resolve(CitesSources request) {
        Set<Source> cited = new LinkedHashSet<>();
        List<String> codes = request.sources() == null ? List.of() : request.sources();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            int index = i;
            cited.add(sources.findByCode(code.trim())
                .orElseThrow(() -> new RuleViolationException(ProblemType.UNKNOWN_SOURCE,
                        "No source has the code '" + code + "'; record it under newSources or use a listed code.",
                        "sources[" + index + "]")));
        }
        List<NewSourceRequest> fresh = request.newSources() == null ? List.of() : request.newSources();
        for (int i = 0; i < fresh.size(); i++) {
            cited.add(record(fresh.get(i), "newSources[" + i + "]"));
        }
        if (cited.isEmpty()) {
            throw new RuleViolationException(ProblemType.SOURCES_REQUIRED,
                    "Every record in the registry cites at least one source: name recorded sources under 'sources' "
                            + "(e.g. [\"R12\"]) or give new ones under 'newSources'.",
                    "sources");
        }
        return cited;
    }

    /**
     * The codes of the sources a record cites, in the registry's order: the editable form
     * of its citations.
     */
    public static List<String> codes(List<SourceResponse> cited) {
        return cited.stream().map(SourceResponse::code).toList();
    }

    public Versioned<SourceResponse> create(NewSourceRequest request) {
        Source source = record(request, "");
        SourceResponse response = SourceResponse.from(source);
        return new Versioned<>(response, source.getVersion());
    }

    @Transactional(readOnly = true)
    public NewSourceRequest editable(String code) {
        Source source = require(code);
        return new NewSourceRequest(source.getCode(), source.getTitle(), source.getUrl(), source.getDocument(),
                source.getPublisher(), source.getAccessedOn(), source.getNote());
    }

    /** Corrects a source; its code may change (citations follow, they hold its id). */
    public Versioned<SourceResponse> update(String code, long expectedVersion, NewSourceRequest request) {
        Source source = require(code);
        StaleVersionException.check("source " + code, expectedVersion, source.getVersion());
        SourceResponse before = SourceResponse.from(source);
        if (request.equals(editable(code))) {
            return new Versioned<>(before, source.getVersion()); // it already reads so:
                                                                 // no revision, no audit
                                                                 // entry
        }
        requireLocator(request, "");
        String newCode = request.code() == null || request.code().isBlank() ? source.getCode() : request.code().trim();
        if (!newCode.equals(source.getCode()) && sources.findByCode(newCode).isPresent()) {
            throw codeTaken(newCode);
        }
        source.correct(newCode, request.title().trim(), trimmed(request.url()), trimmed(request.document()),
                trimmed(request.publisher()), request.accessedOn(), trimmed(request.note()));
        sources.flush();
        SourceResponse after = SourceResponse.from(source);
        changes.updated("source", source.getId(), source.getCode(), before, after);
        return new Versioned<>(after, source.getVersion());
    }

    /**
     * Deletes a source no record cites (409 {@code source-in-use} otherwise: the curated
     * rule needs its citations).
     */
    public void delete(String code, long expectedVersion) {
        Source source = require(code);
        StaleVersionException.check("source " + code, expectedVersion, source.getVersion());
        long citing = 0;
        for (String table : CITATION_TABLES) {
            citing += ((Number) entityManager
                .createNativeQuery("SELECT COUNT(*) FROM " + table + " WHERE source_id = ?1")
                .setParameter(1, source.getId())
                .getSingleResult()).longValue();
        }
        if (citing > 0) {
            throw new ConflictException(ProblemType.SOURCE_IN_USE,
                    "Source " + code + " is cited by " + citing + " record(s); cite another source there first.");
        }
        SourceResponse before = SourceResponse.from(source);
        sources.delete(source);
        sources.flush();
        changes.deleted("source", source.getId(), code, before);
    }

    private Source require(String code) {
        return sources.findByCode(code).orElseThrow(() -> new SourceNotFoundException(code));
    }

    private Source record(NewSourceRequest request, String field) {
        requireLocator(request, field);
        String code = request.code() == null || request.code().isBlank() ? null : request.code().trim();
        if (code != null && sources.findByCode(code).isPresent()) {
            throw codeTaken(code);
        }
        Source source = sources.saveAndFlush(new Source(code != null ? code : generatedCode(), request.title().trim(),
                trimmed(request.url()), trimmed(request.document()), trimmed(request.publisher()), request.accessedOn(),
                trimmed(request.note())));
        changes.created("source", source.getId(), source.getCode(), SourceResponse.from(source));
        return source;
    }

    /**
     * A new code for a source recorded without one: ED and a number above every source
     * id. Writes take turns (see ChangeLog.begin), so no other write can take the same
     * code meanwhile.
     */
    private String generatedCode() {
        long next = ((Number) entityManager.createNativeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM sources")
            .getSingleResult()).longValue();
        while (sources.findByCode("ED" + next).isPresent()) {
            next++;
        }
        return "ED" + next;
    }

    private static void requireLocator(NewSourceRequest request, String field) {
        if (blank(request.url()) && blank(request.document())) {
            throw new RuleViolationException(ProblemType.SOURCE_LOCATOR_REQUIRED,
                    "A source needs a url or, for a non-web source, a document saying what it is.",
                    (field.isEmpty() ? "" : field + ".") + "url");
        }
    }

    private static ConflictException codeTaken(String code) {
        return new ConflictException(ProblemType.SOURCE_CODE_TAKEN,
                "A source with the code '" + code + "' already exists.");
    }

    private static @Nullable String trimmed(@Nullable String text) {
        return blank(text) ? null : text.trim();
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

}
