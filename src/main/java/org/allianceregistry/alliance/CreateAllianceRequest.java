package org.allianceregistry.alliance;

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

@Schema(description = "A new alliance; names are required in English, Russian and Arabic",
        example = """
                {"code": "test-pact", "acronymEn": "TP", "nameEn": "Test Pact", "nameRu": "Тестовый пакт", "nameAr": "حلف الاختبار",
                 "kind": "COLLECTIVE_DEFENCE_ALLIANCE", "treatySignedOn": "2026-01-01", "verification": "UNVERIFIED", "sources": ["R12"]}""")
public record CreateAllianceRequest(
        @Schema(description = "Lower-case code used in URLs", example = "test-pact") @NotBlank @Size(max = 40) @Pattern(
                regexp = "[a-z][a-z0-9]*(-[a-z0-9]+)*",
                message = "must be a lower-case slug such as warsaw-pact") String code,
        @NotBlank @Size(max = 40) String acronymEn, @Nullable @Size(max = 40) String acronymRu,
        @Nullable @Size(max = 80) String acronymAr, @NotBlank @Size(max = 300) String nameEn,
        @NotBlank @Size(max = 300) String nameRu, @NotBlank @Size(max = 300) String nameAr,
        @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Z][A-Z_]*",
                message = "must be upper-case words joined by '_'") String kind,
        @Nullable @Size(max = 300) String treatyName, @Nullable @PlausibleDate LocalDate treatySignedOn,
        @Nullable @Size(max = 200) String treatySignedPlace, @Nullable @PlausibleDate LocalDate treatyInForceOn,
        @Nullable @PlausibleDate LocalDate establishedOn, @Nullable @Size(max = 1000) String establishedNote,
        @Nullable @PlausibleDate LocalDate dissolvedOn, @Nullable @Size(max = 1000) String dissolvedNote,
        @Nullable @Size(max = 300) String headquarters, @Nullable @Size(max = 100) String workingLanguage,
        @Nullable @Size(max = 300) @Pattern(regexp = "https?://\\S+",
                message = "must be an http or https URL") String website,
        @Nullable @Size(max = 60) String unObserverResolution, @Nullable @PlausibleDate LocalDate unObserverSince,
        @Nullable @Size(max = 1000) String areaOfResponsibility, @Nullable @Size(max = 2000) String description,
        @Schema(example = "[\"R12\"]") @Nullable @Size(max = 50) List<@NotBlank @Size(max = 40) String> sources,
        @Nullable @Size(max = 10) List<@NotNull @Valid NewSourceRequest> newSources,
        @Schema(description = "How well the sources support the record; required",
                example = "UNVERIFIED") @NotNull Verification verification)
        implements
            CitesSources {

    UpdateAllianceRequest details() {
        return new UpdateAllianceRequest(acronymEn, acronymRu, acronymAr, nameEn, nameRu, nameAr, kind, treatyName,
                treatySignedOn, treatySignedPlace, treatyInForceOn, establishedOn, establishedNote, dissolvedOn,
                dissolvedNote, headquarters, workingLanguage, website, unObserverResolution, unObserverSince,
                areaOfResponsibility, description, sources, newSources, verification);
    }
}
