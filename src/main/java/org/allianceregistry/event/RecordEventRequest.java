package org.allianceregistry.event;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.allianceregistry.shared.PlausibleDate;
import org.allianceregistry.shared.Verification;
import org.allianceregistry.source.CitesSources;
import org.allianceregistry.source.NewSourceRequest;
import org.jspecify.annotations.Nullable;

/**
 * An event as an editor records it (POST) or corrects it (PUT takes the same body; PATCH
 * merges into it).
 */
@Schema(description = "A dated fact about an alliance",
        example = """
                {"kind": "EXERCISE", "title": "Interaction-2027", "startDate": "2027-09-01", "datePrecision": "DAY", "endDate": "2027-09-07",
                 "place": "Belarus", "description": "Joint exercise of the Collective Rapid Reaction Forces.",
                 "participants": [{"state": "BY", "role": "Host"}], "sources": ["R12"]}""")
public record RecordEventRequest(@Schema(example = "EXERCISE") @NotNull EventKind kind,
        @Schema(example = "Interaction-2027") @NotBlank @Size(max = 300) String title,
        @Schema(description = "Null only for an UNDATED event",
                example = "2027-09-01") @Nullable @PlausibleDate LocalDate startDate,
        @Schema(description = "How much of startDate is known; DAY when omitted",
                example = "DAY") @Nullable DatePrecision datePrecision,
        @Schema(description = "Last day (inclusive)",
                example = "2027-09-07") @Nullable @PlausibleDate LocalDate endDate,
        @Nullable @Size(max = 200) String place, @NotBlank @Size(max = 4000) String description,
        @Schema(description = "A size or count; needs quantityUnit") @Nullable @Min(0) Integer quantity,
        @Nullable @Size(max = 60) String quantityUnit,
        @Schema(description = "The event this one is a stage or phase of (same alliance)") @Nullable Long parentId,
        @Schema(description = "VERIFIED when omitted") @Nullable Verification verification,
        @Nullable @Size(max = 100) List<@Valid ParticipantRequest> participants,
        @Schema(example = "[\"R12\"]") @Nullable @Size(max = 50) List<@NotBlank @Size(max = 40) String> sources,
        @Nullable @Size(max = 10) List<@Valid NewSourceRequest> newSources) implements CitesSources {
}
