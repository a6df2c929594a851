package org.allianceregistry.chairmanship;

import java.time.LocalDate;
import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.membership.MembershipPeriodsChanged;
import org.allianceregistry.membership.MembershipStatus;
import org.allianceregistry.membership.MembershipService;
import org.allianceregistry.membership.Standing;
import org.allianceregistry.shared.ConflictException;
import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.state.MemberState;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The rule that a chair is an ACTIVE member of the alliance on the first day of its term,
 * kept both ways: when a term is recorded or corrected, and whenever the chair's periods
 * or the acts on them change afterwards. A frozen participation does not bar the chair:
 * the member stays ACTIVE in the alliance's law.
 */
@Component
class ChairEligibility {

    private final ChairmanshipRepository terms;

    private final MembershipService memberships;

    ChairEligibility(ChairmanshipRepository terms, MembershipService memberships) {
        this.terms = terms;
        this.memberships = memberships;
    }

    /**
     * Checks every recorded term of the state in the alliance whose first day is known
     * again. Runs in the transaction of the membership change, after it was flushed, so a
     * refusal rolls the whole change back.
     * @throws ConflictException as {@link #require}, naming the term
     */
    @EventListener
    void recheck(MembershipPeriodsChanged change) {
        Alliance alliance = change.alliance();
        MemberState chair = change.state();
        for (ChairmanshipTerm term : terms.findDatedTerms(alliance, chair)) {
            LocalDate start = term.getStartDate();
            require(alliance, chair, start, chair.getIso3() + " chairs " + alliance.getCode() + " in "
                    + term.getChairYearLabel() + " (term from " + start + ", chairmanship " + term.getId() + "); ");
        }
    }

    /**
     * 409 {@code chair-not-a-member} unless a period of {@code chair} in the alliance is
     * in force on {@code start}; 409 {@code chair-not-in-good-standing} unless its status
     * is ACTIVE that day (not SUSPENDED, nor a SIGNATORY before the treaty is in force).
     * @param term what the detail says first about the term concerned; empty for the term
     * being written
     */
    void require(Alliance alliance, MemberState chair, LocalDate start, String term) {
        Standing standing = memberships.standingOn(alliance, chair, start)
            .orElseThrow(() -> new ConflictException(ProblemType.CHAIR_NOT_A_MEMBER,
                    term + chair.getIso3() + " is not a member of " + alliance.getCode() + " on " + start
                            + "; only a member can take the chair."));
        if (standing.status() != MembershipStatus.ACTIVE) {
            throw new ConflictException(ProblemType.CHAIR_NOT_IN_GOOD_STANDING,
                    term + chair.getIso3() + " is " + standing.status() + " in " + alliance.getCode() + " on " + start
                            + "; the chair must be an ACTIVE member when the term begins.");
        }
    }

}
