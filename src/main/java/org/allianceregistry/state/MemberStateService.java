package org.allianceregistry.state;

import org.allianceregistry.shared.RegistryException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import org.jspecify.annotations.Nullable;
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

    private final CowCrosswalk crosswalk;

    /**
     * {@code referring} is looked up when a state is deleted: the features that refer to
     * states depend on this service, so they cannot be injected into it.
     */
    MemberStateService(MemberStateRepository states, SourceService sources, ChangeLog changes,
            ObjectProvider<ReferringRecords> referring, CowCrosswalk crosswalk) {
        this.states = states;
        this.crosswalk = crosswalk;
        this.sources = sources;
        this.changes = changes;
        this.referring = referring;
    }

    /** The state with this ISO 3166-1 alpha-2 or alpha-3 code, in any case. */
    public MemberState require(String code) {
        return find(code).orElseThrow(() -> new RegistryException(ProblemType.STATE_NOT_FOUND, unknown(code)));
    }

    /**
     * The state a request body names in {@code field}. A body naming no known state
     * breaks a rule on its face (422 {@code unknown-state}), unlike a path naming none
     * (404).
     */
    public MemberState requireReferenced(String code, String field) {
        return find(code)
            .orElseThrow(() -> new RuleViolationException(ProblemType.UNKNOWN_STATE, unknown(code), field));
    }

    private Optional<MemberState> find(String code) {
        String normalized = code.trim().toUpperCase(Locale.ROOT);
        return normalized.matches("[A-Z]{2,3}") ? states.findByIsoCode(normalized) : Optional.empty();
    }

    private static String unknown(String code) {
        return "No state has the ISO 3166-1 code '" + code + "'; use an alpha-2 (AM) or alpha-3 (ARM) code.";
    }

    public Page<MemberStateResponse> list(Pageable pageable, Language language) {
        return list(pageable, language, null, null);
    }

    /**
     * The states, or with {@code cowCode} those the COW state number stood for on
     * {@code asOf} (ever, without it).
     */
    public Page<MemberStateResponse> list(Pageable pageable, Language language, @Nullable Integer cowCode,
            @Nullable LocalDate asOf) {
        Page<MemberState> page = cowCode == null ? states.findAll(pageable)
                : states.findByIdIn(crosswalk.statesFor(cowCode, asOf), pageable);
        List<Long> ids = page.map(MemberState::getId).getContent();
        Citations citations = sources.citationsOf(MemberState.class, ids);
        Map<Long, List<CowCode>> codes = crosswalk.codesOf(ids);
        return page.map(state -> MemberStateResponse.of(state, language, citations.of(state.getId()),
                codes.getOrDefault(state.getId(), List.of())));
    }

    /**
     * The COW state numbers that stood for the state with this ISO code on {@code day},
     * or ever without it; empty when COW has none for it.
     */
    public List<Integer> cowCodesOf(String isoCode, @Nullable LocalDate day) {
        MemberState state = require(isoCode);
        return crosswalk.codesOf(List.of(state.getId()))
            .getOrDefault(state.getId(), List.of())
            .stream()
            .filter(code -> day == null || code.validOn(day))
            .map(CowCode::cowCode)
            .distinct()
            .toList();
    }

    /** The whole COW crosswalk, with the states' ISO codes. */
    public List<CowStateCode> cowCrosswalk() {
        return crosswalk.all();
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
        return new Versioned<>(MemberStateResponse.of(state, language, citations.of(state.getId()), cowCodes(state)),
                state.getVersion());
    }

    public UpdateMemberStateRequest editable(String code) {
        MemberState s = require(code);
        return new UpdateMemberStateRequest(s.getNames().en(), s.getNames().ru(), s.getNames().ar(),
                s.getOfficialNameEn(), s.getFormerCode(), s.isHistoric(), s.getCeasedOn(),
                SourceService.codes(sources.citationsOf(MemberState.class, List.of(s.getId())).of(s.getId())), null,
                s.getOfficialNameRu(), s.getIsoNameEn(), s.getIsoCodeWithdrawnOn(), s.getVerification());
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
                sources.citationsOf(MemberState.class, List.of(state.getId())).of(state.getId()), cowCodes(state));
    }

    private List<CowCode> cowCodes(MemberState state) {
        return crosswalk.codesOf(List.of(state.getId())).getOrDefault(state.getId(), List.of());
    }

    private static ConflictException taken(String code) {
        return new ConflictException(ProblemType.STATE_CODE_TAKEN,
                "A state with the code " + code + " is already registered.");
    }

}
