package org.allianceregistry.membership;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.allianceregistry.shared.PlausibleDate;
import org.allianceregistry.shared.Verification;
import org.allianceregistry.source.CitesSources;
import org.allianceregistry.source.NewSourceRequest;
import org.jspecify.annotations.Nullable;

@Schema(description = "An act on the state's membership: WITHDRAWAL and NON_RENEWAL end its period on the effective date; "
        + "SUSPENSION, PARTICIPATION_FROZEN and FINANCING_REFUSED restrict it from then until lifted. Each date as the "
        + "day or, where the sources do not give it, as EDTF (noticeEdtf, effectiveEdtf, liftedEdtf); both together "
        + "must agree. State how well the sources support it (verification).",
        example = """
                {"state": "RS", "kind": "SUSPENSION", "noticeDate": "2027-05-20", "effectiveDate": "2027-06-01",
                 "reason": "The Collective Security Council suspended Serbia's participation at its request.", "verification": "VERIFIED", "sources": ["R12"]}""")
public record RecordWithdrawalRequest(
        @Schema(description = "The state: ISO 3166-1 alpha-2 or alpha-3 code, any case",
                example = "RS") @NotBlank @Pattern(regexp = "[A-Za-z]{2,3}",
                        message = "must be an ISO 3166-1 alpha-2 or alpha-3 code") String state,
        @Schema(example = "SUSPENSION") @NotNull MembershipActKind kind,
        @Schema(description = "When notice was formally given, where it was",
                example = "2027-05-20") @Nullable @PlausibleDate LocalDate noticeDate,
        @Schema(description = "First day the act applies (for an ending act: the first day no longer a member); "
                + "required unless effectiveEdtf is given",
                example = "2027-06-01") @Nullable @PlausibleDate LocalDate effectiveDate,
        @Schema(description = "For a restriction already lifted: the first day it no longer applied") @Nullable @PlausibleDate LocalDate liftedOn,
        @Schema(example = "The Collective Security Council suspended Serbia's participation at its request.") @NotBlank @Size(
                max = 2000) String reason,
        @Schema(description = "How well the sources support the act; required",
                example = "VERIFIED") @NotNull Verification verification,
        @Nullable @Size(max = 2000) String note,
        @Schema(example = "[\"R12\"]") @Nullable @Size(max = 50) List<@NotBlank @Size(max = 40) String> sources,
        @Nullable @Size(max = 10) List<@NotNull @Valid NewSourceRequest> newSources,
        @Schema(description = "The notice as EDTF where the sources do not give the day") @Nullable @Size(
                max = 21) @Pattern(regexp = DateInput.EDTF_PATTERN, message = DateInput.EDTF_MESSAGE) String noticeEdtf,
        @Schema(description = "The effective date as EDTF where the sources do not give the day",
                example = "2027-06") @Nullable @Size(max = 21) @Pattern(regexp = DateInput.EDTF_PATTERN,
                        message = DateInput.EDTF_MESSAGE) String effectiveEdtf,
        @Schema(description = "The lifting (exclusive) as EDTF where the sources do not give the day") @Nullable @Size(
                max = 21) @Pattern(regexp = DateInput.EDTF_PATTERN, message = DateInput.EDTF_MESSAGE) String liftedEdtf)
        implements
            CitesSources {
}
