package org.allianceregistry.source;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.allianceregistry.shared.Versioned;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sources, and the citations of a page of records in one query. Every cited entity maps
 * its sources as a {@code sources} collection; reading them here, for all ids at once,
 * keeps a list at a fixed number of queries.
 */
@Service
@Transactional(readOnly = true)
public class SourceService {

    private final SourceRepository sources;

    private final EntityManager entityManager;

    SourceService(SourceRepository sources, EntityManager entityManager) {
        this.sources = sources;
        this.entityManager = entityManager;
    }

    public Page<SourceResponse> list(Pageable pageable) {
        return sources.findAll(pageable).map(SourceResponse::from);
    }

    public SourceResponse get(String code) {
        return getVersioned(code).body();
    }

    /** The source with its version, the ETag a correction must send back. */
    public Versioned<SourceResponse> getVersioned(String code) {
        Source source = sources.findByCode(code).orElseThrow(() -> new SourceNotFoundException(code));
        return new Versioned<>(SourceResponse.from(source), source.getVersion());
    }

    /**
     * The sources of each of the given records of {@code entity}, ordered by source code.
     */
    public Citations citationsOf(Class<?> entity, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return new Citations(Map.of());
        }
        List<Object[]> rows = entityManager
            .createQuery("select r.id, s from " + entity.getSimpleName() + " r join r.sources s where r.id in :ids",
                    Object[].class)
            .setParameter("ids", ids)
            .getResultList();
        Map<Long, List<SourceResponse>> byRecord = new LinkedHashMap<>();
        for (Object[] row : rows) {
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

}
