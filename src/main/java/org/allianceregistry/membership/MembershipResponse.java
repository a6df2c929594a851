package org.allianceregistry.membership;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.allianceregistry.shared.HistoricalPeriodResponse;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.Verification;
import org.allianceregistry.source.SourceResponse;
import org.jspecify.annotations.Nullable;

@Schema(description = "One membership period of a state in an alliance. `time` is its period as the sources know it "
        + "(start inclusive, end exclusive, lastDay inclusive, each with precision and bounds); startDate and endDate "
        + "are the legacy days: endDate is exclusive (the first day no longer a member). `statusIntervals` say when "
        + "the period was suspended, frozen or without financing: an open period is not necessarily one in good standing.")
public record MembershipResponse(@Schema(example = "12") long id, @Schema(example = "csto") String allianceCode,
        @Schema(example = "Collective Security Treaty Organization") String allianceName,
        @Schema(example = "UZ") String iso2, @Schema(example = "UZB") String iso3,
        @Schema(example = "Uzbekistan") String name,
        @Schema(description = "First day of the period (inclusive); where the sources give only a month, a year or "
                + "bounds, the first day it can be (see time.start)", example = "2006-08-16") LocalDate startDate,
        @Schema(example = "RESTORATION") MembershipStartKind startKind,
        @Schema(description = "Exclusive: the first day no longer a member; the parties through 20 Apr 1999 have "
                + "1999-04-21. Where the sources do not give the day, the last day it can be (see time.end), so that "
                + "an ended period never reads as current. Null only while the period is open.",
                example = "1999-04-21") @Nullable LocalDate endDate,
        @Schema(example = "NON_RENEWAL") @Nullable MembershipEndKind endKind, @Nullable String note,
        @Schema(description = "Withdrawals, non-renewals, suspensions, freezes and refusals to finance recorded on this period") List<WithdrawalSummary> withdrawals,
        List<SourceResponse> sources,
        @Schema(description = "The period as the sources know it: start inclusive, end exclusive (the first day no "
                + "longer a member), lastDay inclusive; endStatus OPEN, ENDED or ENDED_ON_UNCERTAIN_DAY") HistoricalPeriodResponse time,
        @Schema(example = "VERIFIED") Verification verification,
        @Schema(description = "The restrictions on the period (suspended, participation frozen, financing refused), "
                + "each with its own time and sources, in the order they took effect") List<StatusIntervalResponse> statusIntervals) {

    static MembershipResponse of(Membership membership, List<MembershipAct> acts, List<SourceResponse> sources,
            Language language) {
        return new MembershipResponse(membership.getId(), membership.getAlliance().getCode(),
                membership.getAlliance().getNames().in(language), membership.getMemberState().getIso2(),
                membership.getMemberState().getIso3(), membership.getMemberState().getNames().in(language),
                membership.getStartDate(), membership.getStartKind(), membership.getEndDate(), membership.getEndKind(),
                membership.getNote(), acts.stream().map(WithdrawalSummary::from).toList(), sources,
                HistoricalPeriodResponse.of(membership.time()), membership.getVerification(),
                StatusIntervalResponse.of(acts));
    }
}
