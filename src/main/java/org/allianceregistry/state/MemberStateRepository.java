package org.allianceregistry.state;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MemberStateRepository extends JpaRepository<MemberState, Long> {

    /** Codes are stored upper-case; {@code code} must be upper-case too. */
    @Query("select s from MemberState s where s.iso2 = :code or s.iso3 = :code")
    Optional<MemberState> findByIsoCode(String code);

    boolean existsByIsoNumeric(String isoNumeric);

    Page<MemberState> findByIdIn(Collection<Long> ids, Pageable pageable);

}
