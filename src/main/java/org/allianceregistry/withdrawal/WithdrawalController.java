package org.allianceregistry.withdrawal;

import jakarta.validation.constraints.NotNull;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.allianceregistry.membership.WithdrawalKind;
import org.allianceregistry.shared.Language;
import org.allianceregistry.web.PageParameters;
import org.allianceregistry.web.SortProperties;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Withdrawals", description = "Withdrawals, non-renewals, suspensions and frozen participations")
@RequestMapping("/api/v1/alliances/{code}/withdrawals")
class WithdrawalController {

    private static final SortProperties SORT = SortProperties.defaultingTo("effectiveDate")
        .property("effectiveDate", "effectiveDate")
        .property("noticeDate", "noticeDate")
        .property("kind", "kind")
        .property("name", "membership.memberState.nameEn")
        .build();

    private final WithdrawalService withdrawals;

    WithdrawalController(WithdrawalService withdrawals) {
        this.withdrawals = withdrawals;
    }

    @GetMapping
    @Operation(summary = "List the acts that ended or restricted memberships of the alliance",
            description = "WITHDRAWAL and NON_RENEWAL end a membership on their effective date; SUSPENSION and "
                    + "PARTICIPATION_FROZEN do not. Sort properties: effectiveDate, noticeDate, kind, name (English).")
    PagedModel<WithdrawalResponse> list(
            @Parameter(description = "The alliance's lower-case code", example = "csto") @PathVariable String code,
            @Parameter(description = "Only these kinds (repeat the parameter or separate with commas)",
                    example = "NON_RENEWAL") @RequestParam(
                            required = false) @Nullable List<@NotNull WithdrawalKind> kind,
            @ParameterObject @Valid PageParameters paging, @Parameter(hidden = true) Locale locale) {
        EnumSet<WithdrawalKind> kinds = kind == null || kind.isEmpty() ? EnumSet.noneOf(WithdrawalKind.class)
                : EnumSet.copyOf(kind);
        return new PagedModel<>(withdrawals.list(code, kinds, SORT.pageable(paging), Language.of(locale)));
    }

}
