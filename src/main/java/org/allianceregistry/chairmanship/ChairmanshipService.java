package org.allianceregistry.chairmanship;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.alliance.AllianceService;
import org.allianceregistry.change.ChangeLog;
import org.allianceregistry.shared.ConflictException;
import org.allianceregistry.shared.ExpectedVersion;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.Period;
import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RecordNotFoundException;
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
 * Chairmanship terms one by one: reads one, records, corrects and deletes them. The chair
 * must be a member in good standing on the term's first day ({@link ChairEligibility});
 * terms of one alliance do not overlap (409 {@code chairmanship-overlap}) and a chair
 * year is recorded once (409 {@code chair-year-taken}). The schedule of all terms,
 * recorded and projected, is {@link RotationScheduleService}'s.
 */
@Service
@Transactional(readOnly = true)
class ChairmanshipService {

    private final ChairmanshipRepository terms;

    private final AllianceService alliances;

    private final MemberStateService states;

    private final ChairEligibility eligibility;

    private final SourceService sources;

    private final ChangeLog changes;

    ChairmanshipService(ChairmanshipRepository terms, AllianceService alliances, MemberStateService states,
            ChairEligibility eligibility, SourceService sources, ChangeLog changes) {
        this.terms = terms;
        this.alliances = alliances;
        this.states = states;
        this.eligibility = eligibility;
        this.sources = sources;
        this.changes = changes;
    }

    public Versioned<ChairmanshipResponse> get(long id, Language language) {
        ChairmanshipTerm term = require(id);
        return new Versioned<>(ChairmanshipResponse.recorded(term,
                sources.citationsOf(ChairmanshipTerm.class, List.of(id)).of(id), null, language), term.getVersion());
    }

    /** The term's correctable fields as they are: what a PATCH is merged into. */
    public AssignChairRequest editable(long id) {
        ChairmanshipTerm t = require(id);
        return new AssignChairRequest(t.getMemberState().getIso2(), t.getChairYear(), t.getChairYearLabel(),
                t.getStartDate(), t.getEndDate(), TermDates.edtfUnlessExact(t.getStart()),
                TermDates.edtfUnlessExact(t.getEnd()), t.getDateNote(), t.getDecidedOn(), t.getDecidedAt(),
                t.getHeadOfState(), t.isInterim(), t.getVerification(), t.getNote(),
                SourceService.codes(sources.citationsOf(ChairmanshipTerm.class, List.of(id)).of(id)), null);
    }

    @Transactional
    public Versioned<ChairmanshipResponse> assign(String allianceCode, AssignChairRequest request) {
        Alliance alliance = alliances.require(allianceCode);
        MemberState chair = states.requireReferenced(request.state(), "state");
        check(alliance, chair, request, null);
        Set<Source> cited = sources.resolve(request);
        ChairmanshipTerm term = new ChairmanshipTerm(alliance, chair, request);
        term.cite(cited);
        terms.saveAndFlush(term);
        ChairmanshipResponse after = snapshot(term);
        changes.created("chairmanship", term.getId(), key(term), after);
        return new Versioned<>(after, term.getVersion());
    }

    @Transactional
    public Versioned<ChairmanshipResponse> update(long id, ExpectedVersion expectedVersion,
            AssignChairRequest request) {
        ChairmanshipTerm term = require(id);
        StaleVersionException.check("chairmanship term " + id, expectedVersion, term.getVersion());
        ChairmanshipResponse before = snapshot(term);
        if (request.equals(editable(id))) {
            // It already reads so: no revision, no audit entry.
            return new Versioned<>(before, term.getVersion());
        }
        MemberState chair = states.requireReferenced(request.state(), "state");
        check(term.getAlliance(), chair, request, id);
        Set<Source> cited = sources.resolve(request);
        // All checks that query come first: the term changes once, so one write raises
        // its
        // version by exactly one.
        term.assign(chair, request);
        term.cite(cited);
        terms.flush();
        ChairmanshipResponse after = snapshot(term);
        changes.updated("chairmanship", id, key(term), before, after);
        return new Versioned<>(after, term.getVersion());
    }

    @Transactional
    public void delete(long id, ExpectedVersion expectedVersion) {
        ChairmanshipTerm term = require(id);
        StaleVersionException.check("chairmanship term " + id, expectedVersion, term.getVersion());
        ChairmanshipResponse before = snapshot(term);
        terms.delete(term);
        terms.flush();
        changes.deleted("chairmanship", id, key(term), before);
    }

    private void check(Alliance alliance, MemberState chair, AssignChairRequest request, @Nullable Long self) {
        ChairmanshipTerm.requireConsistentDates(request);
        Period period = ChairmanshipTerm.certainDays(TermDates.start(request), TermDates.end(request));
        for (ChairmanshipTerm other : terms.findTermsOf(alliance)) {
            if (other.getId().equals(self)) {
                continue;
            }
            if (other.getChairYear() == request.chairYear()) {
                throw new ConflictException(ProblemType.CHAIR_YEAR_TAKEN, alliance.getCode()
                        + " already has a term for " + request.chairYear() + " (chairmanship " + other.getId() + ").");
            }
            if (period != null && other.clashesWith(period)) {
                throw new ConflictException(ProblemType.CHAIRMANSHIP_OVERLAP,
                        "The term would overlap the " + other.getChairYearLabel() + " term (chairmanship "
                                + other.getId() + ", from " + other.getStart()
                                + (other.getEnd() != null ? " to " + other.getEnd() : "") + ").");
            }
        }
        LocalDate first = TermDates.legacy(TermDates.start(request));
        if (first != null) {
            eligibility.require(alliance, chair, first, "");
        }
    }

    private ChairmanshipResponse snapshot(ChairmanshipTerm term) {
        terms.flush();
        return ChairmanshipResponse.recorded(term,
                sources.citationsOf(ChairmanshipTerm.class, List.of(term.getId())).of(term.getId()), null, Language.EN);
    }

    private ChairmanshipTerm require(long id) {
        return terms.findWithParents(id)
            .orElseThrow(
                    () -> new RecordNotFoundException(ProblemType.CHAIRMANSHIP_NOT_FOUND, "chairmanship term", id));
    }

    private static String key(ChairmanshipTerm term) {
        return term.getAlliance().getCode() + "/" + term.getChairYear();
    }

}
