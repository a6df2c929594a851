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
import org.allianceregistry.shared.Precision;
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
                 "place": "Belarus", "description": "Joint exercise of the Collective Rapid Reaction Forces.", "quantity": 2000,
                 "quantityUnit": "troops", "quantityQualifier": "MORE_THAN", "verification": "SINGLE_SOURCE",
                 "participants": [{"state": "BY", "role": "Host"}], "sources": ["R12"]}""")
public record RecordEventRequest(@Schema(example = "EXERCISE") @NotNull EventKind kind,
        @Schema(example = "Interaction-2027") @NotBlank @Size(max = 300) String title,
        @Schema(description = "First day, or any day of the month or year it is known to (datePrecision); "
                + "null only for an UNDATED event",
                example = "2027-09-01") @Nullable @PlausibleDate LocalDate startDate,
        @Schema(description = "How much of startDate is known; DAY when omitted",
                example = "DAY") @Nullable DatePrecision datePrecision,
        @Schema(description = "Earliest day the start can be, for a start known to the month or year") @Nullable @PlausibleDate LocalDate startEarliest,
        @Schema(description = "Latest day the start can be, for a start known to the month or year") @Nullable @PlausibleDate LocalDate startLatest,
        @Schema(description = "Last day (INCLUSIVE), or any day of the month or year it is known to (endPrecision); "
                + "null for an event within the days of its start",
                example = "2027-09-07") @Nullable @PlausibleDate LocalDate endDate,
        @Schema(description = "How much of endDate is known; DAY when omitted, ignored without endDate",
                example = "DAY") @Nullable Precision endPrecision,
        @Schema(description = "Earliest day the last day can be, for one known to the month or year") @Nullable @PlausibleDate LocalDate endEarliest,
        @Schema(description = "Latest day the last day can be, for one known to the month or year") @Nullable @PlausibleDate LocalDate endLatest,
        @Nullable @Size(max = 200) String place, @NotBlank @Size(max = 4000) String description,
        @Schema(description = "A size or count; needs quantityUnit and quantityQualifier") @Nullable @Min(0) Integer quantity,
        @Nullable @Size(max = 60) String quantityUnit,
        @Schema(description = "How the source states the quantity (\"about\", \"up to\", \"more than\"); "
                + "required with a quantity", example = "ABOUT") @Nullable QuantityQualifier quantityQualifier,
        @Schema(description = "The event this one is a stage or phase of (same alliance)") @Nullable Long parentId,
        @Schema(description = "How well the sources support the record: required, never assumed",
                example = "VERIFIED") @NotNull Verification verification,
        @Nullable @Size(max = 100) List<@NotNull @Valid ParticipantRequest> participants,
        @Schema(example = "[\"R12\"]") @Nullable @Size(max = 50) List<@NotBlank @Size(max = 40) String> sources,
        @Nullable @Size(max = 10) List<@NotNull @Valid NewSourceRequest> newSources) implements CitesSources {
}
