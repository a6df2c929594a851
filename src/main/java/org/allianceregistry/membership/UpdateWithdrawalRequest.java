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

/**
 * An act's correctable fields; its kind, state and period are what it is (delete and
 * record again to change them). Each date is the day or its EDTF form: the editable form
 * has the day where the sources give it, the EDTF otherwise.
 */
@Schema(description = "A corrected act (PUT replaces all these fields; PATCH merges the given ones, e.g. {\"liftedOn\": \"2028-01-01\"} lifts a suspension). "
        + "Each date as the day or as EDTF (noticeEdtf, effectiveEdtf, liftedEdtf); to switch a PATCH from one form to the other, null the one not sent.",
        example = """
                {"noticeDate": "2027-05-20", "effectiveDate": "2027-06-01", "liftedOn": "2028-01-01",
                 "reason": "The Collective Security Council suspended Serbia's participation at its request.", "verification": "VERIFIED", "sources": ["R12"]}""")
public record UpdateWithdrawalRequest(@Nullable @PlausibleDate LocalDate noticeDate, @Schema(
        description = "Required unless effectiveEdtf is given") @Nullable @PlausibleDate LocalDate effectiveDate,
        @Schema(description = "First day a restriction no longer applies; null while in force") @Nullable @PlausibleDate LocalDate liftedOn,
        @NotBlank @Size(max = 2000) String reason, @NotNull Verification verification,
        @Nullable @Size(max = 2000) String note,
        @Schema(example = "[\"R12\"]") @Nullable @Size(max = 50) List<@NotBlank @Size(max = 40) String> sources,
        @Nullable @Size(max = 10) List<@NotNull @Valid NewSourceRequest> newSources,
        @Schema(description = "The notice as EDTF where the sources do not give the day") @Nullable @Size(
                max = 21) @Pattern(regexp = DateInput.EDTF_PATTERN, message = DateInput.EDTF_MESSAGE) String noticeEdtf,
        @Schema(description = "The effective date as EDTF where the sources do not give the day") @Nullable @Size(
                max = 21) @Pattern(regexp = DateInput.EDTF_PATTERN,
                        message = DateInput.EDTF_MESSAGE) String effectiveEdtf,
        @Schema(description = "The lifting (exclusive) as EDTF where the sources do not give the day") @Nullable @Size(
                max = 21) @Pattern(regexp = DateInput.EDTF_PATTERN, message = DateInput.EDTF_MESSAGE) String liftedEdtf)
        implements
            CitesSources {
}
