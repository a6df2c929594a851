package org.allianceregistry.membership;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.Verification;
import org.allianceregistry.source.SourceResponse;
import org.jspecify.annotations.Nullable;

@Schema(description = "A withdrawal, non-renewal, suspension or frozen participation")
public record WithdrawalResponse(@Schema(example = "3") long id, @Schema(example = "UZ") String iso2,
        @Schema(example = "UZB") String iso3, @Schema(example = "Uzbekistan") String name,
        @Schema(example = "SUSPENSION") MembershipActKind kind,
        @Schema(description = "True for acts that end the membership (WITHDRAWAL, NON_RENEWAL); suspensions and freezes do not") boolean endsMembership,
        @Schema(description = "When the state gave notice, where it did",
                example = "2012-06-20") @Nullable LocalDate noticeDate,
        @Schema(description = "First day the act applies", example = "2012-12-19") LocalDate effectiveDate,
        @Schema(description = "When a suspension or freeze was lifted; null while in force") @Nullable LocalDate liftedOn,
        @Schema(example = "The Collective Security Council suspended Uzbekistan's participation at its request.") String reason,
        @Schema(example = "VERIFIED") Verification verification, @Nullable String note,
        @Schema(description = "The membership period the act applies to") long membershipId,
        List<SourceResponse> sources) {

    static WithdrawalResponse of(MembershipAct act, List<SourceResponse> sources, Language language) {
        return new WithdrawalResponse(act.getId(), act.getMembership().getMemberState().getIso2(),
                act.getMembership().getMemberState().getIso3(),
                act.getMembership().getMemberState().getNames().in(language), act.getKind(),
                act.getKind().endsMembership(), act.getNoticeDate(), act.getEffectiveDate(), act.getLiftedOn(),
                act.getReason(), act.getVerification(), act.getNote(), act.getMembership().getId(), sources);
    }
}
