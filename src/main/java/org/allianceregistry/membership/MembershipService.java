package org.allianceregistry.membership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.alliance.AllianceService;
import org.allianceregistry.shared.Language;
import org.allianceregistry.source.Citations;
import org.allianceregistry.source.SourceService;
import org.allianceregistry.state.MemberState;
import org.allianceregistry.state.MemberStateService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who belonged to an alliance when: membership periods, and the members on a given day
 * with their standing.
 */
@Service
@Transactional(readOnly = true)
public class MembershipService {

    private final MembershipRepository memberships;

    private final AllianceService alliances;

    private final MemberStateService states;

    private final SourceService sources;

    MembershipService(MembershipRepository memberships, AllianceService alliances, MemberStateService states,
            SourceService sources) {
        this.memberships = memberships;
        this.alliances = alliances;
        this.states = states;
        this.sources = sources;
    }

    public Page<MemberOnDateResponse> membersOn(String allianceCode, LocalDate date, Pageable pageable,
            Language language) {
        Alliance alliance = alliances.require(allianceCode);
        Page<Membership> page = memberships.findInForce(alliance, date, pageable);
        List<Long> ids = page.map(Membership::getId).getContent();
        Map<Long, List<Withdrawal>> acts = actsByMembership(ids);
        Citations citations = sources.citationsOf(Membership.class, ids);
        return page.map(membership -> {
            List<Withdrawal> actsOnIt = acts.getOrDefault(membership.getId(), List.of());
            Standing standing = Standing.on(date, membership, alliance.getTreatyInForceOn(), actsOnIt);
            List<Withdrawal> restricting = actsOnIt.stream().filter(act -> act.restricts(date)).toList();
            return MemberOnDateResponse.of(membership, standing, restricting, citations.of(membership.getId()),
                    language);
        });
    }

    /** The alliance's membership periods, optionally of one state only. */
    public Page<MembershipResponse> history(String allianceCode, @Nullable String stateCode, Pageable pageable,
            Language language) {
        Alliance alliance = alliances.require(allianceCode);
        Page<Membership> page = stateCode == null ? memberships.findByAlliance(alliance, pageable)
                : memberships.findByAllianceAndState(alliance, states.require(stateCode), pageable);
        return withDetails(page, language);
    }

    /** A state's membership periods across all alliances. */
    public Page<MembershipResponse> historyOfState(String stateCode, Pageable pageable, Language language) {
        MemberState state = states.require(stateCode);
        return withDetails(memberships.findByState(state, pageable), language);
    }

    /**
     * The alliance's whole membership history, to read its members' standings on many
     * days at the cost of one read.
     */
    public MembershipTimeline timeline(Alliance alliance) {
        Map<Long, Membership> periods = new LinkedHashMap<>();
        Map<Long, List<Withdrawal>> acts = new HashMap<>();
        for (Object[] row : memberships.findAllWithActsByAlliance(alliance)) {
            Membership period = (Membership) row[0];
            periods.putIfAbsent(period.getId(), period);
            if (row[1] instanceof Withdrawal act) {
                acts.computeIfAbsent(period.getId(), id -> new ArrayList<>()).add(act);
            }
        }
        return new MembershipTimeline(List.copyOf(periods.values()), acts, alliance.getTreatyInForceOn());
    }

    private Page<MembershipResponse> withDetails(Page<Membership> page, Language language) {
        List<Long> ids = page.map(Membership::getId).getContent();
        Map<Long, List<Withdrawal>> acts = actsByMembership(ids);
        Citations citations = sources.citationsOf(Membership.class, ids);
        return page.map(membership -> MembershipResponse.of(membership,
                acts.getOrDefault(membership.getId(), List.of()), citations.of(membership.getId()), language));
    }

    private Map<Long, List<Withdrawal>> actsByMembership(List<Long> membershipIds) {
        if (membershipIds.isEmpty()) {
            return Map.of();
        }
        return memberships.findActsOn(membershipIds)
            .stream()
            .collect(Collectors.groupingBy(act -> act.getMembership().getId()));
    }

}
