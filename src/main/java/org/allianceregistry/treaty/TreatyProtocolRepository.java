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

    /**
     * Documents of the given kinds that may have been signed in [from, to] (their first
     * possible day of signature not after {@code to}, their last not before {@code from}:
     * a signature known to the month or year lasts to its end, so it reaches {@code from}
     * when not before the first day of {@code from}'s month, {@code fromMonth}, or year,
     * {@code fromYear}), at a place containing {@code place} (lower case) unless
     * {@code anyPlace}.
     */
    String FILTER = " p.alliance = :alliance and p.kind in :kinds and "
            + "coalesce(p.signed.earliest, p.signed.date) <= :to and (p.signed.latest >= :from or "
            + "(p.signed.latest is null and ("
            + "(p.signed.precision = org.allianceregistry.shared.Precision.DAY and p.signed.date >= :from) or "
            + "(p.signed.precision = org.allianceregistry.shared.Precision.MONTH and p.signed.date >= :fromMonth) or "
            + "(p.signed.precision = org.allianceregistry.shared.Precision.YEAR and p.signed.date >= :fromYear)))) "
            + "and (:anyPlace = true or locate(:place, lower(p.signedPlace)) > 0)";

    @Query(value = "select p from TreatyProtocol p join fetch p.alliance where" + FILTER,
            countQuery = "select count(p) from TreatyProtocol p where" + FILTER)
    Page<TreatyProtocol> find(Alliance alliance, Collection<ProtocolKind> kinds, LocalDate from, LocalDate fromMonth,
            LocalDate fromYear, LocalDate to, boolean anyPlace, String place, Pageable pageable);

    @Query("select p from TreatyProtocol p join fetch p.alliance where p.id = :id")
    Optional<TreatyProtocol> findWithAlliance(long id);

    @Query("select new org.allianceregistry.treaty.SignatoryRow(p.id, m.iso2, m.iso3, m.nameEn, m.nameRu, m.nameAr, "
            + "s.signedOn, s.ratifiedOn, s.note, s.verification) from TreatyProtocol p join p.signatures s join s.memberState m "
            + "where p.id in :protocolIds order by s.signedOn nulls last, m.nameEn")
    List<SignatoryRow> findSignatories(Collection<Long> protocolIds);

    @Query("select new org.allianceregistry.treaty.ProvisionRow(p.id, v.position, v.article, v.textEn, "
            + "v.verification) "
            + "from TreatyProtocol p join p.provisionTexts v where p.id in :protocolIds order by v.position")
    List<ProvisionRow> findProvisions(Collection<Long> protocolIds);

    /** The ids of the alliance's documents with this title signed on this day. */
    @Query("select p.id from TreatyProtocol p where p.alliance = :alliance and p.signed.date = :signedOn "
            + "and p.titleEn = :title")
    List<Long> findIdsByTitle(Alliance alliance, LocalDate signedOn, String title);

    long countByAlliance(Alliance alliance);

    @Query("select count(*) from TreatyProtocol p join p.signatures s where s.memberState = :state")
    long countSignaturesOf(MemberState state);

}
