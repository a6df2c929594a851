package org.allianceregistry.treaty;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.alliance.AllianceService;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.Versioned;
import org.allianceregistry.source.Citations;
import org.allianceregistry.source.SourceService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class TreatyProtocolService {

    private final TreatyProtocolRepository protocols;

    private final AllianceService alliances;

    private final SourceService sources;

    TreatyProtocolService(TreatyProtocolRepository protocols, AllianceService alliances, SourceService sources) {
        this.protocols = protocols;
        this.alliances = alliances;
        this.sources = sources;
    }

    /**
     * The alliance's documents of the given kinds (all kinds when empty), each with
     * signatories and provisions.
     */
    public Page<TreatyProtocolResponse> list(String allianceCode, Set<ProtocolKind> kinds, Pageable pageable,
            Language language) {
        Alliance alliance = alliances.require(allianceCode);
        Set<ProtocolKind> wanted = kinds.isEmpty() ? EnumSet.allOf(ProtocolKind.class) : kinds;
        Page<TreatyProtocol> page = protocols.findByAlliance(alliance, wanted, pageable);
        List<Long> ids = page.map(TreatyProtocol::getId).getContent();
        if (ids.isEmpty()) {
            return page.map(protocol -> TreatyProtocolResponse.of(protocol, List.of(), List.of(), List.of(), language));
        }
        Map<Long, List<ProtocolSignatory>> signatories = protocols.findSignatories(ids)
            .stream()
            .collect(Collectors.groupingBy(s -> s.getProtocol().getId()));
        Map<Long, List<ProtocolProvision>> provisions = protocols.findProvisions(ids)
            .stream()
            .collect(Collectors.groupingBy(p -> p.getProtocol().getId()));
        Citations citations = sources.citationsOf(TreatyProtocol.class, ids);
        return page
            .map(protocol -> TreatyProtocolResponse.of(protocol, signatories.getOrDefault(protocol.getId(), List.of()),
                    provisions.getOrDefault(protocol.getId(), List.of()), citations.of(protocol.getId()), language));
    }

    public TreatyProtocolResponse get(long id, Language language) {
        return getVersioned(id, language).body();
    }

    /** The document with its version, the ETag a correction must send back. */
    public Versioned<TreatyProtocolResponse> getVersioned(long id, Language language) {
        TreatyProtocol protocol = protocols.findWithAlliance(id).orElseThrow(() -> new ProtocolNotFoundException(id));
        List<Long> ids = List.of(id);
        return new Versioned<>(TreatyProtocolResponse.of(protocol, protocols.findSignatories(ids),
                protocols.findProvisions(ids), sources.citationsOf(TreatyProtocol.class, ids).of(id), language),
                protocol.getVersion());
    }

}
