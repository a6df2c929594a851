package org.allianceregistry.alliance;

import org.allianceregistry.shared.RegistryException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.allianceregistry.change.ChangeLog;
import org.allianceregistry.shared.ConflictException;
import org.allianceregistry.shared.ExpectedVersion;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.ReferringRecords;
import org.allianceregistry.shared.StaleVersionException;
import org.allianceregistry.shared.Versioned;
import org.allianceregistry.source.Source;
import org.allianceregistry.source.SourceService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alliances: read, recorded, corrected and deleted. A code is taken once (409); an
 * alliance with records is not deleted (409).
 */
@Service
@Transactional(readOnly = true)
public class AllianceService {

    private final AllianceRepository alliances;

    private final SourceService sources;

    private final ChangeLog changes;

    private final ObjectProvider<ReferringRecords> referring;

    /**
     * {@code referring} is looked up when an alliance is deleted: the features that refer
     * to alliances depend on this service, so they cannot be injected into it.
     */
    AllianceService(AllianceRepository alliances, SourceService sources, ChangeLog changes,
            ObjectProvider<ReferringRecords> referring) {
        this.alliances = alliances;
        this.sources = sources;
        this.changes = changes;
        this.referring = referring;
    }

    /**
     * The alliance with this code, or a 404 {@code alliance-not-found} problem. Codes are
     * lower-case.
     */
    public Alliance require(String code) {
        return alliances.findByCode(code)
            .orElseThrow(() -> new RegistryException(ProblemType.ALLIANCE_NOT_FOUND,
                    "No alliance has the code '" + code + "'; codes are lower-case, e.g. csto, nato, warsaw-pact."));
    }

    public Page<AllianceSummaryResponse> list(Pageable pageable, Language language) {
        return alliances.findAll(pageable).map(alliance -> AllianceSummaryResponse.of(alliance, language));
    }

    @Transactional
    public Versioned<AllianceResponse> create(CreateAllianceRequest request) {
        if (alliances.findByCode(request.code()).isPresent()) {
            throw new ConflictException(ProblemType.ALLIANCE_CODE_TAKEN,
                    "An alliance with the code '" + request.code() + "' already exists.");
        }
        Alliance alliance = new Alliance(request.code(), request.details());
        alliance.cite(sources.resolve(request));
        alliances.saveAndFlush(alliance);
        AllianceResponse after = snapshot(alliance);
        changes.created("alliance", alliance.getId(), alliance.getCode(), after);
        return new Versioned<>(after, alliance.getVersion());
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

    public UpdateAllianceRequest editable(String code) {
        Alliance a = require(code);
        return new UpdateAllianceRequest(a.getAcronyms().en(), a.getAcronyms().ru(), a.getAcronyms().ar(),
                a.getNames().en(), a.getNames().ru(), a.getNames().ar(), a.getKind(), a.getTreatyNameEn(),
                a.getTreatySignedOn(), a.getTreatySignedPlace(), a.getTreatyInForceOn(), a.getEstablishedOn(),
                a.getEstablishedNote(), a.getDissolvedOn(), a.getDissolvedNote(), a.getHeadquarters(),
                a.getWorkingLanguage(), a.getWebsite(), a.getUnObserverResolution(), a.getUnObserverSince(),
                a.getAreaOfResponsibility(), a.getDescription(),
                SourceService.codes(sources.citationsOf(Alliance.class, List.of(a.getId())).of(a.getId())), null,
                a.getVerification());
    }

    @Transactional
    public Versioned<AllianceResponse> update(String code, ExpectedVersion expectedVersion,
            UpdateAllianceRequest request) {
        Alliance alliance = require(code);
        StaleVersionException.check("alliance " + code, expectedVersion, alliance.getVersion());
        AllianceResponse before = snapshot(alliance);
        if (request.equals(editable(code))) {
            return new Versioned<>(before, alliance.getVersion()); // it already reads so:
                                                                   // no revision, no
                                                                   // audit entry
        }
        // The sources first: recording new ones flushes, and the alliance must change in
        // one flush only (one version).
        Set<Source> cited = sources.resolve(request);
        alliance.correct(request);
        alliance.cite(cited);
        alliances.flush();
        AllianceResponse after = snapshot(alliance);
        changes.updated("alliance", alliance.getId(), code, before, after);
        return new Versioned<>(after, alliance.getVersion());
    }

    /**
     * Deletes an alliance recorded in error; everything recorded about it must go first
     * (409 {@code alliance-in-use}): its goals and principles, and what each referring
     * feature holds.
     */
    @Transactional
    public void delete(String code, ExpectedVersion expectedVersion) {
        Alliance alliance = require(code);
        StaleVersionException.check("alliance " + code, expectedVersion, alliance.getVersion());
        Optional<String> held = referring.orderedStream()
            .flatMap(records -> records.referringTo(alliance).stream())
            .findFirst()
            .or(() -> ownPrinciples(alliance));
        if (held.isPresent()) {
            throw new ConflictException(ProblemType.ALLIANCE_IN_USE,
                    code + " still has " + held.get() + "; delete them first.");
        }
        AllianceResponse before = snapshot(alliance);
        alliances.delete(alliance);
        alliances.flush();
        changes.deleted("alliance", alliance.getId(), code, before);
    }

    private Optional<String> ownPrinciples(Alliance alliance) {
        long principles = alliances.countPrinciples(alliance);
        return principles == 0 ? Optional.empty() : Optional.of(principles + " goals and principles");
    }

    private AllianceResponse snapshot(Alliance alliance) {
        alliances.flush();
        return get(alliance.getCode(), Language.EN);
    }

}
