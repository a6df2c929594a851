package org.allianceregistry.event;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.Verification;
import org.allianceregistry.source.SourceResponse;
import org.jspecify.annotations.Nullable;

@Schema(description = "A dated fact about an alliance: operation, exercise, summit, decision, statement, force or force strength")
public record AllianceEventResponse(@Schema(example = "31") long id, @Schema(example = "OPERATION") EventKind kind,
        @Schema(example = "Collective peacekeeping operation in Kazakhstan") String title,
        @Schema(description = "Null for an undated event", example = "2022-01-06") @Nullable LocalDate startDate,
        @Schema(description = "How much of startDate is known", example = "DAY") DatePrecision datePrecision,
        @Schema(description = "Last day (inclusive) of an event spanning several days",
                example = "2022-01-19") @Nullable LocalDate endDate,
        @Schema(example = "Kazakhstan") @Nullable String place, String description,
        @Schema(description = "A size or count, e.g. personnel deployed", example = "2030") @Nullable Integer quantity,
        @Schema(example = "personnel") @Nullable String quantityUnit,
        @Schema(description = "The event this one is a stage or phase of") @Nullable Long parentId,
        @Schema(example = "VERIFIED") Verification verification, List<Participant> participants,
        List<SourceResponse> sources) {

    @Schema(description = "A state taking part")
    public record Participant(@Schema(example = "AM") String iso2, @Schema(example = "ARM") String iso3,
            @Schema(example = "Armenia") String name, @Schema(example = "about 100 personnel") @Nullable String role) {
    }

    static AllianceEventResponse of(AllianceEvent event, List<ParticipantRow> participants,
            List<SourceResponse> sources, Language language) {
        AllianceEvent parent = event.getParent();
        return new AllianceEventResponse(event.getId(), event.getKind(), event.getTitleEn(), event.getStartDate(),
                event.getDatePrecision(), event.getEndDate(), event.getPlace(), event.getDescription(),
                event.getQuantity(), event.getQuantityUnit(), parent == null ? null : parent.getId(),
                event.getVerification(),
                participants.stream()
                    .map(p -> new Participant(p.iso2(), p.iso3(), p.names().in(language), p.role()))
                    .toList(),
                sources);
    }
}
