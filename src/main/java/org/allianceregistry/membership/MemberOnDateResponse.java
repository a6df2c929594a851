package org.allianceregistry.membership;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.allianceregistry.shared.Certainty;
import org.allianceregistry.shared.HistoricalPeriodResponse;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.Verification;
import org.allianceregistry.source.SourceResponse;
import org.jspecify.annotations.Nullable;

@Schema(description = "A state that belonged to the alliance on the requested day (certainly, or possibly where its "
        + "period's dates are known only to the month, the year or within bounds: see match), and its standing that day")
public record MemberOnDateResponse(@Schema(example = "AM") String iso2, @Schema(example = "ARM") String iso3,
        @Schema(example = "Armenia") String name, @Schema(example = "ACTIVE") MembershipStatus status,
        @Schema(description = "First day of the membership period in force that day (its first possible day where "
                + "the sources do not give the day)", example = "1992-05-15") LocalDate memberSince,
        @Schema(example = "ORIGINAL_SIGNATORY") MembershipStartKind joinedAs,
        @Schema(description = "Since when the alliance has suspended the member, if it has") @Nullable LocalDate suspendedSince,
        @Schema(description = "Since when the member has frozen its own participation, if it has",
                example = "2024-02-22") @Nullable LocalDate participationFrozenSince,
        @Schema(description = "Notes on the member's participation that day") List<String> participationNotes,
        @Schema(description = "The membership period's id") long membershipId, List<SourceResponse> sources,
        @Schema(description = "Whether the period certainly covers the day, or only possibly (its start or end is "
                + "known only to the month, the year or within bounds)", example = "CERTAIN",
                allowableValues = {
                        "CERTAIN", "POSSIBLE" }) Certainty match,
        @Schema(description = "The membership period as the sources know it: start inclusive, end exclusive") HistoricalPeriodResponse time,
        @Schema(example = "VERIFIED") Verification verification,
        @Schema(description = "Since when the member has refused to finance the alliance, if it has (a posture of its "
                + "own, like a frozen participation: it stays ACTIVE)",
                example = "2024-05-08") @Nullable LocalDate financingRefusedSince,
        @Schema(description = "The restrictions in force that day (suspended, participation frozen, financing "
                + "refused), each with its own time and sources") List<StatusIntervalResponse> statusIntervals){

    static MemberOnDateResponse of(Membership membership, LocalDate day, Standing standing,
            List<MembershipAct> restrictingActs, List<SourceResponse> sources, Language language) {
        List<String> notes = restrictingActs.stream().map(act -> switch (act.getKind()) {
            case SUSPENSION -> "Participation suspended since " + act.getEffectiveDate() + ": " + act.getReason();
            case PARTICIPATION_FROZEN -> "Participation frozen since " + act.getEffectiveDate()
                    + " (the state remains a member): " + act.getReason();
            case FINANCING_REFUSED -> "Financing refused since " + act.getEffectiveDate()
                    + " (the state remains a member): " + act.getReason();
            default -> act.getKind() + " effective " + act.getEffectiveDate();
        }).toList();
        return new MemberOnDateResponse(membership.getMemberState().getIso2(), membership.getMemberState().getIso3(),
                membership.getMemberState().getNames().in(language), standing.status(), membership.getStartDate(),
                membership.getStartKind(), standing.suspendedSince(), standing.participationFrozenSince(), notes,
                membership.getId(), sources, membership.on(day), HistoricalPeriodResponse.of(membership.time()),
                membership.getVerification(), standing.financingRefusedSince(),
                StatusIntervalResponse.of(restrictingActs));
    }
}
