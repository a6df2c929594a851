package org.allianceregistry.membership;

import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.state.MemberState;

/**
 * The periods of a state in an alliance, or the acts on them, changed: published in the
 * transaction of the change, before it commits, so that rules resting on membership (a
 * chair must be an active member when its term begins) are checked again and can refuse
 * it.
 */
public record MembershipPeriodsChanged(Alliance alliance, MemberState state) {
}
