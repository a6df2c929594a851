package org.allianceregistry.event;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.allianceregistry.shared.Certainty;
import org.allianceregistry.shared.HistoricalDate;
import org.allianceregistry.shared.HistoricalPeriod;
import org.allianceregistry.shared.HistoricalPeriodResponse;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.Verification;
import org.allianceregistry.source.SourceResponse;
import org.jspecify.annotations.Nullable;

@Schema(description = "A dated fact about an alliance: operation, exercise, summit, decision, statement, force, force strength or deployment")
public record AllianceEventResponse(@Schema(example = "31") long id, @Schema(example = "OPERATION") EventKind kind,
        @Schema(example = "Collective peacekeeping operation in Kazakhstan") String title,
        @Schema(description = "First day, or the first day of the month or year it is known to (see datePrecision); "
                + "null for an undated event", example = "2022-01-05") @Nullable LocalDate startDate,
        @Schema(description = "How much of startDate is known (UNDATED: nothing)",
                example = "DAY") DatePrecision datePrecision,
        @Schema(description = "Last day, INCLUSIVE (unlike the exclusive `time.end`), of an event spanning several days; "
                + "where that day is known only to the month, the year or within bounds, the last day it can be. "
                + "Null for an event that lies within the days of its start",
                example = "2022-01-20") @Nullable LocalDate endDate,
        @Schema(description = "When the event happened, in the convention of every resource: `start` its first day, "
                + "`end` the day after its last (exclusive), `lastDay` its last day (inclusive), each with its "
                + "precision and bounds. An event without endDate lies within the days of its start (one day, or "
                + "somewhere in the month or year it is known to). Null for an undated event") @Nullable HistoricalPeriodResponse time,
        @Schema(description = "In a list asked for a date range (`from`/`to`): CERTAIN when the event meets the range "
                + "whatever its uncertain dates were, POSSIBLE when it only may (a record known to the month or year, "
                + "or undated). Null when no range was asked for", example = "CERTAIN") @Nullable Certainty match,
        @Schema(example = "Kazakhstan") @Nullable String place, String description,
        @Schema(description = "A size or count, e.g. personnel deployed; read it with quantityQualifier",
                example = "2030") @Nullable Integer quantity,
        @Schema(example = "personnel") @Nullable String quantityUnit,
        @Schema(description = "How the source states the quantity: EXACTLY, ABOUT, UP_TO, MORE_THAN; null without a quantity",
                example = "EXACTLY") @Nullable QuantityQualifier quantityQualifier,
        @Schema(description = "The event this one is a stage or phase of") @Nullable Long parentId,
        @Schema(example = "VERIFIED") Verification verification, List<Participant> participants,
        List<SourceResponse> sources) {

    @Schema(description = "A state taking part")
    public record Participant(@Schema(example = "AM") String iso2, @Schema(example = "ARM") String iso3,
            @Schema(example = "Armenia") String name, @Schema(example = "about 100 personnel") @Nullable String role) {
    }

    static AllianceEventResponse of(AllianceEvent event, List<ParticipantRow> participants,
            List<SourceResponse> sources, @Nullable Certainty match, Language language) {
        AllianceEvent parent = event.getParent();
        EventTime time = event.getTime();
        HistoricalDate start = time.start();
        HistoricalPeriod period = time.period();
        return new AllianceEventResponse(event.getId(), event.getKind(), event.getTitleEn(),
                start == null ? null : start.date(), time.datePrecision(), time.legacyEndDate(),
                period == null ? null : HistoricalPeriodResponse.of(period), match, event.getPlace(),
                event.getDescription(), event.getQuantity(), event.getQuantityUnit(), event.getQuantityQualifier(),
                parent == null ? null : parent.getId(), event.getVerification(),
                participants.stream()
                    .map(p -> new Participant(p.iso2(), p.iso3(), p.names().in(language), p.role()))
                    .toList(),
                sources);
    }
}
