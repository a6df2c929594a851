package org.allianceregistry.secretarygeneral;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.allianceregistry.shared.Certainty;
import org.allianceregistry.shared.HistoricalDate;
import org.allianceregistry.shared.HistoricalDateResponse;
import org.allianceregistry.shared.HistoricalPeriodResponse;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.Verification;
import org.allianceregistry.source.SourceResponse;
import org.allianceregistry.state.MemberStateSummary;
import org.jspecify.annotations.Nullable;

@Schema(description = "A term as Secretary-General of the alliance, acting holders included. `time` is when the holder "
        + "was in office: start inclusive, end exclusive (the first day out of office), lastDay inclusive; a term in "
        + "office has endStatus OPEN and, where known, the `scheduledEnd` it runs to.")
public record SecretaryGeneralResponse(@Schema(example = "3") long id,
        @Schema(description = "The holder's number among the appointed Secretaries-General; null for an acting one",
                example = "3") @Nullable Integer number,
        @Schema(description = "The holder, as the sources name them in English", example = "Stanislav Zas") String name,
        SecretaryGeneralAppointment appointment,
        @Schema(description = "True for an acting Secretary-General (appointment ACTING)") boolean acting,
        @Schema(description = "The state the holder came from, its name in the language of Accept-Language") MemberStateSummary state,
        HistoricalPeriodResponse time,
        @Schema(description = "For a term in office: the first day it is scheduled to be over (exclusive, like "
                + "time.end: 2029-01-01 for a term whose last day is 31 Dec 2028); null otherwise") @Nullable HistoricalDateResponse scheduledEnd,
        @Schema(description = "When the holder was appointed, named or confirmed, with its precision (April 2017 for "
                + "Khachaturov); null where no source says") @Nullable HistoricalDateResponse appointed,
        @Schema(example = "Collective Security Council session, Bishkek") @Nullable String appointedAt,
        @Schema(description = "What the sources say of the dates, where there is more to say") @Nullable String dateNote,
        @Nullable String note, @Schema(example = "VERIFIED") Verification verification, List<SourceResponse> sources,
        @Schema(description = "With asOf: whether the holder was certainly (CERTAIN) or only possibly (POSSIBLE) in "
                + "office that day (never NONE: such terms are not listed); null without asOf",
                example = "CERTAIN") @Nullable Certainty match) {

    static SecretaryGeneralResponse of(SecretaryGeneralTerm term, List<SourceResponse> sources,
            @Nullable Certainty match, Language language) {
        return new SecretaryGeneralResponse(term.getId(), term.getOrdinal(), term.getName(), term.getAppointment(),
                term.getAppointment() == SecretaryGeneralAppointment.ACTING,
                MemberStateSummary.of(term.getMemberState(), language), HistoricalPeriodResponse.of(term.time()),
                term.getScheduledEnd() == null ? null
                        : HistoricalDateResponse.of(HistoricalDate.day(term.getScheduledEnd())),
                HistoricalDateResponse.ofNullable(term.getAppointed()), term.getAppointedAt(), term.getDateNote(),
                term.getNote(), term.getVerification(), sources, match);
    }

}
