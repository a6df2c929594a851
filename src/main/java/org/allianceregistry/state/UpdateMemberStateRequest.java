package org.allianceregistry.state;

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
 * A state's correctable fields; its ISO codes are what it is (register another state to
 * change them).
 */
@Schema(description = "A corrected state (PUT replaces all these fields; PATCH merges the given ones)")
public record UpdateMemberStateRequest(@Schema(example = "Serbia") @NotBlank @Size(max = 200) String nameEn,
        @Schema(example = "Сербия") @NotBlank @Size(max = 200) String nameRu,
        @Schema(example = "صربيا") @NotBlank @Size(max = 200) String nameAr,
        @Schema(description = "The official English name, where a source gives it (not the short name)",
                example = "Republic of Serbia") @Nullable @Size(max = 300) String officialName,
        @Schema(description = "ISO 3166-3 code of a former state", example = "YUCS") @Nullable @Pattern(
                regexp = "[A-Z]{4}", message = "must be four upper-case letters") String formerCode,
        @Schema(description = "True for a state that no longer exists") boolean historic,
        @Schema(description = "The first day a former state no longer existed; only for a historic state") @Nullable @PlausibleDate LocalDate ceasedOn,
        @Schema(example = "[\"R189\"]") @Nullable @Size(max = 50) List<@NotBlank @Size(max = 40) String> sources,
        @Nullable @Size(max = 10) List<@NotNull @Valid NewSourceRequest> newSources,
        @Schema(description = "The official Russian name, where a source gives it",
                example = "Республика Сербия") @Nullable @Size(max = 300) String officialNameRu,
        @Schema(description = "The English name ISO 3166-1 gives (ISO 3166-3 for a former state)",
                example = "Serbia") @Nullable @Size(max = 300) String isoName,
        @Schema(description = "The day ISO 3166-3 withdrew a former state's code; only for a historic state") @Nullable @PlausibleDate LocalDate isoCodeWithdrawnOn,
        @Schema(description = "How well the sources support the record",
                example = "VERIFIED") @NotNull Verification verification)
        implements
            CitesSources {
}
