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
import org.allianceregistry.source.CitesSources;
import org.allianceregistry.source.NewSourceRequest;
import org.jspecify.annotations.Nullable;

@Schema(description = "A new membership period of a state in the alliance", example = """
        {"state": "RS", "startDate": "2027-01-01", "startKind": "ACCESSION", "sources": ["R12"]}""")
public record AdmitMemberRequest(
        @Schema(description = "The state: ISO 3166-1 alpha-2 or alpha-3 code, any case",
                example = "RS") @NotBlank @Pattern(regexp = "[A-Za-z]{2,3}",
                        message = "must be an ISO 3166-1 alpha-2 or alpha-3 code") String state,
        @Schema(description = "First day of the period",
                example = "2027-01-01") @NotNull @PlausibleDate LocalDate startDate,
        @Schema(description = "How the period began; ACCESSION when omitted",
                example = "ACCESSION") @Nullable MembershipStartKind startKind,
        @Schema(description = "First day no longer a member (exclusive); omit for an open period") @Nullable @PlausibleDate LocalDate endDate,
        @Schema(description = "How the period ended; required with endDate") @Nullable MembershipEndKind endKind,
        @Nullable @Size(max = 2000) String note,
        @Schema(description = "Codes of recorded sources",
                example = "[\"R12\"]") @Nullable @Size(max = 50) List<@NotBlank @Size(max = 40) String> sources,
        @Schema(description = "New sources to record and cite") @Nullable @Size(
                max = 10) List<@Valid NewSourceRequest> newSources)
        implements
            CitesSources {
}
