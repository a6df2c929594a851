package org.allianceregistry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The rule for enumerated query parameters, and the pattern that documents it: the
 * pattern accepts exactly what the server reads.
 */
class EnumParametersTests {

    private static final List<String> KINDS = List.of("SUMMIT", "NON_RENEWAL", "FORCE", "FORCE_STRENGTH");

    /**
     * Pieces of parameter values: the values in several cases, look-alikes from other
     * alphabets (dotless ı, long ſ, the Kelvin sign), spaces, commas and other text.
     */
    private static final List<String> PIECES = List.of("SUMMIT", "summit", "Summit", "sUmMiT", "NON_RENEWAL",
            "non_renewal", "FORCE", "force", "FORCE_STRENGTH", "_STRENGTH", "S", "UMMIT", "SUMM\u0131T", "\u017fUMMIT",
            "FOR\u212aE", "\u212a", " ", "  ", ",", ",,", "\t", "\u00a0", "-", "x", "");

    private static final Pattern ONE = Pattern.compile(EnumParameters.pattern(KINDS, false));

    private static final Pattern LIST = Pattern.compile(EnumParameters.pattern(KINDS, true));

    @Test
    void aValueIsReadInAnyAsciiCaseWithSurroundingSpaces() {
        assertThat(EnumParameters.match("summit", KINDS)).contains("SUMMIT");
        assertThat(EnumParameters.match(" Non_Renewal  ", KINDS)).contains("NON_RENEWAL");
        assertThat(EnumParameters.parse("skip", Policy.class)).isEqualTo(Policy.SKIP);
    }

    @Test
    void lookAlikesFromOtherAlphabetsAndOtherTextAreNoValue() {
        assertThat(EnumParameters.match("SUMM\u0131T", KINDS)).isEmpty();
        assertThat(EnumParameters.match("\u017fUMMIT", KINDS)).isEmpty();
        assertThat(EnumParameters.match("FOR\u212aE", KINDS)).isEmpty();
        assertThat(EnumParameters.match("\tSUMMIT", KINDS)).isEmpty();
        assertThat(EnumParameters.match("SUMMITS", KINDS)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> EnumParameters.parse("maybe", Policy.class))
            .withMessageContaining("KEEP, SKIP");
    }

    @Test
    void thePatternOfOneValueAcceptsExactlyWhatTheServerReads() {
        qt().withFixedSeed(14)
            .withExamples(3000)
            .forAll(values())
            .check(value -> ONE.matcher(value).matches() == EnumParameters.match(value, KINDS).isPresent());
    }

    /**
     * Spring splits a list parameter's value at commas and trims each element before it
     * is read; an empty element is refused.
     */
    @Test
    void thePatternOfAListAcceptsExactlyWhatTheServerReads() {
        qt().withFixedSeed(15)
            .withExamples(3000)
            .forAll(values())
            .check(value -> LIST.matcher(value).matches() == Arrays.stream(value.split(",", -1))
                .allMatch(element -> !element.isBlank() && EnumParameters.match(element, KINDS).isPresent()));
    }

    @Test
    void thePatternIsAsEcmaScriptReadsIt() {
        assertThat(EnumParameters.pattern(List.of("KEEP", "SKIP"), false))
            .isEqualTo("^ *(?:[Kk][Ee][Ee][Pp]|[Ss][Kk][Ii][Pp]) *$");
        assertThat(EnumParameters.pattern(List.of("csv"), true))
            .isEqualTo("^ *(?:[Cc][Ss][Vv]) *(?:, *(?:[Cc][Ss][Vv]) *)*$");
    }

    private static Gen<String> values() {
        Gen<String> piece = Generate.pick(PIECES);
        return lists().of(piece).ofSizeBetween(1, 5).map(pieces -> String.join("", pieces));
    }

    enum Policy {

        KEEP, SKIP

    }

}
