package org.allianceregistry.treaty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.alliance.AllianceService;
import org.allianceregistry.change.ChangeLog;
import org.allianceregistry.shared.ConflictException;
import org.allianceregistry.shared.ExpectedVersion;
import org.allianceregistry.shared.HistoricalDate;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.LocalDateRange;
import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RegistryException;
import org.allianceregistry.shared.RequestedDate;
import org.allianceregistry.shared.StaleVersionException;
import org.allianceregistry.shared.Versioned;
import org.allianceregistry.source.Citations;
import org.allianceregistry.source.Source;
import org.allianceregistry.source.SourceService;
import org.allianceregistry.state.MemberState;
import org.allianceregistry.state.MemberStateService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Treaties, protocols and other documents with their signatories and provisions: read,
 * recorded, corrected and deleted. The document checks itself on its face (422, see
 * {@link TreatyProtocol}); signatories are known states (422), and against stored data
 * (409) there is one document per alliance, signature day and title.
 */
@Service
@Transactional(readOnly = true)
public class TreatyProtocolService {

    private final TreatyProtocolRepository protocols;

    private final AllianceService alliances;

    private final MemberStateService states;

    private final SourceService sources;

    private final ChangeLog changes;

    TreatyProtocolService(TreatyProtocolRepository protocols, AllianceService alliances, MemberStateService states,
            SourceService sources, ChangeLog changes) {
        this.protocols = protocols;
        this.alliances = alliances;
        this.states = states;
        this.sources = sources;
        this.changes = changes;
    }

    /**
     * The alliance's documents that {@code query} asks for, each with signatories and
     * provisions; with a signing range each carries its {@code match}.
     */
    public Page<TreatyProtocolResponse> list(String allianceCode, ProtocolQuery query, Pageable pageable,
            Language language) {
        Alliance alliance = alliances.require(allianceCode);
        Set<ProtocolKind> wanted = query.kinds().isEmpty() ? EnumSet.allOf(ProtocolKind.class) : query.kinds();
        LocalDate from = query.firstDay();
        String place = query.place() == null ? "" : query.place().trim().toLowerCase(Locale.ROOT);
        Page<TreatyProtocol> page = protocols.find(alliance, wanted, from, from.withDayOfMonth(1),
                from.withDayOfYear(1), query.lastDay(), query.place() == null, place, pageable);
        List<Long> ids = page.map(TreatyProtocol::getId).getContent();
        LocalDateRange range = query.range();
        if (ids.isEmpty()) {
            return page
                .map(protocol -> TreatyProtocolResponse.of(protocol, List.of(), List.of(), List.of(), null, language));
        }
        Map<Long, List<SignatoryRow>> signatories = protocols.findSignatories(ids)
            .stream()
            .collect(Collectors.groupingBy(SignatoryRow::protocolId));
        Map<Long, List<ProvisionRow>> provisions = protocols.findProvisions(ids)
            .stream()
            .collect(Collectors.groupingBy(ProvisionRow::protocolId));
        Citations citations = sources.citationsOf(TreatyProtocol.class, ids);
        return page
            .map(protocol -> TreatyProtocolResponse.of(protocol, signatories.getOrDefault(protocol.getId(), List.of()),
                    provisions.getOrDefault(protocol.getId(), List.of()), citations.of(protocol.getId()),
                    range == null ? null : protocol.getSigned().within(range), language));
    }

    public TreatyProtocolResponse get(long id, Language language) {
        return getVersioned(id, language).body();
    }

    /** The document with its version, the ETag a correction must send back. */
    public Versioned<TreatyProtocolResponse> getVersioned(long id, Language language) {
        TreatyProtocol protocol = require(id);
        return new Versioned<>(response(protocol, language), protocol.getVersion());
    }

    @Transactional
    public Versioned<TreatyProtocolResponse> record(String allianceCode, RecordProtocolRequest request) {
        Alliance alliance = alliances.require(allianceCode);
        TreatyProtocol protocol = new TreatyProtocol(alliance);
        apply(protocol, alliance, request, null);
        protocols.saveAndFlush(protocol);
        TreatyProtocolResponse after = response(protocol, Language.EN);
        changes.created("protocol", protocol.getId(), key(protocol), after);
        return new Versioned<>(after, protocol.getVersion());
    }

    /**
     * The document as a request that would record it so: what a merge patch applies to.
     */
    public RecordProtocolRequest editable(long id) {
        TreatyProtocol protocol = require(id);
        TreatyProtocolResponse p = response(protocol, Language.EN);
        HistoricalDate signed = protocol.getSigned();
        HistoricalDate inForce = protocol.getInForce();
        return new RecordProtocolRequest(p.kind(), p.titles().en(), p.titles().ru(), p.titles().ar(), signed.date(),
                signed.precision(), signed.earliest(), signed.latest(), p.signedPlace(),
                inForce == null ? null : inForce.date(), inForce == null ? null : inForce.precision(),
                inForce == null ? null : inForce.earliest(), inForce == null ? null : inForce.latest(), p.inForceNote(),
                p.subject(), p.verification(), p.note(),
                p.signatories()
                    .stream()
                    .map(s -> new SignatoryRequest(s.iso2(), s.signedOn(), s.ratifiedOn(), s.note(), s.verification()))
                    .toList(),
                p.provisions()
                    .stream()
                    .map(v -> new ProvisionRequest(v.article(), v.text(), v.verification()))
                    .toList(),
                SourceService.codes(p.sources()), null);
    }

    @Transactional
    public Versioned<TreatyProtocolResponse> update(long id, ExpectedVersion expectedVersion,
            RecordProtocolRequest request) {
        TreatyProtocol protocol = require(id);
        StaleVersionException.check("document " + id, expectedVersion, protocol.getVersion());
        TreatyProtocolResponse before = response(protocol, Language.EN);
        if (request.equals(editable(id))) {
            return new Versioned<>(before, protocol.getVersion()); // it already reads so:
                                                                   // no
            // revision, no audit entry
        }
        apply(protocol, protocol.getAlliance(), request, id);
        protocols.flush();
        TreatyProtocolResponse after = response(protocol, Language.EN);
        changes.updated("protocol", id, key(protocol), before, after);
        return new Versioned<>(after, protocol.getVersion());
    }

    @Transactional
    public void delete(long id, ExpectedVersion expectedVersion) {
        TreatyProtocol protocol = require(id);
        StaleVersionException.check("document " + id, expectedVersion, protocol.getVersion());
        TreatyProtocolResponse before = response(protocol, Language.EN);
        protocols.delete(protocol);
        protocols.flush();
        changes.deleted("protocol", id, key(protocol), before);
    }

    /**
     * Checks the request against stored data and resolves what it names, then records it
     * on the document, which checks it on its face.
     */
    private void apply(TreatyProtocol protocol, Alliance alliance, RecordProtocolRequest request, @Nullable Long self) {
        String title = request.titleEn().trim();
        HistoricalDate signed = RequestedDate.of(request.signedOn(), request.signedPrecision(),
                request.signedEarliest(), request.signedLatest(), "signed");
        HistoricalDate inForce = request.inForceOn() == null ? null : RequestedDate.of(request.inForceOn(),
                request.inForcePrecision(), request.inForceEarliest(), request.inForceLatest(), "inForce");
        if (protocols.findIdsByTitle(alliance, signed.date(), title).stream().anyMatch(other -> !other.equals(self))) {
            throw new ConflictException(ProblemType.PROTOCOL_TITLE_TAKEN, alliance.getCode()
                    + " already has a document titled '" + title + "' signed on " + signed.edtf() + ".");
        }
        List<Signature> signatures = new ArrayList<>();
        List<SignatoryRequest> signatories = request.signatories() == null ? List.of() : request.signatories();
        for (int i = 0; i < signatories.size(); i++) {
            SignatoryRequest signatory = signatories.get(i);
            MemberState state = states.requireReferenced(signatory.state(), "signatories[" + i + "].state");
            signatures.add(new Signature(state, signatory.signedOn(), signatory.ratifiedOn(),
                    blankToNull(signatory.note()), signatory.verification()));
        }
        List<Provision> provisions = new ArrayList<>();
        List<ProvisionRequest> texts = request.provisions() == null ? List.of() : request.provisions();
        for (int i = 0; i < texts.size(); i++) {
            provisions.add(new Provision(i + 1, blankToNull(texts.get(i).article()), texts.get(i).text().trim(),
                    texts.get(i).verification()));
        }
        Set<Source> cited = sources.resolve(request);
        protocol.record(request, signed, inForce, signatures, provisions);
        protocol.cite(cited);
    }

    /**
     * The document as its GET shows it. Signatories and provisions are read as
     * projections, so inside a write they are the rows just flushed.
     */
    private TreatyProtocolResponse response(TreatyProtocol protocol, Language language) {
        List<Long> ids = List.of(protocol.getId());
        return TreatyProtocolResponse.of(protocol, protocols.findSignatories(ids), protocols.findProvisions(ids),
                sources.citationsOf(TreatyProtocol.class, ids).of(protocol.getId()), null, language);
    }

    private TreatyProtocol require(long id) {
        return protocols.findWithAlliance(id)
            .orElseThrow(() -> new RegistryException(ProblemType.PROTOCOL_NOT_FOUND,
                    "No treaty or protocol has the id " + id + "."));
    }

    private static String key(TreatyProtocol protocol) {
        return protocol.getAlliance().getCode() + "/" + protocol.getSigned().date() + "/" + protocol.getTitles().en();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

}
