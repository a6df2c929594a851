package org.allianceregistry.treaty;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.allianceregistry.alliance.Alliance;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TreatyProtocolRepository extends JpaRepository<TreatyProtocol, Long> {

    @Query(value = "select p from TreatyProtocol p join fetch p.alliance where p.alliance = :alliance and p.kind in :kinds",
            countQuery = "select count(p) from TreatyProtocol p where p.alliance = :alliance and p.kind in :kinds")
    Page<TreatyProtocol> findByAlliance(Alliance alliance, Collection<ProtocolKind> kinds, Pageable pageable);

    @Query("select p from TreatyProtocol p join fetch p.alliance where p.id = :id")
    Optional<TreatyProtocol> findWithAlliance(long id);

    @Query("select s from ProtocolSignatory s join fetch s.memberState where s.protocol.id in :protocolIds "
            + "order by s.signedOn nulls last, s.memberState.nameEn")
    List<ProtocolSignatory> findSignatories(Collection<Long> protocolIds);

    @Query("select p from ProtocolProvision p where p.protocol.id in :protocolIds order by p.position")
    List<ProtocolProvision> findProvisions(Collection<Long> protocolIds);

}
