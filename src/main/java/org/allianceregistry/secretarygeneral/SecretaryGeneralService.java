package org.allianceregistry.secretarygeneral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.alliance.AllianceService;
import org.allianceregistry.shared.Certainty;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RegistryException;
import org.allianceregistry.source.SourceService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An alliance's Secretaries-General, and who held the post on a day. An alliance the
 * registry holds none of answers 404 {@code secretaries-general-not-recorded} rather than
 * an empty page, which would read as "it had none".
 */
@Service
@Transactional(readOnly = true)
class SecretaryGeneralService {

    private final SecretaryGeneralRepository terms;

    private final AllianceService alliances;

    SecretaryGeneralService(SecretaryGeneralRepository terms, AllianceService alliances) {
        this.terms = terms;
        this.alliances = alliances;
    }

    /**
     * Every term, or with {@code asOf} those whose holder was certainly or possibly in
     * office that day, each saying which; a term in office counts up to its scheduled
     * end. Two statements whatever the page: the alliance, then its terms with states and
     * sources (a handful of rows, matched, sorted and paged here).
     * @param pageable sorted by {@code start} or {@code name}, as the controller maps
     * them
     */
    Page<SecretaryGeneralResponse> list(String allianceCode, @Nullable LocalDate asOf, Pageable pageable,
            Language language) {
        Alliance alliance = alliances.require(allianceCode);
        List<SecretaryGeneralTerm> all = terms.findAllByAlliance(alliance);
        if (all.isEmpty()) {
            throw new RegistryException(ProblemType.SECRETARIES_GENERAL_NOT_RECORDED,
                    "The registry records no Secretaries-General for " + alliance.getAcronyms().en()
                            + "; this is not a statement that it had none.");
        }
        List<SecretaryGeneralResponse> matching = new ArrayList<>();
        for (SecretaryGeneralTerm term : all) {
            Certainty match = asOf == null ? null : term.matchedTime().on(asOf);
            if (match == null || match.isPossible()) {
                matching
                    .add(SecretaryGeneralResponse.of(term, SourceService.cited(term.getSources()), match, language));
            }
        }
        matching.sort(order(pageable.getSort()));
        int first = (int) Math.min(pageable.getOffset(), matching.size());
        int last = Math.min(first + pageable.getPageSize(), matching.size());
        return new PageImpl<>(matching.subList(first, last), pageable, matching.size());
    }

    private static Comparator<SecretaryGeneralResponse> order(Sort sort) {
        Comparator<SecretaryGeneralResponse> order = null;
        for (Sort.Order by : sort) {
            Comparator<SecretaryGeneralResponse> next = switch (by.getProperty()) {
                case "name" -> Comparator.comparing(SecretaryGeneralResponse::name);
                case "start" -> Comparator.comparing(term -> term.time().start().firstPossibleDay());
                default -> Comparator.comparingLong(SecretaryGeneralResponse::id);
            };
            next = by.isDescending() ? next.reversed() : next;
            order = order == null ? next : order.thenComparing(next);
        }
        return order != null ? order : Comparator.comparingLong(SecretaryGeneralResponse::id);
    }

}
