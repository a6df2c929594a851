package org.allianceregistry.event;

import org.allianceregistry.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A state taking part in an event as the event's reads show it: a projection, never a
 * managed entity, so that reading an event inside its own write sees the rows just
 * written.
 */
public record ParticipantRow(Long eventId, String iso2, String iso3, String nameEn, String nameRu, String nameAr,
        @Nullable String role) {

    LocalizedText names() {
        return new LocalizedText(nameEn, nameRu, nameAr);
    }

}
