package org.allianceregistry.state;

import org.allianceregistry.shared.ProblemType;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.allianceregistry.change.ChangeLog;
import org.allianceregistry.shared.ConflictException;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.RuleViolationException;
import org.allianceregistry.shared.StaleVersionException;
import org.allianceregistry.shared.Versioned;
import org.allianceregistry.source.Source;
import org.allianceregistry.source.SourceService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers, corrects and deletes states. ISO codes are taken once (409); a state with
 * records stays (409).
 */
@Service
@Transactional
public class MemberStateWriteService {

    private static final Map<String, String> DEPENDENTS = new LinkedHashMap<>(
            Map.of("memberships", "membership periods", "chairmanship_terms", "chairmanship terms",
                    "protocol_signatories", "signatures", "alliance_event_participants", "event participations"));

    private final MemberStateRepository states;

    private final MemberStateService reads;

    private final SourceService sources;

    private final SourceService citations;

    private final ChangeLog changes;

    private final EntityManager entityManager;

    MemberStateWriteService(MemberStateRepository states, MemberStateService reads, SourceService sources,
            SourceService citations, ChangeLog changes, EntityManager entityManager) {
        this.states = states;
        this.reads = reads;
        this.sources = sources;
        this.citations = citations;
        this.changes = changes;
        this.entityManager = entityManager;
    }

    public Versioned<MemberStateResponse> register(RegisterMemberStateRequest request) {
        for (String code : List.of(request.iso2(), request.iso3())) {
            if (states.findByIsoCode(code).isPresent()) {
                throw taken(code);
            }
        }
        long numeric = ((Number) entityManager
            .createNativeQuery("SELECT COUNT(*) FROM member_states WHERE iso_numeric = ?1")
            .setParameter(1, request.isoNumeric())
            .getSingleResult()).longValue();
        if (numeric > 0) {
            throw taken(request.isoNumeric());
        }
        check(request.details());
        Set<Source> cited = citations.resolve(request);
        MemberState state = new MemberState(request.iso2(), request.iso3(), request.isoNumeric(), request.details());
        state.cite(cited);
        states.saveAndFlush(state);
        MemberStateResponse after = snapshot(state);
        changes.created("state", state.getId(), state.getIso3(), after);
        return new Versioned<>(after, state.getVersion());
    }

    @Transactional(readOnly = true)
    public UpdateMemberStateRequest editable(String code) {
        MemberState s = reads.require(code);
        return new UpdateMemberStateRequest(s.getNames().en(), s.getNames().ru(), s.getNames().ar(),
                s.getOfficialNameEn(), s.getFormerCode(), s.isHistoric(), s.getCeasedOn(),
                SourceService.codes(sources.citationsOf(MemberState.class, List.of(s.getId())).of(s.getId())),
                null);
    }

    public Versioned<MemberStateResponse> update(String code, long expectedVersion, UpdateMemberStateRequest request) {
        MemberState state = reads.require(code);
        StaleVersionException.check("state " + code, expectedVersion, state.getVersion());
        MemberStateResponse before = snapshot(state);
        if (request.equals(editable(code))) {
            return new Versioned<>(before, state.getVersion()); // it already reads so: no
                                                                // revision, no audit
                                                                // entry
        }
        check(request);
        Set<Source> cited = citations.resolve(request);
        state.correct(request);
        state.cite(cited);
        states.flush();
        MemberStateResponse after = snapshot(state);
        changes.updated("state", state.getId(), state.getIso3(), before, after);
        return new Versioned<>(after, state.getVersion());
    }

    public void delete(String code, long expectedVersion) {
        MemberState state = reads.require(code);
        StaleVersionException.check("state " + code, expectedVersion, state.getVersion());
        for (Map.Entry<String, String> dependent : DEPENDENTS.entrySet()) {
            long count = ((Number) entityManager
                .createNativeQuery("SELECT COUNT(*) FROM " + dependent.getKey() + " WHERE member_state_id = ?1")
                .setParameter(1, state.getId())
                .getSingleResult()).longValue();
            if (count > 0) {
                throw new ConflictException(ProblemType.STATE_IN_USE,
                        state.getIso3() + " still has " + count + " " + dependent.getValue() + "; delete them first.");
            }
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

    private static void check(UpdateMemberStateRequest request) {
        if (!request.historic() && request.ceasedOn() != null) {
            throw new RuleViolationException(ProblemType.CEASED_BUT_NOT_HISTORIC,
                    "Only a historic state has a ceasedOn date; set historic to true or drop ceasedOn.", "ceasedOn");
        }
    }

    private static ConflictException taken(String code) {
        return new ConflictException(ProblemType.STATE_CODE_TAKEN,
                "A state with the code " + code + " is already registered.");
    }

}
