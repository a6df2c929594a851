package org.allianceregistry.membership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An alliance's whole membership history, loaded once, to read the members and their
 * standings on any number of days without another query: the same rules as
 * {@link MembershipService#membersOn}, in memory.
 */
public final class MembershipTimeline {

    private final List<Membership> memberships;

    private final Map<Long, List<MembershipAct>> actsByMembership;

    private final @Nullable LocalDate treatyInForceOn;

    MembershipTimeline(List<Membership> memberships, Map<Long, List<MembershipAct>> actsByMembership,
            @Nullable LocalDate treatyInForceOn) {
        this.memberships = List.copyOf(memberships);
        this.actsByMembership = Map.copyOf(actsByMembership);
        this.treatyInForceOn = treatyInForceOn;
    }

    /**
     * The states whose membership covers {@code date}, with their standing that day, in
     * no particular order.
     */
    public List<MemberStanding> on(LocalDate date) {
        List<MemberStanding> members = new ArrayList<>();
        for (Membership membership : memberships) {
            if (membership.isInForceOn(date)) {
                List<MembershipAct> acts = actsByMembership.getOrDefault(membership.getId(), List.of());
                members.add(new MemberStanding(membership.getMemberState(),
                        Standing.on(date, membership, treatyInForceOn, acts)));
            }
        }
        return members;
    }

}
