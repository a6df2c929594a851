package org.allianceregistry.treaty;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.state.MemberState;
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

    @Query("select new org.allianceregistry.treaty.SignatoryRow(p.id, m.iso2, m.iso3, m.nameEn, m.nameRu, m.nameAr, "
            + "s.signedOn, s.ratifiedOn, s.note) from TreatyProtocol p join p.signatures s join s.memberState m "
            + "where p.id in :protocolIds order by s.signedOn nulls last, m.nameEn")
    List<SignatoryRow> findSignatories(Collection<Long> protocolIds);

    @Query("select new org.allianceregistry.treaty.ProvisionRow(p.id, v.position, v.article, v.textEn) "
            + "from TreatyProtocol p join p.provisionTexts v where p.id in :protocolIds order by v.position")
    List<ProvisionRow> findProvisions(Collection<Long> protocolIds);

    /** The ids of the alliance's documents with this title signed on this day. */
    @Query("select p.id from TreatyProtocol p where p.alliance = :alliance and p.signedOn = :signedOn "
            + "and p.titleEn = :title")
    List<Long> findIdsByTitle(Alliance alliance, LocalDate signedOn, String title);

    long countByAlliance(Alliance alliance);

    @Query("select count(*) from TreatyProtocol p join p.signatures s where s.memberState = :state")
    long countSignaturesOf(MemberState state);

}
