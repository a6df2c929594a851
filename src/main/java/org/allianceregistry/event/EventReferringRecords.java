package org.allianceregistry.event;

import java.util.Optional;
import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.shared.ReferringRecords;
import org.allianceregistry.state.MemberState;
import org.springframework.stereotype.Component;

/**
 * The events that refer to an alliance ("4 events") and the event participations that
 * refer to a state ("2 event participations"), so that neither is deleted while they
 * exist.
 */
@Component
class EventReferringRecords implements ReferringRecords {

    private final AllianceEventRepository events;

    EventReferringRecords(AllianceEventRepository events) {
        this.events = events;
    }

    @Override
    public Optional<String> referringTo(Object record) {
        if (record instanceof Alliance alliance) {
            return words(events.countByAlliance(alliance), "events");
        }
        if (record instanceof MemberState state) {
            return words(events.countParticipationsOf(state), "event participations");
        }
        return Optional.empty();
    }

    private static Optional<String> words(long count, String records) {
        return count == 0 ? Optional.empty() : Optional.of(count + " " + records);
    }

}
