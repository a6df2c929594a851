package org.allianceregistry.event;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.allianceregistry.state.MemberState;
import org.jspecify.annotations.Nullable;

/**
 * A state's part in an event as the event's writes hold it: the same rows that
 * {@link EventParticipant} reads, kept as a value collection of the event so that
 * changing them is a change of the event (its version moves).
 */
@Embeddable
class Participation {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_state_id")
    private MemberState memberState;

    private @Nullable String role;

    protected Participation() {
    }

    Participation(MemberState memberState, @Nullable String role) {
        this.memberState = memberState;
        this.role = role;
    }

    MemberState memberState() {
        return memberState;
    }

}
