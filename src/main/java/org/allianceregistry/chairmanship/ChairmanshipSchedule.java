package org.allianceregistry.chairmanship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.allianceregistry.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * The chairmanship schedule of one alliance for the years {@code fromYear} to
 * {@code toYear}, or for the day {@code asOf}: the recorded terms, then the terms the
 * rule projects, in chronological order, each with its {@code match}.
 * {@code lastModified} is when the data behind it last changed.
 *
 * @param statement the rotation rule in words, or the statement that the alliance has no
 * rotating chair
 * @param frozenPolicy the policy applied to frozen members; null when the alliance has no
 * rotation rule
 * @param allianceName the alliance's name in {@code language}
 * @param language the language names and feeds are written in
 * @param asOf the day the entries were selected for ({@code ?asOf=}); null for a range of
 * years
 * @param recordedTerms how many terms the alliance has on record, whatever the range
 */
public record ChairmanshipSchedule(String allianceCode, String allianceAcronym, boolean rotating, String statement,
        int fromYear, int toYear, @Nullable TurnPolicy frozenPolicy, List<ChairmanshipResponse> entries,
        Instant lastModified, String allianceName, Language language, @Nullable LocalDate asOf, int recordedTerms) {
}
