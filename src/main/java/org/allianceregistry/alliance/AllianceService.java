package org.allianceregistry.alliance;

import java.util.List;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.Versioned;
import org.allianceregistry.source.SourceService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class AllianceService {

    private final AllianceRepository alliances;

    private final SourceService sources;

    AllianceService(AllianceRepository alliances, SourceService sources) {
        this.alliances = alliances;
        this.sources = sources;
    }

    /**
     * The alliance with this code, or {@link AllianceNotFoundException}. Codes are
     * lower-case.
     */
    public Alliance require(String code) {
        return alliances.findByCode(code).orElseThrow(() -> new AllianceNotFoundException(code));
    }

    public Page<AllianceSummaryResponse> list(Pageable pageable, Language language) {
        return alliances.findAll(pageable).map(alliance -> AllianceSummaryResponse.of(alliance, language));
    }

    public AllianceResponse get(String code, Language language) {
        return getVersioned(code, language).body();
    }

    /** The alliance with its version, the ETag a correction must send back. */
    public Versioned<AllianceResponse> getVersioned(String code, Language language) {
        Alliance alliance = require(code);
        List<AlliancePrinciple> principles = alliances.findPrinciples(alliance);
        return new Versioned<>(
                AllianceResponse.of(alliance, principles,
                        sources.citationsOf(Alliance.class, List.of(alliance.getId())),
                        sources.citationsOf(AlliancePrinciple.class,
                                principles.stream().map(AlliancePrinciple::getId).toList()),
                        language),
                alliance.getVersion());
    }

}
