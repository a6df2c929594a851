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
 * The correctable fields of a period; its alliance and state are what it is (delete and
 * admit to change them). Each date is the day or its EDTF form: the editable form has the
 * day where the sources give it, the EDTF otherwise.
 */
@Schema(description = "A corrected membership period (PUT replaces all these fields; PATCH merges the given ones). "
        + "Each date as the day (startDate, endDate) or as EDTF (startEdtf, endEdtf); to switch a PATCH from one form "
        + "to the other, null the one not sent.",
        example = """
                {"startDate": "2027-01-15", "startKind": "ACCESSION", "endDate": null, "endKind": null, "note": null, "sources": ["R12"], "verification": "VERIFIED"}""")
public record UpdateMembershipRequest(
        @Schema(description = "Required unless startEdtf is given",
                example = "2027-01-15") @Nullable @PlausibleDate LocalDate startDate,
        @Schema(example = "ACCESSION") @NotNull MembershipStartKind startKind,
        @Schema(description = "Exclusive; null for an open period") @Nullable @PlausibleDate LocalDate endDate,
        @Nullable MembershipEndKind endKind, @Nullable @Size(max = 2000) String note,
        @Schema(description = "Codes of the sources the period cites (replaces the list)",
                example = "[\"R12\"]") @Nullable @Size(max = 50) List<@NotBlank @Size(max = 40) String> sources,
        @Nullable @Size(max = 10) List<@NotNull @Valid NewSourceRequest> newSources,
        @Schema(description = "The start as EDTF where the sources do not give the day",
                example = "2008") @Nullable @Size(max = 21) @Pattern(regexp = DateInput.EDTF_PATTERN,
                        message = DateInput.EDTF_MESSAGE) String startEdtf,
        @Schema(description = "The end (exclusive) as EDTF where the sources do not give the day",
                example = "2009") @Nullable @Size(max = 21) @Pattern(regexp = DateInput.EDTF_PATTERN,
                        message = DateInput.EDTF_MESSAGE) String endEdtf,
        @Schema(description = "How well the sources support the period",
                example = "VERIFIED") @NotNull Verification verification)
        implements
            CitesSources {
}
