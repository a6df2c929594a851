package org.allianceregistry.membership;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.allianceregistry.shared.Language;
import org.allianceregistry.source.SourceResponse;
import org.jspecify.annotations.Nullable;

@Schema(description = "One membership period of a state in an alliance; endDate is exclusive (the first day no longer a member)")
public record MembershipResponse(@Schema(example = "12") long id, @Schema(example = "csto") String allianceCode,
        @Schema(example = "Collective Security Treaty Organization") String allianceName,
        @Schema(example = "UZ") String iso2, @Schema(example = "UZB") String iso3,
        @Schema(example = "Uzbekistan") String name, @Schema(example = "2006-08-16") LocalDate startDate,
        @Schema(example = "RESTORATION") MembershipStartKind startKind,
        @Schema(description = "Exclusive; null while the period is open",
                example = "1999-04-20") @Nullable LocalDate endDate,
        @Schema(example = "NON_RENEWAL") @Nullable MembershipEndKind endKind, @Nullable String note,
        @Schema(description = "Withdrawals, non-renewals, suspensions and freezes recorded on this period") List<WithdrawalSummary> withdrawals,
        List<SourceResponse> sources) {

    static MembershipResponse of(Membership membership, List<MembershipAct> acts, List<SourceResponse> sources,
            Language language) {
        return new MembershipResponse(membership.getId(), membership.getAlliance().getCode(),
                membership.getAlliance().getNames().in(language), membership.getMemberState().getIso2(),
                membership.getMemberState().getIso3(), membership.getMemberState().getNames().in(language),
                membership.getStartDate(), membership.getStartKind(), membership.getEndDate(), membership.getEndKind(),
                membership.getNote(), acts.stream().map(WithdrawalSummary::from).toList(), sources);
    }
}
