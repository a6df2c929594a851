package org.allianceregistry.membership;

import org.allianceregistry.state.MemberState;

/** A state that belonged to an alliance on some day, and its standing that day. */
public record MemberStanding(MemberState state, Standing standing) {
}
