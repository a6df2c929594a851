package org.allianceregistry.membership;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.allianceregistry.shared.PlausibleDate;
import org.allianceregistry.source.CitesSources;
import org.allianceregistry.source.NewSourceRequest;
import org.jspecify.annotations.Nullable;

/**
 * The correctable fields of a period; its alliance and state are what it is (delete and
 * admit to change them).
 */
@Schema(description = "A corrected membership period (PUT replaces all these fields; PATCH merges the given ones)",
        example = """
                {"startDate": "2027-01-15", "startKind": "ACCESSION", "endDate": null, "endKind": null, "note": null, "sources": ["R12"]}""")
public record UpdateMembershipRequest(@Schema(example = "2027-01-15") @NotNull @PlausibleDate LocalDate startDate,
        @Schema(example = "ACCESSION") @NotNull MembershipStartKind startKind,
        @Schema(description = "Exclusive; null for an open period") @Nullable @PlausibleDate LocalDate endDate,
        @Nullable MembershipEndKind endKind, @Nullable @Size(max = 2000) String note,
        @Schema(description = "Codes of the sources the period cites (replaces the list)",
                example = "[\"R12\"]") @Nullable @Size(max = 50) List<@NotBlank @Size(max = 40) String> sources,
        @Nullable @Size(max = 10) List<@Valid NewSourceRequest> newSources) implements CitesSources {
}
