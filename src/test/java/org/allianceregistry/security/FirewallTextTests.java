package org.allianceregistry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The firewall's checks answer as Spring Security's regular expressions do. */
class FirewallTextTests {

    private static final Pattern ASSIGNED_AND_NOT_CONTROL = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    private static final Pattern HEADER_VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void agreesWithTheExpressionsOnAnyText() {
        qt().withExamples(20_000).forAll(strings().allPossible().ofLengthBetween(0, 12)).checkAssert(text -> {
            assertThat(FirewallText.assignedAndNotControl(text)).as("%s", escaped(text))
                .isEqualTo(ASSIGNED_AND_NOT_CONTROL.matcher(text).matches());
            assertThat(FirewallText.headerValue(text)).as("%s", escaped(text))
                .isEqualTo(HEADER_VALUE.matcher(text).matches());
        });
    }

    @Test
    void agreesWithTheExpressionsOnAsciiAndLatinText() {
        qt().withExamples(20_000)
            .forAll(strings().betweenCodePoints(0, 0x250).ofLengthBetween(0, 12))
            .checkAssert(text -> {
                assertThat(FirewallText.assignedAndNotControl(text))
                    .isEqualTo(ASSIGNED_AND_NOT_CONTROL.matcher(text).matches());
                assertThat(FirewallText.headerValue(text)).isEqualTo(HEADER_VALUE.matcher(text).matches());
            });
    }

    @ParameterizedTest
    @ValueSource(strings = { "gzip, deflate, br", "ru-RU,ru;q=0.9,en;q=0.8", "\"abc-gzip\"", "Mozilla/5.0 (X11)",
            "Ümlaut", "日本語", "\uD83D\uDE00", "tab\there", "", "\u0000", "a\u007fb", "a\u0085b", "\uD800", "\uDFFF",
            "\uFFFF", "\u0378", "line\nbreak", "cr\r" })
    void agreesOnTheEdges(String text) {
        assertThat(FirewallText.assignedAndNotControl(text))
            .isEqualTo(ASSIGNED_AND_NOT_CONTROL.matcher(text).matches());
        assertThat(FirewallText.headerValue(text)).isEqualTo(HEADER_VALUE.matcher(text).matches());
    }

    private static String escaped(String text) {
        StringBuilder escaped = new StringBuilder();
        text.codePoints().forEach(codePoint -> escaped.append(String.format("\\u%04x", codePoint)));
        return escaped.toString();
    }

}
