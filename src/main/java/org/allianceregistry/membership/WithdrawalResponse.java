package org.allianceregistry.membership;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.allianceregistry.shared.HistoricalDateResponse;
import org.allianceregistry.shared.HistoricalPeriodResponse;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.Verification;
import org.allianceregistry.source.SourceResponse;
import org.jspecify.annotations.Nullable;

@Schema(description = "A withdrawal, non-renewal, suspension, frozen participation or refusal to finance. noticeDate, "
        + "effectiveDate and liftedOn are the legacy days; notice, effective, lifted and time give the dates as the "
        + "sources know them (precision and bounds).")
public record WithdrawalResponse(@Schema(example = "3") long id, @Schema(example = "UZ") String iso2,
        @Schema(example = "UZB") String iso3, @Schema(example = "Uzbekistan") String name,
        @Schema(example = "SUSPENSION") MembershipActKind kind,
        @Schema(description = "True for acts that end the membership (WITHDRAWAL, NON_RENEWAL); suspensions, freezes and refusals to finance do not") boolean endsMembership,
        @Schema(description = "When the state formally gave notice, where it did; a state's own posture (frozen "
                + "participation, financing refused) may be notified after it began. Where only a month, a year or "
                + "bounds are known, the first day it can be.", example = "2012-06-20") @Nullable LocalDate noticeDate,
        @Schema(description = "First day the act applies; for an act that ends the period, the first day no longer a "
                + "member (the parties through 20 Apr 1999 have 1999-04-21), which is the period's endDate. Where the "
                + "day is not known: the first day a restriction can have applied, the last day an end can be.",
                example = "2012-12-19") LocalDate effectiveDate,
        @Schema(description = "First day a restriction no longer applied (exclusive), the last day it can be where the "
                + "day is not known; null while in force") @Nullable LocalDate liftedOn,
        @Schema(example = "The Collective Security Council suspended Uzbekistan's participation at its request.") String reason,
        @Schema(example = "VERIFIED") Verification verification, @Nullable String note,
        @Schema(description = "The membership period the act applies to") long membershipId,
        List<SourceResponse> sources,
        @Schema(description = "The notice as the sources know it") @Nullable HistoricalDateResponse notice,
        @Schema(description = "The effective date as the sources know it") HistoricalDateResponse effective,
        @Schema(description = "The lifting as the sources know it; null while in force") @Nullable HistoricalDateResponse lifted,
        @Schema(description = "For a restriction, when it applies: start inclusive, end exclusive (the lifting), open "
                + "while in force. Null for an act that ends the period: its effective date is the period's end.") @Nullable HistoricalPeriodResponse time) {

    static WithdrawalResponse of(MembershipAct act, List<SourceResponse> sources, Language language) {
        return new WithdrawalResponse(act.getId(), act.getMembership().getMemberState().getIso2(),
                act.getMembership().getMemberState().getIso3(),
                act.getMembership().getMemberState().getNames().in(language), act.getKind(),
                act.getKind().endsMembership(), act.getNoticeDate(), act.getEffectiveDate(), act.getLiftedOn(),
                act.getReason(), act.getVerification(), act.getNote(), act.getMembership().getId(), sources,
                HistoricalDateResponse.ofNullable(act.getNotice()), HistoricalDateResponse.of(act.getEffective()),
                HistoricalDateResponse.ofNullable(act.getLifted()),
                act.getKind().endsMembership() ? null : HistoricalPeriodResponse.of(act.time()));
    }
}
