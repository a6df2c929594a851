package org.allianceregistry.membership;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.allianceregistry.shared.HistoricalDateResponse;
import org.allianceregistry.shared.HistoricalPeriodResponse;
import org.allianceregistry.shared.Verification;
import org.allianceregistry.source.SourceResponse;
import org.jspecify.annotations.Nullable;

@Schema(name = "StatusInterval",
        description = "A stretch of a membership period during which a restriction applied, from the act's effective "
                + "date (inclusive) to its lifting (exclusive; open while in force): SUSPENDED (the member's status "
                + "was SUSPENDED), PARTICIPATION_FROZEN or FINANCING_REFUSED (postures of the member's own; it "
                + "stayed ACTIVE). Each has its own time, verification and sources.")
public record StatusIntervalResponse(
        @Schema(description = "The act's id (GET /api/v1/withdrawals/{id})", example = "7") long withdrawalId,
        @Schema(example = "SUSPENDED") Restriction restriction,
        @Schema(description = "The member's status meanwhile (once the founding treaty is in force)",
                example = "SUSPENDED") MembershipStatus status,
        @Schema(description = "When the restriction applied: start inclusive, end exclusive (the first day it no "
                + "longer applied), null end while in force") HistoricalPeriodResponse time,
        @Schema(description = "When it was formally notified, where it was") @Nullable HistoricalDateResponse notice,
        @Schema(example = "The Collective Security Council suspended Uzbekistan's participation at its request.") String reason,
        @Schema(example = "VERIFIED") Verification verification, List<SourceResponse> sources) {

    static StatusIntervalResponse of(MembershipAct act, Restriction restriction, List<SourceResponse> sources) {
        return new StatusIntervalResponse(act.getId(), restriction,
                restriction == Restriction.SUSPENDED ? MembershipStatus.SUSPENDED : MembershipStatus.ACTIVE,
                HistoricalPeriodResponse.of(act.time()), HistoricalDateResponse.ofNullable(act.getNotice()),
                act.getReason(), act.getVerification(), sources);
    }

    /**
     * The intervals of these acts (fetched with their sources), in their order; acts that
     * end the period have none.
     */
    static List<StatusIntervalResponse> of(List<MembershipAct> acts) {
        return acts.stream()
            .filter(act -> Restriction.of(act.getKind()) != null)
            .map(act -> of(act, Restriction.of(act.getKind()), act.citations()))
            .toList();
    }

}
