package org.allianceregistry.chairmanship;

import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.alliance.AllianceService;
import org.allianceregistry.shared.Language;
import org.allianceregistry.source.Citations;
import org.allianceregistry.source.SourceService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class ChairmanshipService {

    private final ChairmanshipRepository terms;
    private final AllianceService alliances;
    private final SourceService sources;

    ChairmanshipService(ChairmanshipRepository terms, AllianceService alliances, SourceService sources) {
        this.terms = terms;
        this.alliances = alliances;
        this.sources = sources;
    }

    /** The alliance's recorded terms whose chair year lies in [fromYear, toYear]. */
    public Page<ChairmanshipResponse> recorded(String allianceCode, int fromYear, int toYear, Pageable pageable, Language language) {
        Alliance alliance = alliances.require(allianceCode);
        Page<ChairmanshipTerm> page = terms.findByAlliance(alliance, fromYear, toYear, pageable);
        Citations citations = sources.citationsOf(ChairmanshipTerm.class, page.map(ChairmanshipTerm::getId).getContent());
        return page.map(term -> ChairmanshipResponse.of(term, citations.of(term.getId()), language));
    }
}
