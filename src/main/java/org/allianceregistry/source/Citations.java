package org.allianceregistry.source;

import java.util.List;
import java.util.Map;

/** The sources cited by each record of one page, by record id. */
public final class Citations {

    private final Map<Long, List<SourceResponse>> byRecordId;

    Citations(Map<Long, List<SourceResponse>> byRecordId) {
        this.byRecordId = byRecordId;
    }

    public List<SourceResponse> of(Long recordId) {
        return byRecordId.getOrDefault(recordId, List.of());
    }

}
