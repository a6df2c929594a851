package org.allianceregistry.membership;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.allianceregistry.shared.HistoricalDateResponse;
import org.jspecify.annotations.Nullable;

@Schema(description = "An act on a membership period, as listed with the period; the legacy days as on the act itself")
public record WithdrawalSummary(@Schema(example = "7") long id, @Schema(example = "SUSPENSION") MembershipActKind kind,
        @Schema(example = "2012-06-20") @Nullable LocalDate noticeDate,
        @Schema(example = "2012-12-19") LocalDate effectiveDate,
        @Schema(description = "When a restriction was lifted (exclusive); null while in force") @Nullable LocalDate liftedOn,
        @Schema(description = "The effective date as the sources know it") HistoricalDateResponse effective,
        @Schema(description = "The lifting as the sources know it; null while in force") @Nullable HistoricalDateResponse lifted) {

    static WithdrawalSummary from(MembershipAct act) {
        return new WithdrawalSummary(act.getId(), act.getKind(), act.getNoticeDate(), act.getEffectiveDate(),
                act.getLiftedOn(), HistoricalDateResponse.of(act.getEffective()),
                HistoricalDateResponse.ofNullable(act.getLifted()));
    }
}
