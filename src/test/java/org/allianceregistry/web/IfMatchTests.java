package org.allianceregistry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Set;
import org.allianceregistry.shared.ExpectedVersion;
import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RegistryException;
import org.allianceregistry.shared.StaleVersionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** If-Match as RFC 9110 §13.1.1 evaluates it, against the registry's tags. */
class IfMatchTests {

    @ParameterizedTest
    @ValueSource(strings = { "\"0\"", " \"12\" ", "\"12-kR2mYx0_Qb3-Zt9LwPq4sVn8aHc1dEf\"",
            "\"12-kR2mYx0_Qb3-Zt9LwPq4sVn8aHc1dEf-gzip\"" })
    void readsTheVersionFromOneStrongETag(String header) {
        long version = header.contains("12") ? 12 : 0;
        assertThat(IfMatch.parse(header).expected()).isEqualTo(ExpectedVersion.of(version));
        assertThat(EntityTag.ofVersion(12)).isEqualTo("\"12\"");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { " ", "\t" })
    void aMissingIfMatchIsAPreconditionRequired(String header) {
        assertThatExceptionOfType(RegistryException.class).isThrownBy(() -> IfMatch.parse(header))
            .satisfies(e -> assertThat(e.type()).isEqualTo(ProblemType.IF_MATCH_REQUIRED));
    }

    @Test
    void aStarMatchesEveryVersionOfARecordThatExists() {
        ExpectedVersion any = IfMatch.parse(" * ").expected();

        assertThat(any.matches(0L)).isTrue();
        assertThat(any.matches(41L)).isTrue();
        assertThat(any.matches(null)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            "1", "2"                    | 1,2
            "1","2-kR2m",  "3-kR2m-gzip" | 1,2,3
            , "4" ,,                    | 4
            W/"1", "2"                  | 2
            "1", "a,b", "2"             | 1,2
            """)
    void aListMatchesTheVersionsOfItsStrongTags(String header, String versions) {
        Set<Long> expected = new java.util.HashSet<>();
        for (String version : versions.split(",")) {
            expected.add(Long.parseLong(version));
        }
        assertThat(IfMatch.parse(header).expected()).isEqualTo(ExpectedVersion.oneOf(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = { "W/\"1\"", "\"one\"", "W/\"1\", W/\"2\"", "\"\"", "\"kR2mYx0_Qb3\"" })
    void weakTagsAndTagsWithoutAVersionMatchNothing(String header) {
        ExpectedVersion none = IfMatch.parse(header).expected();

        assertThat(none.matches(1L)).isFalse();
        assertThat(none.matches(2L)).isFalse();
        assertThatExceptionOfType(StaleVersionException.class)
            .isThrownBy(() -> StaleVersionException.check("alliance csto", none, 1L))
            .satisfies(e -> assertThat(e.type()).isEqualTo(ProblemType.STALE_VERSION));
    }

    @Test
    void aListMatchesWhenAnyOfItsVersionsIsTheStoredOne() {
        ExpectedVersion listed = IfMatch.parse("\"3\", \"5\"").expected();

        StaleVersionException.check("alliance csto", listed, 5L);
        assertThatExceptionOfType(StaleVersionException.class)
            .isThrownBy(() -> StaleVersionException.check("alliance csto", listed, 4L))
            .withMessageContaining("version 4")
            .withMessageContaining("any of versions 3, 5");
    }

    @ParameterizedTest
    @ValueSource(strings = { "1", "\"1", "\"1\" \"2\"", "*, \"1\"", "W/1", ",", "garbage" })
    void aValueThatIsNoIfMatchIsA400NamingTheHeader(String header) {
        assertThatExceptionOfType(InvalidParameterException.class).isThrownBy(() -> IfMatch.parse(header));
    }

}
