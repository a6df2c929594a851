package org.allianceregistry.withdrawal;

import java.util.EnumSet;
import java.util.Set;
import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.alliance.AllianceService;
import org.allianceregistry.membership.Withdrawal;
import org.allianceregistry.membership.WithdrawalKind;
import org.allianceregistry.shared.Language;
import org.allianceregistry.source.Citations;
import org.allianceregistry.source.SourceService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class WithdrawalService {

    private final WithdrawalRepository withdrawals;

    private final AllianceService alliances;

    private final SourceService sources;

    WithdrawalService(WithdrawalRepository withdrawals, AllianceService alliances, SourceService sources) {
        this.withdrawals = withdrawals;
        this.alliances = alliances;
        this.sources = sources;
    }

    /** The alliance's withdrawals of the given kinds (all kinds when empty). */
    public Page<WithdrawalResponse> list(String allianceCode, Set<WithdrawalKind> kinds, Pageable pageable,
            Language language) {
        Alliance alliance = alliances.require(allianceCode);
        Set<WithdrawalKind> wanted = kinds.isEmpty() ? EnumSet.allOf(WithdrawalKind.class) : kinds;
        Page<Withdrawal> page = withdrawals.findByAlliance(alliance, wanted, pageable);
        Citations citations = sources.citationsOf(Withdrawal.class, page.map(Withdrawal::getId).getContent());
        return page.map(act -> WithdrawalResponse.of(act, citations.of(act.getId()), language));
    }

}
