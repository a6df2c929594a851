package org.allianceregistry.event;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.allianceregistry.state.MemberState;
import org.jspecify.annotations.Nullable;

/** A state taking part in an event, and its part (e.g. its contingent). */
@Entity
@Table(name = "alliance_event_participants")
public class EventParticipant {

    @Embeddable
    record Key(Long eventId, Long memberStateId) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @MapsId("eventId")
    @JoinColumn(name = "event_id")
    private AllianceEvent event;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @MapsId("memberStateId")
    @JoinColumn(name = "member_state_id")
    private MemberState memberState;

    private @Nullable String role;

    protected EventParticipant() {
    }

    public AllianceEvent getEvent() {
        return event;
    }

    public MemberState getMemberState() {
        return memberState;
    }

    public @Nullable String getRole() {
        return role;
    }

}
