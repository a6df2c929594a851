package org.allianceregistry.source;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SourceRepository extends JpaRepository<Source, Long>, CitingRecords {

    Optional<Source> findByCode(String code);

    boolean existsByCode(String code);

    /** A number above every source id, for a generated code. */
    @Query("select coalesce(max(s.id), 0) + 1 from Source s")
    long nextId();

    /**
     * How many records cite the source: its rows in the join table of every record that
     * cites sources.
     */
    @Query(nativeQuery = true, value = """
            SELECT (SELECT COUNT(*) FROM alliance_sources WHERE source_id = :sourceId)
                 + (SELECT COUNT(*) FROM alliance_principle_sources WHERE source_id = :sourceId)
                 + (SELECT COUNT(*) FROM member_state_sources WHERE source_id = :sourceId)
                 + (SELECT COUNT(*) FROM membership_sources WHERE source_id = :sourceId)
                 + (SELECT COUNT(*) FROM withdrawal_sources WHERE source_id = :sourceId)
                 + (SELECT COUNT(*) FROM chairmanship_term_sources WHERE source_id = :sourceId)
                 + (SELECT COUNT(*) FROM treaty_protocol_sources WHERE source_id = :sourceId)
                 + (SELECT COUNT(*) FROM alliance_event_sources WHERE source_id = :sourceId)
                 + (SELECT COUNT(*) FROM secretary_general_term_sources WHERE source_id = :sourceId)
                 + (SELECT COUNT(*) FROM cow_state_codes WHERE source_id = :sourceId)""")
    long countCitations(long sourceId);

}
