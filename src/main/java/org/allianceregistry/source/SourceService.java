package org.allianceregistry.source;

import org.allianceregistry.shared.RegistryException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.allianceregistry.change.ChangeLog;
import org.allianceregistry.shared.ConflictException;
import org.allianceregistry.shared.ExpectedVersion;
import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RuleViolationException;
import org.allianceregistry.shared.StaleVersionException;
import org.allianceregistry.shared.Versioned;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sources: recorded, corrected and deleted; the set a write cites; and the citations of a
 * page of records in one query. Every cited entity maps its sources as a {@code sources}
 * collection; reading them here, for all ids at once, keeps a list at a fixed number of
 * queries.
 */
@Service
@Transactional(readOnly = true)
public class SourceService {

    private final SourceRepository sources;

    private final ChangeLog changes;

    SourceService(SourceRepository sources, ChangeLog changes) {
        this.sources = sources;
        this.changes = changes;
    }

    public Page<SourceResponse> list(Pageable pageable) {
        return sources.findAll(pageable).map(SourceResponse::from);
    }

    public SourceResponse get(String code) {
        return getVersioned(code).body();
    }

    /** The source with its version, the ETag a correction must send back. */
    public Versioned<SourceResponse> getVersioned(String code) {
        Source source = require(code);
        return new Versioned<>(SourceResponse.from(source), source.getVersion());
    }

    @Transactional
    public Versioned<SourceResponse> create(NewSourceRequest request) {
        Source source = record(request, "");
        return new Versioned<>(SourceResponse.from(source), source.getVersion());
    }

    public NewSourceRequest editable(String code) {
        Source source = require(code);
        return new NewSourceRequest(source.getCode(), source.getTitle(), source.getUrl(), source.getDocument(),
                source.getPublisher(), source.getAccessedOn(), source.getNote());
    }

    /** Corrects a source; its code may change (citations follow, they hold its id). */
    @Transactional
    public Versioned<SourceResponse> update(String code, ExpectedVersion expectedVersion, NewSourceRequest request) {
        Source source = require(code);
        StaleVersionException.check("source " + code, expectedVersion, source.getVersion());
        SourceResponse before = SourceResponse.from(source);
        if (request.equals(editable(code))) {
            return new Versioned<>(before, source.getVersion()); // it already reads so:
                                                                 // no revision, no audit
                                                                 // entry
        }
        String newCode = blank(request.code()) ? source.getCode() : request.code().trim();
        if (!newCode.equals(source.getCode()) && sources.existsByCode(newCode)) {
            throw codeTaken(newCode);
        }
        source.correct(newCode, request);
        sources.flush();
        SourceResponse after = SourceResponse.from(source);
        changes.updated("source", source.getId(), source.getCode(), before, after);
        return new Versioned<>(after, source.getVersion());
    }

    /**
     * Deletes a source no record cites (409 {@code source-in-use} otherwise: the curated
     * rule needs its citations).
     */
    @Transactional
    public void delete(String code, ExpectedVersion expectedVersion) {
        Source source = require(code);
        StaleVersionException.check("source " + code, expectedVersion, source.getVersion());
        long citing = sources.countCitations(source.getId());
        if (citing > 0) {
            throw new ConflictException(ProblemType.SOURCE_IN_USE,
                    "Source " + code + " is cited by " + citing + " record(s); cite another source there first.");
        }
        SourceResponse before = SourceResponse.from(source);
        sources.delete(source);
        sources.flush();
        changes.deleted("source", source.getId(), code, before);
    }

    /**
     * The sources a write cites: the recorded ones it names and the new ones it brings
     * (recorded now, in the same transaction). At least one is required (422
     * {@code sources-required}); an unknown code is 422 {@code unknown-source}.
     */
    @Transactional
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

    /**
     * The sources of each of the given records of {@code entity}, ordered by source code.
     */
    public Citations citationsOf(Class<?> entity, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return new Citations(Map.of());
        }
        Map<Long, List<SourceResponse>> byRecord = new LinkedHashMap<>();
        for (Object[] row : sources.citationsOf(entity, ids)) {
            byRecord.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(SourceResponse.from((Source) row[1]));
        }
        byRecord.values()
            .forEach(list -> list.sort(Comparator.comparing(SourceResponse::code, SourceService::compareCodes)));
        return new Citations(byRecord);
    }

    /**
     * The given sources as every citation list shows them: ordered by code. For sources
     * fetched with their record.
     */
    public static List<SourceResponse> cited(Collection<Source> sources) {
        return sources.stream()
            .map(SourceResponse::from)
            .sorted(Comparator.comparing(SourceResponse::code, SourceService::compareCodes))
            .toList();
    }

    /** Orders R2 before R10, and R4a before R4b. */
    static int compareCodes(String left, String right) {
        String leftDigits = left.replaceAll("\\D", "");
        String rightDigits = right.replaceAll("\\D", "");
        if (!leftDigits.isEmpty() && !rightDigits.isEmpty() && left.charAt(0) == right.charAt(0)) {
            int byNumber = Long.compare(Long.parseLong(leftDigits), Long.parseLong(rightDigits));
            if (byNumber != 0) {
                return byNumber;
            }
        }
        return left.compareTo(right);
    }

    private Source require(String code) {
        return sources.findByCode(code)
            .orElseThrow(() -> new RegistryException(ProblemType.SOURCE_NOT_FOUND,
                    "No source has the code '" + code + "'."));
    }

    /**
     * Records a new source; {@code field} is where the request holds it, so that a rule
     * it breaks names the field in the whole body ({@code newSources[0].url}).
     */
    private Source record(NewSourceRequest request, String field) {
        String code = blank(request.code()) ? null : request.code().trim();
        Source source;
        try {
            source = new Source(code != null ? code : generatedCode(), request);
        }
        catch (RuleViolationException violation) {
            throw field.isEmpty() ? violation : new RuleViolationException(violation.type(), violation.detail(),
                    field + "." + violation.parameter());
        }
        if (code != null && sources.existsByCode(code)) {
            throw codeTaken(code);
        }
        sources.saveAndFlush(source);
        changes.created("source", source.getId(), source.getCode(), SourceResponse.from(source));
        return source;
    }

    /**
     * A new code for a source recorded without one: ED and a number above every source
     * id. Writes take turns (the revision lock every write transaction takes), so no
     * other write can take the same code meanwhile.
     */
    private String generatedCode() {
        long next = sources.nextId();
        while (sources.existsByCode("ED" + next)) {
            next++;
        }
        return "ED" + next;
    }

    private static ConflictException codeTaken(String code) {
        return new ConflictException(ProblemType.SOURCE_CODE_TAKEN,
                "A source with the code '" + code + "' already exists.");
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

}
