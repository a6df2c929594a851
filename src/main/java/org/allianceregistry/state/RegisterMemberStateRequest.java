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

@Schema(description = "A state the registry does not know yet, e.g. a former state",
        example = """
                {"iso2": "YU", "iso3": "YUG", "isoNumeric": "891", "formerCode": "YUCS", "nameEn": "Yugoslavia", "nameRu": "Югославия",
                 "nameAr": "يوغوسلافيا", "historic": true, "isoCodeWithdrawnOn": "2003-07-23", "verification": "UNVERIFIED",
                 "sources": ["R12"]}""")
public record RegisterMemberStateRequest(
        @Schema(example = "YU") @NotBlank @Pattern(regexp = "[A-Z]{2}",
                message = "must be two upper-case letters") String iso2,
        @Schema(example = "YUG") @NotBlank @Pattern(regexp = "[A-Z]{3}",
                message = "must be three upper-case letters") String iso3,
        @Schema(example = "891") @NotBlank @Pattern(regexp = "[0-9]{3}",
                message = "must be three digits") String isoNumeric,
        @Nullable @Pattern(regexp = "[A-Z]{4}", message = "must be four upper-case letters") String formerCode,
        @NotBlank @Size(max = 200) String nameEn, @NotBlank @Size(max = 200) String nameRu,
        @NotBlank @Size(max = 200) String nameAr,
        @Schema(description = "The official English name, where a source gives it (not the short name)") @Nullable @Size(
                max = 300) String officialName,
        @Schema(description = "True for a state that no longer exists; false when omitted") @Nullable Boolean historic,
        @Schema(description = "The first day a former state no longer existed; only for a historic state") @Nullable @PlausibleDate LocalDate ceasedOn,
        @Schema(example = "[\"R12\"]") @Nullable @Size(max = 50) List<@NotBlank @Size(max = 40) String> sources,
        @Nullable @Size(max = 10) List<@NotNull @Valid NewSourceRequest> newSources,
        @Schema(description = "The official Russian name, where a source gives it") @Nullable @Size(
                max = 300) String officialNameRu,
        @Schema(description = "The English name ISO 3166-1 gives (ISO 3166-3 for a former state)") @Nullable @Size(
                max = 300) String isoName,
        @Schema(description = "The day ISO 3166-3 withdrew a former state's code; only for a historic state") @Nullable @PlausibleDate LocalDate isoCodeWithdrawnOn,
        @Schema(description = "How well the sources support the record; required",
                example = "UNVERIFIED") @NotNull Verification verification)
        implements
            CitesSources {

    UpdateMemberStateRequest details() {
        return new UpdateMemberStateRequest(nameEn, nameRu, nameAr, officialName, formerCode,
                Boolean.TRUE.equals(historic), ceasedOn, sources, newSources, officialNameRu, isoName,
                isoCodeWithdrawnOn, verification);
    }
}
