package org.allianceregistry.event;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.alliance.AllianceService;
import org.allianceregistry.shared.Language;
import org.allianceregistry.source.Citations;
import org.allianceregistry.source.SourceService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class AllianceEventService {

    private final AllianceEventRepository events;

    private final AllianceService alliances;

    private final SourceService sources;

    AllianceEventService(AllianceEventRepository events, AllianceService alliances, SourceService sources) {
        this.events = events;
        this.alliances = alliances;
        this.sources = sources;
    }

    /**
     * The alliance's events of the given kinds (all when empty) overlapping [from, to];
     * with neither bound, every event including undated ones.
     */
    public Page<AllianceEventResponse> list(String allianceCode, Set<EventKind> kinds, @Nullable LocalDate from,
            @Nullable LocalDate to, Pageable pageable, Language language) {
        Alliance alliance = alliances.require(allianceCode);
        Set<EventKind> wanted = kinds.isEmpty() ? EnumSet.allOf(EventKind.class) : kinds;
        boolean dated = from != null || to != null;
        Page<AllianceEvent> page = events.find(alliance, wanted, from != null ? from : LocalDate.of(1, 1, 1),
                to != null ? to : LocalDate.of(9999, 12, 31), dated, pageable);
        List<Long> ids = page.map(AllianceEvent::getId).getContent();
        Map<Long, List<EventParticipant>> participants = ids.isEmpty() ? Map.of()
                : events.findParticipants(ids).stream().collect(Collectors.groupingBy(p -> p.getEvent().getId()));
        Citations citations = sources.citationsOf(AllianceEvent.class, ids);
        return page.map(event -> AllianceEventResponse.of(event, participants.getOrDefault(event.getId(), List.of()),
                citations.of(event.getId()), language));
    }

}
