package org.allianceregistry.state;

import org.allianceregistry.shared.ProblemType;

import java.util.List;
import java.util.Locale;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.RuleViolationException;
import org.allianceregistry.shared.Versioned;
import org.allianceregistry.source.Citations;
import org.allianceregistry.source.SourceService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class MemberStateService {

    private final MemberStateRepository states;

    private final SourceService sources;

    MemberStateService(MemberStateRepository states, SourceService sources) {
        this.states = states;
        this.sources = sources;
    }

    /** The state with this ISO 3166-1 alpha-2 or alpha-3 code, in any case. */
    public MemberState require(String code) {
        String normalized = code.trim().toUpperCase(Locale.ROOT);
        if (!normalized.matches("[A-Z]{2,3}")) {
            throw new MemberStateNotFoundException(code);
        }
        return states.findByIsoCode(normalized).orElseThrow(() -> new MemberStateNotFoundException(code));
    }

    /**
     * The state a request body names in {@code field}. A body naming no known state
     * breaks a rule on its face (422 {@code unknown-state}), unlike a path naming none
     * (404).
     */
    public MemberState requireReferenced(String code, String field) {
        try {
            return require(code);
        }
        catch (MemberStateNotFoundException exception) {
            throw new RuleViolationException(ProblemType.UNKNOWN_STATE, exception.detail(), field);
        }
    }

    public MemberStateResponse get(String code, Language language) {
        return getVersioned(code, language).body();
    }

    /** The state with its version, the ETag a correction must send back. */
    public Versioned<MemberStateResponse> getVersioned(String code, Language language) {
        MemberState state = require(code);
        Citations citations = sources.citationsOf(MemberState.class, List.of(state.getId()));
        return new Versioned<>(MemberStateResponse.of(state, language, citations.of(state.getId())),
                state.getVersion());
    }

    public Page<MemberStateResponse> list(Pageable pageable, Language language) {
        Page<MemberState> page = states.findAll(pageable);
        Citations citations = sources.citationsOf(MemberState.class, page.map(MemberState::getId).getContent());
        return page.map(state -> MemberStateResponse.of(state, language, citations.of(state.getId())));
    }

}
