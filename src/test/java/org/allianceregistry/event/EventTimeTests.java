package org.allianceregistry.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.YearMonth;
import org.allianceregistry.shared.Certainty;
import org.allianceregistry.shared.EndStatus;
import org.allianceregistry.shared.HistoricalDate;
import org.allianceregistry.shared.LocalDateRange;
import org.junit.jupiter.api.Test;

/**
 * An event's last day is inclusive where the legacy fields show it and its end exclusive
 * where {@code time} does; an event without a last day lies within its start; an undated
 * one may meet any range.
 */
class EventTimeTests {

    private static final LocalDateRange AUTUMN_2020 = new LocalDateRange(LocalDate.of(2020, 9, 1),
            LocalDate.of(2020, 11, 30));

    @Test
    void anEventSpanningDaysEndsTheDayAfterItsLastDay() {
        EventTime operation = new EventTime(HistoricalDate.day(LocalDate.of(2022, 1, 5)),
                HistoricalDate.day(LocalDate.of(2022, 1, 20)));

        assertThat(operation.legacyEndDate()).isEqualTo(LocalDate.of(2022, 1, 20));
        assertThat(operation.period().end()).isEqualTo(HistoricalDate.day(LocalDate.of(2022, 1, 21)));
        assertThat(operation.period().endStatus()).isEqualTo(EndStatus.ENDED);
        assertThat(operation.during(LocalDateRange.day(LocalDate.of(2022, 1, 20)))).isEqualTo(Certainty.CERTAIN);
        assertThat(operation.during(LocalDateRange.day(LocalDate.of(2022, 1, 21)))).isEqualTo(Certainty.NONE);
    }

    @Test
    void anEventKnownToTheYearLiesWithinItAndPossiblyMeetsAnyPartOfIt() {
        EventTime war = new EventTime(HistoricalDate.year(2020), null);

        assertThat(war.legacyEndDate()).isNull();
        assertThat(war.datePrecision()).isEqualTo(DatePrecision.YEAR);
        assertThat(war.period().lastDay()).isEqualTo(HistoricalDate.year(2020));
        assertThat(war.during(AUTUMN_2020)).isEqualTo(Certainty.POSSIBLE);
        assertThat(war.during(new LocalDateRange(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))))
            .isEqualTo(Certainty.CERTAIN);
        assertThat(war.during(LocalDateRange.day(LocalDate.of(2021, 1, 1)))).isEqualTo(Certainty.NONE);
    }

    @Test
    void aLastDayKnownToTheMonthShowsInTheLegacyEndDateAsTheLastDayItCanBe() {
        EventTime event = new EventTime(HistoricalDate.day(LocalDate.of(2027, 3, 10)),
                HistoricalDate.month(YearMonth.of(2027, 4)));

        assertThat(event.legacyEndDate()).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(event.period().endStatus()).isEqualTo(EndStatus.ENDED_ON_UNCERTAIN_DAY);
    }

    @Test
    void anUndatedEventPossiblyMeetsEveryRange() {
        assertThat(EventTime.UNDATED.period()).isNull();
        assertThat(EventTime.UNDATED.datePrecision()).isEqualTo(DatePrecision.UNDATED);
        assertThat(EventTime.UNDATED.during(AUTUMN_2020)).isEqualTo(Certainty.POSSIBLE);
    }

    @Test
    void aLastDayCannotPrecedeEveryPossibleStart() {
        assertThatIllegalArgumentException().isThrownBy(() -> new EventTime(HistoricalDate.month(YearMonth.of(2027, 7)),
                HistoricalDate.day(LocalDate.of(2027, 6, 30))));
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new EventTime(null, HistoricalDate.day(LocalDate.of(2027, 6, 30))));
    }

}
