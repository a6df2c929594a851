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

@Schema(description = "A new membership period of a state in the alliance. Give each date as the day (startDate, "
        + "endDate) or, where the sources know it only to the month, the year or within bounds, as EDTF (startEdtf, "
        + "endEdtf); both together must agree. State how well the sources support it (verification).",
        example = """
                {"state": "RS", "startDate": "2027-01-01", "startKind": "ACCESSION", "verification": "VERIFIED", "sources": ["R12"]}""")
public record AdmitMemberRequest(
        @Schema(description = "The state: ISO 3166-1 alpha-2 or alpha-3 code, any case",
                example = "RS") @NotBlank @Pattern(regexp = "[A-Za-z]{2,3}",
                        message = "must be an ISO 3166-1 alpha-2 or alpha-3 code") String state,
        @Schema(description = "First day of the period; required unless startEdtf is given (then, if given too, its "
                + "first possible day)", example = "2027-01-01") @Nullable @PlausibleDate LocalDate startDate,
        @Schema(description = "How the period began; ACCESSION when omitted",
                example = "ACCESSION") @Nullable MembershipStartKind startKind,
        @Schema(description = "First day no longer a member (exclusive); omit for an open period. With endEdtf, its "
                + "last possible day.") @Nullable @PlausibleDate LocalDate endDate,
        @Schema(description = "How the period ended; required with an end") @Nullable MembershipEndKind endKind,
        @Nullable @Size(max = 2000) String note,
        @Schema(description = "Codes of recorded sources",
                example = "[\"R12\"]") @Nullable @Size(max = 50) List<@NotBlank @Size(max = 40) String> sources,
        @Schema(description = "New sources to record and cite") @Nullable @Size(
                max = 10) List<@NotNull @Valid NewSourceRequest> newSources,
        @Schema(description = "The start as EDTF (ISO 8601-2 level 1) where the sources do not give the day: 2008, "
                + "2008-07, or the days it lies between, 2008-07-21/2008-09-05",
                example = "2008-07") @Nullable @Size(max = 21) @Pattern(regexp = DateInput.EDTF_PATTERN,
                        message = DateInput.EDTF_MESSAGE) String startEdtf,
        @Schema(description = "The end (exclusive: the first day no longer a member) as EDTF, where the sources do "
                + "not give the day", example = "2009") @Nullable @Size(max = 21) @Pattern(
                        regexp = DateInput.EDTF_PATTERN, message = DateInput.EDTF_MESSAGE) String endEdtf,
        @Schema(description = "How well the sources support the period; required",
                example = "VERIFIED") @NotNull Verification verification)
        implements
            CitesSources {
}
