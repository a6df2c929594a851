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

/** An alliance's correctable fields: everything but its code, which URLs use. */
@Schema(description = "A corrected alliance (PUT replaces all these fields; PATCH merges the given ones)")
public record UpdateAllianceRequest(@Schema(example = "CSTO") @NotBlank @Size(max = 40) String acronymEn,
        @Schema(example = "ОДКБ") @Nullable @Size(max = 40) String acronymRu,
        @Nullable @Size(max = 80) String acronymAr,
        @Schema(example = "Collective Security Treaty Organization") @NotBlank @Size(max = 300) String nameEn,
        @Schema(example = "Организация Договора о коллективной безопасности") @NotBlank @Size(max = 300) String nameRu,
        @Schema(example = "منظمة معاهدة الأمن الجماعي") @NotBlank @Size(max = 300) String nameAr,
        @Schema(example = "COLLECTIVE_DEFENCE_ORGANISATION") @NotBlank @Size(max = 60) @Pattern(regexp = "[A-Z][A-Z_]*",
                message = "must be upper-case words joined by '_'") String kind,
        @Schema(example = "Collective Security Treaty") @Nullable @Size(max = 300) String treatyName,
        @Schema(example = "1992-05-15") @Nullable @PlausibleDate LocalDate treatySignedOn,
        @Schema(example = "Tashkent, Uzbekistan") @Nullable @Size(max = 200) String treatySignedPlace,
        @Schema(example = "1994-04-20") @Nullable @PlausibleDate LocalDate treatyInForceOn,
        @Nullable @PlausibleDate LocalDate establishedOn, @Nullable @Size(max = 1000) String establishedNote,
        @Nullable @PlausibleDate LocalDate dissolvedOn, @Nullable @Size(max = 1000) String dissolvedNote,
        @Nullable @Size(max = 300) String headquarters, @Nullable @Size(max = 100) String workingLanguage,
        @Nullable @Size(max = 300) @Pattern(regexp = "https?://\\S+",
                message = "must be an http or https URL") String website,
        @Nullable @Size(max = 60) String unObserverResolution, @Nullable @PlausibleDate LocalDate unObserverSince,
        @Nullable @Size(max = 1000) String areaOfResponsibility, @Nullable @Size(max = 2000) String description,
        @Schema(example = "[\"R12\"]") @Nullable @Size(max = 50) List<@NotBlank @Size(max = 40) String> sources,
        @Nullable @Size(max = 10) List<@NotNull @Valid NewSourceRequest> newSources,
        @Schema(description = "How well the sources support the record",
                example = "VERIFIED") @NotNull Verification verification)
        implements
            CitesSources {
}
