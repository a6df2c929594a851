package org.allianceregistry.chairmanship;

import org.allianceregistry.shared.ProblemType;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.alliance.AllianceService;
import org.allianceregistry.change.ChangeLog;
import org.allianceregistry.membership.Membership;
import org.allianceregistry.membership.MembershipStatus;
import org.allianceregistry.membership.MembershipService;
import org.allianceregistry.membership.Standing;
import org.allianceregistry.shared.ConflictException;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.RecordNotFoundException;
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
 * Records, corrects and deletes chairmanship terms. The chair must be a member in good
 * standing on the term's first day: a membership period in force (409
 * {@code chair-not-a-member}) and status ACTIVE (409 {@code chair-not-in-good-standing}
 * for SUSPENDED, or SIGNATORY before the treaty is in force). A frozen participation does
 * not bar the chair: the member stays ACTIVE in the alliance's law. Terms of one alliance
 * do not overlap (409 {@code chairmanship-overlap}) and a chair year is recorded once
 * (409 {@code chair-year-taken}).
 */
@Service
@Transactional
public class ChairmanshipWriteService {

    private final ChairmanshipRepository terms;

    private final EntityManager entityManager;

    private final AllianceService alliances;

    private final MemberStateService states;

    private final MembershipService memberships;

    private final SourceService sources;

    private final SourceService citations;

    private final ChangeLog changes;

    ChairmanshipWriteService(ChairmanshipRepository terms, EntityManager entityManager, AllianceService alliances,
            MemberStateService states, MembershipService memberships, SourceService sources, SourceService citations,
            ChangeLog changes) {
        this.terms = terms;
        this.entityManager = entityManager;
        this.alliances = alliances;
        this.states = states;
        this.memberships = memberships;
        this.sources = sources;
        this.citations = citations;
        this.changes = changes;
    }

    public Versioned<ChairmanshipResponse> assign(String allianceCode, AssignChairRequest request) {
        Alliance alliance = alliances.require(allianceCode);
        MemberState chair = states.requireReferenced(request.state(), "state");
        check(alliance, chair, request, null);
        Set<Source> cited = citations.resolve(request);
        ChairmanshipTerm term = new ChairmanshipTerm(alliance, chair, request);
        term.cite(cited);
        terms.saveAndFlush(term);
        ChairmanshipResponse after = snapshot(term);
        changes.created("chairmanship", term.getId(), key(term), after);
        return new Versioned<>(after, term.getVersion());
    }

    @Transactional(readOnly = true)
    public Versioned<ChairmanshipResponse> get(long id, Language language) {
        ChairmanshipTerm term = require(id);
        return new Versioned<>(ChairmanshipResponse.recorded(term,
                sources.citationsOf(ChairmanshipTerm.class, List.of(id)).of(id), null, language), term.getVersion());
    }

    @Transactional(readOnly = true)
    public AssignChairRequest editable(long id) {
        ChairmanshipTerm t = require(id);
        return new AssignChairRequest(t.getMemberState().getIso2(), t.getChairYear(), t.getChairYearLabel(),
                t.getStartDate(), t.getEndDate(), t.getDateNote(), t.getDecidedOn(), t.getDecidedAt(),
                t.getHeadOfState(), t.isInterim(), t.getVerification(), t.getNote(),
                SourceService.codes(sources.citationsOf(ChairmanshipTerm.class, List.of(id)).of(id)), null);
    }

    public Versioned<ChairmanshipResponse> update(long id, long expectedVersion, AssignChairRequest request) {
        ChairmanshipTerm term = require(id);
        StaleVersionException.check("chairmanship term " + id, expectedVersion, term.getVersion());
        ChairmanshipResponse before = snapshot(term);
        if (request.equals(editable(id))) {
            return new Versioned<>(before, term.getVersion()); // it already reads so: no
                                                               // revision, no audit entry
        }
        MemberState chair = states.requireReferenced(request.state(), "state");
        check(term.getAlliance(), chair, request, id);
        Set<Source> cited = citations.resolve(request);
        term.assign(chair, request);
        term.cite(cited);
        terms.flush();
        ChairmanshipResponse after = snapshot(term);
        changes.updated("chairmanship", id, key(term), before, after);
        return new Versioned<>(after, term.getVersion());
    }

    public void delete(long id, long expectedVersion) {
        ChairmanshipTerm term = require(id);
        StaleVersionException.check("chairmanship term " + id, expectedVersion, term.getVersion());
        ChairmanshipResponse before = snapshot(term);
        terms.delete(term);
        terms.flush();
        changes.deleted("chairmanship", id, key(term), before);
    }

    private void check(Alliance alliance, MemberState chair, AssignChairRequest request, @Nullable Long self) {
        LocalDate start = request.startDate();
        if (start != null && request.endDate() != null && !request.endDate().isAfter(start)) {
            throw new RuleViolationException(ProblemType.END_BEFORE_START, "endDate " + request.endDate()
                    + " must be after startDate " + start + " (it is the hand-over day).", "endDate");
        }
        if (start == null && (request.dateNote() == null || request.dateNote().isBlank())) {
            throw new RuleViolationException(ProblemType.DATE_NOTE_REQUIRED,
                    "A term without a verified " + "startDate needs a dateNote saying what is known about it.",
                    "startDate");
        }
        List<ChairmanshipTerm> others = entityManager
            .createQuery("select t from ChairmanshipTerm t where t.alliance = :alliance", ChairmanshipTerm.class)
            .setParameter("alliance", alliance)
            .getResultList();
        for (ChairmanshipTerm other : others) {
            if (other.getId().equals(self)) {
                continue;
            }
            if (other.getChairYear() == request.chairYear()) {
                throw new ConflictException(ProblemType.CHAIR_YEAR_TAKEN, alliance.getCode()
                        + " already has a term for " + request.chairYear() + " (chairmanship " + other.getId() + ").");
            }
            if (start != null && other.clashesWith(start, request.endDate())) {
                throw new ConflictException(ProblemType.CHAIRMANSHIP_OVERLAP,
                        "The term would overlap the " + other.getChairYearLabel() + " term (chairmanship "
                                + other.getId() + ", from " + other.getStartDate()
                                + (other.getEndDate() != null ? " to " + other.getEndDate() : "") + ").");
            }
        }
        if (start != null) {
            Membership period = memberships.periodOn(alliance, chair, start)
                .orElseThrow(() -> new ConflictException(ProblemType.CHAIR_NOT_A_MEMBER,
                        chair.getIso3() + " is not a member of " + alliance.getCode() + " on " + start
                                + "; only a member can take the chair."));
            Standing standing = memberships.standingOn(period, start);
            if (standing.status() != MembershipStatus.ACTIVE) {
                throw new ConflictException(ProblemType.CHAIR_NOT_IN_GOOD_STANDING,
                        chair.getIso3() + " is " + standing.status() + " in " + alliance.getCode() + " on " + start
                                + "; the chair must be an ACTIVE member when the term begins.");
            }
        }
    }

    private ChairmanshipResponse snapshot(ChairmanshipTerm term) {
        terms.flush();
        return ChairmanshipResponse.recorded(term,
                sources.citationsOf(ChairmanshipTerm.class, List.of(term.getId())).of(term.getId()), null, Language.EN);
    }

    private ChairmanshipTerm require(long id) {
        List<ChairmanshipTerm> found = entityManager
            .createQuery("select t from ChairmanshipTerm t join fetch t.alliance "
                    + "join fetch t.memberState where t.id = :id", ChairmanshipTerm.class)
            .setParameter("id", id)
            .getResultList();
        if (found.isEmpty()) {
            throw new RecordNotFoundException(ProblemType.CHAIRMANSHIP_NOT_FOUND, "chairmanship term", id);
        }
        return found.get(0);
    }

    private static String key(ChairmanshipTerm term) {
        return term.getAlliance().getCode() + "/" + term.getChairYear();
    }

}
