package org.allianceregistry.treaty;

import org.allianceregistry.shared.ProblemType;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.alliance.AllianceService;
import org.allianceregistry.change.ChangeLog;
import org.allianceregistry.shared.ConflictException;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.RuleViolationException;
import org.allianceregistry.shared.StaleVersionException;
import org.allianceregistry.shared.Versioned;
import org.allianceregistry.source.Source;
import org.allianceregistry.source.SourceService;
import org.allianceregistry.state.MemberState;
import org.allianceregistry.state.MemberStateService;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records, corrects and deletes treaties, protocols and other documents with their
 * signatories and provisions. On their face (422): entry into force not before signature,
 * a ratification not before its signature, signatories are known states, each once.
 * Against stored data (409): one document per alliance, signature day and title.
 */
@Service
@Transactional
public class TreatyProtocolWriteService {

    private final TreatyProtocolRepository protocols;

    private final TreatyProtocolService reads;

    private final EntityManager entityManager;

    private final AllianceService alliances;

    private final MemberStateService states;

    private final SourceService citations;

    private final SourceService sources;

    private final ChangeLog changes;

    TreatyProtocolWriteService(TreatyProtocolRepository protocols, TreatyProtocolService reads,
            EntityManager entityManager, AllianceService alliances, MemberStateService states, SourceService citations,
            SourceService sources, ChangeLog changes) {
        this.protocols = protocols;
        this.reads = reads;
        this.entityManager = entityManager;
        this.alliances = alliances;
        this.states = states;
        this.citations = citations;
        this.sources = sources;
        this.changes = changes;
    }

    public Versioned<TreatyProtocolResponse> record(String allianceCode, RecordProtocolRequest request) {
        Alliance alliance = alliances.require(allianceCode);
        TreatyProtocol protocol = new TreatyProtocol(alliance);
        apply(protocol, alliance, request, null);
        protocols.saveAndFlush(protocol);
        TreatyProtocolResponse after = snapshot(protocol.getId());
        changes.created("protocol", protocol.getId(), key(protocol), after);
        return new Versioned<>(after, protocol.getVersion());
    }

    @Transactional(readOnly = true)
    public RecordProtocolRequest editable(long id) {
        TreatyProtocolResponse p = reads.get(id, Language.EN);
        return new RecordProtocolRequest(p.kind(), p.titles().en(), p.titles().ru(), p.titles().ar(), p.signedOn(),
                p.signedPlace(), p.inForceOn(), p.inForceNote(), p.subject(), p.verification(), p.note(),
                p.signatories()
                    .stream()
                    .map(s -> new SignatoryRequest(s.iso2(), s.signedOn(), s.ratifiedOn(), s.note()))
                    .toList(),
                p.provisions().stream().map(v -> new ProvisionRequest(v.article(), v.text())).toList(),
                SourceService.codes(p.sources()), null);
    }

    public Versioned<TreatyProtocolResponse> update(long id, long expectedVersion, RecordProtocolRequest request) {
        StaleVersionException.check("document " + id, expectedVersion, require(id).getVersion());
        TreatyProtocolResponse before = snapshot(id);
        if (request.equals(editable(id))) {
            return new Versioned<>(before, expectedVersion); // it already reads so: no
                                                             // revision, no audit entry
        }
        TreatyProtocol protocol = require(id);
        apply(protocol, protocol.getAlliance(), request, id);
        protocols.flush();
        TreatyProtocolResponse after = snapshot(id);
        changes.updated("protocol", id, key(protocol), before, after);
        return new Versioned<>(after, protocol.getVersion());
    }

    public void delete(long id, long expectedVersion) {
        StaleVersionException.check("document " + id, expectedVersion, require(id).getVersion());
        TreatyProtocolResponse before = snapshot(id);
        TreatyProtocol protocol = require(id);
        protocols.delete(protocol);
        protocols.flush();
        changes.deleted("protocol", id, key(protocol), before);
    }

    private void apply(TreatyProtocol protocol, Alliance alliance, RecordProtocolRequest request, @Nullable Long self) {
        if (request.inForceOn() != null && request.inForceOn().isBefore(request.signedOn())) {
            throw new RuleViolationException(ProblemType.IN_FORCE_BEFORE_SIGNATURE,
                    "inForceOn " + request.inForceOn() + " precedes signedOn " + request.signedOn() + ".", "inForceOn");
        }
        List<Long> same = entityManager
            .createQuery("select p.id from TreatyProtocol p where p.alliance = :alliance "
                    + "and p.signedOn = :signedOn and p.titleEn = :title", Long.class)
            .setParameter("alliance", alliance)
            .setParameter("signedOn", request.signedOn())
            .setParameter("title", request.titleEn().trim())
            .getResultList();
        if (same.stream().anyMatch(other -> !other.equals(self))) {
            throw new ConflictException(ProblemType.PROTOCOL_TITLE_TAKEN,
                    alliance.getCode() + " already has a document titled '" + request.titleEn().trim() + "' signed on "
                            + request.signedOn() + ".");
        }
        List<Signature> signatures = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        List<SignatoryRequest> signatories = request.signatories() == null ? List.of() : request.signatories();
        for (int i = 0; i < signatories.size(); i++) {
            SignatoryRequest signatory = signatories.get(i);
            MemberState state = states.requireReferenced(signatory.state(), "signatories[" + i + "].state");
            if (!seen.add(state.getId())) {
                throw new RuleViolationException(ProblemType.DUPLICATE_SIGNATORY,
                        state.getIso3() + " is named twice among the signatories.", "signatories[" + i + "].state");
            }
            if (signatory.signedOn() != null && signatory.ratifiedOn() != null
                    && signatory.ratifiedOn().isBefore(signatory.signedOn())) {
                throw new RuleViolationException(ProblemType.RATIFIED_BEFORE_SIGNATURE,
                        state.getIso3() + " cannot ratify before it signs.", "signatories[" + i + "].ratifiedOn");
            }
            signatures
                .add(new Signature(state, signatory.signedOn(), signatory.ratifiedOn(), blankToNull(signatory.note())));
        }
        List<Provision> provisions = new ArrayList<>();
        List<ProvisionRequest> texts = request.provisions() == null ? List.of() : request.provisions();
        for (int i = 0; i < texts.size(); i++) {
            provisions.add(new Provision(i + 1, blankToNull(texts.get(i).article()), texts.get(i).text().trim()));
        }
        Set<Source> cited = citations.resolve(request);
        protocol.record(request, signatures, provisions);
        protocol.cite(cited);
    }

    /**
     * The document as its GET shows it. The read model maps the same signatory and
     * provision rows as entities; they are let go of again (flush and clear) so that they
     * never stand in the way of the document's own changes.
     */
    private TreatyProtocolResponse snapshot(long id) {
        entityManager.flush();
        entityManager.clear();
        TreatyProtocolResponse response = reads.get(id, Language.EN);
        entityManager.clear();
        return response;
    }

    private TreatyProtocol require(long id) {
        return protocols.findWithAlliance(id).orElseThrow(() -> new ProtocolNotFoundException(id));
    }

    private static String key(TreatyProtocol protocol) {
        return protocol.getAlliance().getCode() + "/" + protocol.getSignedOn() + "/" + protocol.getTitles().en();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

}
