package org.allianceregistry.membership;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

@Schema(description = "An act on a membership period, as listed with the period")
public record WithdrawalSummary(@Schema(example = "7") long id, @Schema(example = "SUSPENSION") MembershipActKind kind,
        @Schema(example = "2012-06-20") @Nullable LocalDate noticeDate,
        @Schema(example = "2012-12-19") LocalDate effectiveDate,
        @Schema(description = "When a suspension or freeze was lifted; null while in force") @Nullable LocalDate liftedOn) {

    static WithdrawalSummary from(MembershipAct act) {
        return new WithdrawalSummary(act.getId(), act.getKind(), act.getNoticeDate(), act.getEffectiveDate(),
                act.getLiftedOn());
    }
}
