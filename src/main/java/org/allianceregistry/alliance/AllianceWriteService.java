package org.allianceregistry.alliance;

import org.allianceregistry.shared.ProblemType;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.allianceregistry.change.ChangeLog;
import org.allianceregistry.shared.ConflictException;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.RuleViolationException;
import org.allianceregistry.shared.StaleVersionException;
import org.allianceregistry.shared.Versioned;
import org.allianceregistry.source.SourceService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records, corrects and deletes alliances. A code is taken once (409); an alliance with
 * records is not deleted (409).
 */
@Service
@Transactional
public class AllianceWriteService {

    /** Tables whose rows belong to an alliance, and what they hold. */
    private static final Map<String, String> DEPENDENTS = new LinkedHashMap<>(
            Map.of("memberships", "membership periods", "chairmanship_terms", "chairmanship terms", "treaty_protocols",
                    "documents", "alliance_events", "events", "alliance_principles", "goals and principles"));

    private final AllianceRepository alliances;

    private final AllianceService reads;

    private final SourceService sources;

    private final SourceService citations;

    private final ChangeLog changes;

    private final EntityManager entityManager;

    AllianceWriteService(AllianceRepository alliances, AllianceService reads, SourceService sources,
            SourceService citations, ChangeLog changes, EntityManager entityManager) {
        this.alliances = alliances;
        this.reads = reads;
        this.sources = sources;
        this.citations = citations;
        this.changes = changes;
        this.entityManager = entityManager;
    }

    public Versioned<AllianceResponse> create(CreateAllianceRequest request) {
        if (alliances.findByCode(request.code()).isPresent()) {
            throw new ConflictException(ProblemType.ALLIANCE_CODE_TAKEN,
                    "An alliance with the code '" + request.code() + "' already exists.");
        }
        check(request.details());
        Alliance alliance = new Alliance(request.code(), request.details());
        alliance.cite(citations.resolve(request));
        alliances.saveAndFlush(alliance);
        AllianceResponse after = snapshot(alliance);
        changes.created("alliance", alliance.getId(), alliance.getCode(), after);
        return new Versioned<>(after, alliance.getVersion());
    }

    @Transactional(readOnly = true)
    public UpdateAllianceRequest editable(String code) {
        Alliance a = reads.require(code);
        return new UpdateAllianceRequest(a.getAcronyms().en(), a.getAcronyms().ru(), a.getAcronyms().ar(),
                a.getNames().en(), a.getNames().ru(), a.getNames().ar(), a.getKind(), a.getTreatyNameEn(),
                a.getTreatySignedOn(), a.getTreatySignedPlace(), a.getTreatyInForceOn(), a.getEstablishedOn(),
                a.getEstablishedNote(), a.getDissolvedOn(), a.getDissolvedNote(), a.getHeadquarters(),
                a.getWorkingLanguage(), a.getWebsite(), a.getUnObserverResolution(), a.getUnObserverSince(),
                a.getAreaOfResponsibility(), a.getDescription(),
                SourceService.codes(sources.citationsOf(Alliance.class, List.of(a.getId())).of(a.getId())), null);
    }

    public Versioned<AllianceResponse> update(String code, long expectedVersion, UpdateAllianceRequest request) {
        Alliance alliance = reads.require(code);
        StaleVersionException.check("alliance " + code, expectedVersion, alliance.getVersion());
        AllianceResponse before = snapshot(alliance);
        if (request.equals(editable(code))) {
            return new Versioned<>(before, alliance.getVersion()); // it already reads so:
                                                                   // no revision, no
                                                                   // audit entry
        }
        check(request);
        var cited = citations.resolve(request);
        alliance.correct(request);
        alliance.cite(cited);
        alliances.flush();
        AllianceResponse after = snapshot(alliance);
        changes.updated("alliance", alliance.getId(), code, before, after);
        return new Versioned<>(after, alliance.getVersion());
    }

    /**
     * Deletes an alliance recorded in error; everything recorded about it must go first.
     */
    public void delete(String code, long expectedVersion) {
        Alliance alliance = reads.require(code);
        StaleVersionException.check("alliance " + code, expectedVersion, alliance.getVersion());
        for (Map.Entry<String, String> dependent : DEPENDENTS.entrySet()) {
            long count = ((Number) entityManager
                .createNativeQuery("SELECT COUNT(*) FROM " + dependent.getKey() + " WHERE alliance_id = ?1")
                .setParameter(1, alliance.getId())
                .getSingleResult()).longValue();
            if (count > 0) {
                throw new ConflictException(ProblemType.ALLIANCE_IN_USE,
                        code + " still has " + count + " " + dependent.getValue() + "; delete them first.");
            }
        }
        AllianceResponse before = snapshot(alliance);
        alliances.delete(alliance);
        alliances.flush();
        changes.deleted("alliance", alliance.getId(), code, before);
    }

    private AllianceResponse snapshot(Alliance alliance) {
        alliances.flush();
        return reads.get(alliance.getCode(), Language.EN);
    }

    private static void check(UpdateAllianceRequest request) {
        if (request.treatyInForceOn() != null && request.treatySignedOn() != null
                && request.treatyInForceOn().isBefore(request.treatySignedOn())) {
            throw new RuleViolationException(ProblemType.IN_FORCE_BEFORE_SIGNATURE, "treatyInForceOn "
                    + request.treatyInForceOn() + " precedes treatySignedOn " + request.treatySignedOn() + ".",
                    "treatyInForceOn");
        }
        if (request.dissolvedOn() != null && request.establishedOn() != null
                && !request.dissolvedOn().isAfter(request.establishedOn())) {
            throw new RuleViolationException(ProblemType.DISSOLVED_BEFORE_ESTABLISHED, "dissolvedOn "
                    + request.dissolvedOn() + " must follow establishedOn " + request.establishedOn() + ".",
                    "dissolvedOn");
        }
    }

}
