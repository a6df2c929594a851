package org.allianceregistry.withdrawal;

import java.util.Collection;
import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.membership.Withdrawal;
import org.allianceregistry.membership.WithdrawalKind;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WithdrawalRepository extends JpaRepository<Withdrawal, Long> {

    @Query(value = "select w from Withdrawal w join fetch w.membership m join fetch m.memberState "
            + "where m.alliance = :alliance and w.kind in :kinds",
            countQuery = "select count(w) from Withdrawal w where w.membership.alliance = :alliance and w.kind in :kinds")
    Page<Withdrawal> findByAlliance(Alliance alliance, Collection<WithdrawalKind> kinds, Pageable pageable);

    @Query("select w from Withdrawal w join fetch w.membership m join fetch m.memberState join fetch m.alliance where w.id = :id")
    java.util.Optional<Withdrawal> findWithMembership(long id);

    @Query("select w from Withdrawal w where w.membership = :membership order by w.effectiveDate, w.id")
    java.util.List<Withdrawal> findByMembership(org.allianceregistry.membership.Membership membership);

}
