package org.allianceregistry.membership;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.allianceregistry.shared.Language;
import org.allianceregistry.source.SourceResponse;
import org.jspecify.annotations.Nullable;

@Schema(description = "A state that belonged to the alliance on the requested day, and its standing that day")
public record MemberOnDateResponse(@Schema(example = "AM") String iso2, @Schema(example = "ARM") String iso3,
        @Schema(example = "Armenia") String name, @Schema(example = "ACTIVE") MembershipStatus status,
        @Schema(description = "First day of the membership period in force that day",
                example = "1992-05-15") LocalDate memberSince,
        @Schema(example = "ORIGINAL_SIGNATORY") MembershipStartKind joinedAs,
        @Schema(description = "Since when the alliance has suspended the member, if it has") @Nullable LocalDate suspendedSince,
        @Schema(description = "Since when the member has frozen its own participation, if it has",
                example = "2024-02-22") @Nullable LocalDate participationFrozenSince,
        @Schema(description = "Notes on the member's participation that day") List<String> participationNotes,
        @Schema(description = "The membership period's id") long membershipId, List<SourceResponse> sources) {

    static MemberOnDateResponse of(Membership membership, Standing standing, List<MembershipAct> restrictingActs,
            List<SourceResponse> sources, Language language) {
        List<String> notes = restrictingActs.stream().map(act -> switch (act.getKind()) {
            case SUSPENSION -> "Participation suspended since " + act.getEffectiveDate() + ": " + act.getReason();
            case PARTICIPATION_FROZEN -> "Participation frozen since " + act.getEffectiveDate()
                    + " (the state remains a member): " + act.getReason();
            default -> act.getKind() + " effective " + act.getEffectiveDate();
        }).toList();
        return new MemberOnDateResponse(membership.getMemberState().getIso2(), membership.getMemberState().getIso3(),
                membership.getMemberState().getNames().in(language), standing.status(), membership.getStartDate(),
                membership.getStartKind(), standing.suspendedSince(), standing.participationFrozenSince(), notes,
                membership.getId(), sources);
    }
}
