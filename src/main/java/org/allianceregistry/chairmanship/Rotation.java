package org.allianceregistry.chairmanship;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.allianceregistry.membership.MembershipStatus;
import org.allianceregistry.membership.Standing;
import org.allianceregistry.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * One step of a rotation rule: who chairs after a given state, among the members on the
 * day of the hand-over. Members are taken in the rule's order, starting after the
 * previous chair (which need not be a member any more); a signatory whose treaty is not
 * yet in force is not in the rotation; a suspended or frozen member keeps or loses its
 * turn by the rule's policies. The same step projects the future and replays the recorded
 * past.
 */
final class Rotation {

    /** A member on the day of a hand-over. */
    record Member(String iso2, String iso3, LocalizedText names, Standing standing) {
    }

    /** A restricted member the rotation met, and since when it was restricted. */
    record Met(Member member, ParticipationRestriction restriction, LocalDate since) {
    }

    /**
     * The outcome of a step: the chair, the restricted members passed over, and the
     * chair's own restriction if it kept its turn.
     */
    record Step(Member chair, List<Met> skipped, @Nullable Met kept) {
    }

    private final OrderBasis order;

    private final TurnPolicy suspendedPolicy;

    private final TurnPolicy frozenPolicy;

    Rotation(OrderBasis order, TurnPolicy suspendedPolicy, TurnPolicy frozenPolicy) {
        this.order = order;
        this.suspendedPolicy = suspendedPolicy;
        this.frozenPolicy = frozenPolicy;
    }

    OrderBasis order() {
        return order;
    }

    TurnPolicy frozenPolicy() {
        return frozenPolicy;
    }

    /** The members in rotation order, signatories left out. */
    List<Member> ordered(List<Member> members) {
        Comparator<LocalizedText> byName = order.comparator();
        return members.stream()
            .filter(member -> member.standing().status() != MembershipStatus.SIGNATORY)
            .sorted(Comparator.comparing(Member::names, byName).thenComparing(Member::iso3))
            .toList();
    }

    /**
     * The step after {@code previousIso3} (named {@code previousNames}) among
     * {@code members}; empty when every member's turn is skipped.
     */
    Optional<Step> next(String previousIso3, LocalizedText previousNames, List<Member> members) {
        List<Member> ordered = ordered(members);
        Comparator<LocalizedText> byName = order.comparator();
        int start = 0;
        while (start < ordered.size() && compare(byName, ordered.get(start), previousIso3, previousNames) <= 0) {
            start++;
        }
        List<Met> skipped = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Member candidate = ordered.get((start + i) % ordered.size());
            Met restriction = restrictionOf(candidate);
            if (restriction == null) {
                return Optional.of(new Step(candidate, skipped, null));
            }
            if (policyFor(restriction.restriction()) == TurnPolicy.KEEP) {
                return Optional.of(new Step(candidate, skipped, restriction));
            }
            skipped.add(restriction);
        }
        return Optional.empty();
    }

    TurnPolicy policyFor(ParticipationRestriction restriction) {
        return restriction == ParticipationRestriction.SUSPENDED ? suspendedPolicy : frozenPolicy;
    }

    private static int compare(Comparator<LocalizedText> byName, Member member, String iso3, LocalizedText names) {
        int byNames = byName.compare(member.names(), names);
        return byNames != 0 ? byNames : member.iso3().compareTo(iso3);
    }

    /**
     * A suspension outranks a freeze: a suspended member is suspended whatever it froze.
     */
    static @Nullable Met restrictionOf(Member member) {
        Standing standing = member.standing();
        if (standing.status() == MembershipStatus.SUSPENDED && standing.suspendedSince() != null) {
            return new Met(member, ParticipationRestriction.SUSPENDED, standing.suspendedSince());
        }
        if (standing.participationFrozenSince() != null) {
            return new Met(member, ParticipationRestriction.PARTICIPATION_FROZEN, standing.participationFrozenSince());
        }
        return null;
    }

}
