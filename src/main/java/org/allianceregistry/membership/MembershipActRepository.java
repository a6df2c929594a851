package org.allianceregistry.membership;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.allianceregistry.alliance.Alliance;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MembershipActRepository extends JpaRepository<MembershipAct, Long> {

    @Query(value = "select w from MembershipAct w join fetch w.membership m join fetch m.memberState "
            + "where m.alliance = :alliance and w.kind in :kinds",
            countQuery = "select count(w) from MembershipAct w where w.membership.alliance = :alliance and w.kind in :kinds")
    Page<MembershipAct> findByAlliance(Alliance alliance, Collection<MembershipActKind> kinds, Pageable pageable);

    @Query("select w from MembershipAct w join fetch w.membership m join fetch m.memberState join fetch m.alliance where w.id = :id")
    Optional<MembershipAct> findWithMembership(long id);

    /** The acts on the period with their sources, in the order they took effect. */
    @Query("select w from MembershipAct w left join fetch w.sources where w.membership = :membership "
            + "order by w.effectiveDate.date, w.id")
    List<MembershipAct> findOn(Membership membership);

    /** The acts on these periods with their sources, in the order they took effect. */
    @Query("select w from MembershipAct w left join fetch w.sources where w.membership.id in :membershipIds "
            + "order by w.effectiveDate.date, w.id")
    List<MembershipAct> findOn(Collection<Long> membershipIds);

}
