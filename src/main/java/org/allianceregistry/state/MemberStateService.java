package org.allianceregistry.state;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.allianceregistry.change.ChangeLog;
import org.allianceregistry.shared.ConflictException;
import org.allianceregistry.shared.ExpectedVersion;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.ReferringRecords;
import org.allianceregistry.shared.RuleViolationException;
import org.allianceregistry.shared.StaleVersionException;
import org.allianceregistry.shared.Versioned;
import org.allianceregistry.source.Citations;
import org.allianceregistry.source.Source;
import org.allianceregistry.source.SourceService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * States: read, registered, corrected and deleted. ISO codes are taken once (409); a
 * state other records refer to stays (409).
 */
@Service
@Transactional(readOnly = true)
public class MemberStateService {

    private final MemberStateRepository states;

    private final SourceService sources;

    private final ChangeLog changes;

    private final ObjectProvider<ReferringRecords> referring;

    /**
     * {@code referring} is looked up when a state is deleted: the features that refer to
     * states depend on this service, so they cannot be injected into it.
     */
    MemberStateService(MemberStateRepository states, SourceService sources, ChangeLog changes,
            ObjectProvider<ReferringRecords> referring) {
        this.states = states;
        this.sources = sources;
        this.changes = changes;
        this.referring = referring;
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

    public Page<MemberStateResponse> list(Pageable pageable, Language language) {
        Page<MemberState> page = states.findAll(pageable);
        Citations citations = sources.citationsOf(MemberState.class, page.map(MemberState::getId).getContent());
        return page.map(state -> MemberStateResponse.of(state, language, citations.of(state.getId())));
    }

    @Transactional
    public Versioned<MemberStateResponse> register(RegisterMemberStateRequest request) {
        for (String code : List.of(request.iso2(), request.iso3())) {
            if (states.findByIsoCode(code).isPresent()) {
                throw taken(code);
            }
        }
        if (states.existsByIsoNumeric(request.isoNumeric())) {
            throw taken(request.isoNumeric());
        }
        MemberState state = new MemberState(request.iso2(), request.iso3(), request.isoNumeric(), request.details());
        state.cite(sources.resolve(request));
        states.saveAndFlush(state);
        MemberStateResponse after = snapshot(state);
        changes.created("state", state.getId(), state.getIso3(), after);
        return new Versioned<>(after, state.getVersion());
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

    public UpdateMemberStateRequest editable(String code) {
        MemberState s = require(code);
        return new UpdateMemberStateRequest(s.getNames().en(), s.getNames().ru(), s.getNames().ar(),
                s.getOfficialNameEn(), s.getFormerCode(), s.isHistoric(), s.getCeasedOn(),
                SourceService.codes(sources.citationsOf(MemberState.class, List.of(s.getId())).of(s.getId())), null);
    }

    @Transactional
    public Versioned<MemberStateResponse> update(String code, ExpectedVersion expectedVersion,
            UpdateMemberStateRequest request) {
        MemberState state = require(code);
        StaleVersionException.check("state " + code, expectedVersion, state.getVersion());
        MemberStateResponse before = snapshot(state);
        if (request.equals(editable(code))) {
            return new Versioned<>(before, state.getVersion()); // it already reads so: no
                                                                // revision, no audit
                                                                // entry
        }
        // The sources first: recording new ones flushes, and the state must change in
        // one flush only (one version).
        Set<Source> cited = sources.resolve(request);
        state.correct(request);
        state.cite(cited);
        states.flush();
        MemberStateResponse after = snapshot(state);
        changes.updated("state", state.getId(), state.getIso3(), before, after);
        return new Versioned<>(after, state.getVersion());
    }

    /**
     * Deletes a state registered in error; nothing may refer to it (409
     * {@code state-in-use}, answered by each referring feature).
     */
    @Transactional
    public void delete(String code, ExpectedVersion expectedVersion) {
        MemberState state = require(code);
        StaleVersionException.check("state " + code, expectedVersion, state.getVersion());
        Optional<String> held = referring.orderedStream()
            .flatMap(records -> records.referringTo(state).stream())
            .findFirst();
        if (held.isPresent()) {
            throw new ConflictException(ProblemType.STATE_IN_USE,
                    state.getIso3() + " still has " + held.get() + "; delete them first.");
        }
        MemberStateResponse before = snapshot(state);
        states.delete(state);
        states.flush();
        changes.deleted("state", state.getId(), state.getIso3(), before);
    }

    private MemberStateResponse snapshot(MemberState state) {
        states.flush();
        return MemberStateResponse.of(state, Language.EN,
                sources.citationsOf(MemberState.class, List.of(state.getId())).of(state.getId()));
    }

    private static ConflictException taken(String code) {
        return new ConflictException(ProblemType.STATE_CODE_TAKEN,
                "A state with the code " + code + " is already registered.");
    }

}
