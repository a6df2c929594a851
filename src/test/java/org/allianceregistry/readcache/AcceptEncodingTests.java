package org.allianceregistry.readcache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class AcceptEncodingTests {

    @ParameterizedTest(name = "Accept-Encoding: {0} → gzip {1}")
    @CsvSource(delimiter = '|',
            value = { "gzip | true", "gzip, deflate, br | true", "br;q=1.0, GZIP;q=0.5 | true", "x-gzip | true",
                    "* | true", "gzip;q=0 | false", "gzip; q=0.000, * | false", "*;q=0 | false", "identity | false",
                    "deflate, br | false", "gzip;q=zero | false", "; | false", ";, gzip | true" })
    void acceptsGzipOnlyWhenNamedOrCoveredByTheWildcardWithAPositiveQuality(String header, boolean expected) {
        assertThat(AcceptEncoding.acceptsGzip(header)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void noHeaderMeansIdentity(String header) {
        assertThat(AcceptEncoding.acceptsGzip(header)).isFalse();
    }

    @Test
    void readsEveryHeaderAsTheSplittingReadingItReplacedDid() {
        List<String> pieces = List.of("gzip", "GZIP", "x-gzip", "*", "br", "deflate", "identity", ",", ", ", ";",
                ";q=0", "; q=0.5", ";Q=1", ";q=", ";q=zero", ";level=1", " ", "\t", "gz", "gzip2", "q=0");
        qt().withExamples(20_000)
            .forAll(lists().of(integers().between(0, pieces.size() - 1)).ofSizeBetween(0, 8))
            .checkAssert(indexes -> {
                StringBuilder header = new StringBuilder();
                indexes.forEach(index -> header.append(pieces.get(index)));
                assertThat(AcceptEncoding.acceptsGzip(header.toString())).as("Accept-Encoding: %s", header)
                    .isEqualTo(splitting(header.toString()));
            });
    }

    /**
     * The reading before this one, by String.split, as the oracle; but that one failed (a
     * 500) on an element of nothing but semicolons, which this one reads as no coding.
     */
    private static boolean splitting(String header) {
        Boolean wildcard = null;
        for (String element : header.split(",")) {
            String[] parts = element.split(";");
            String coding = parts.length == 0 ? "" : parts[0].trim().toLowerCase(Locale.ROOT);
            boolean acceptable = quality(parts) > 0;
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                return acceptable;
            }
            if (coding.equals("*")) {
                wildcard = acceptable;
            }
        }
        return Boolean.TRUE.equals(wildcard);
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.length() > 2 && (parameter.charAt(0) == 'q' || parameter.charAt(0) == 'Q')
                    && parameter.charAt(1) == '=') {
                try {
                    return Double.parseDouble(parameter.substring(2).trim());
                }
                catch (NumberFormatException unparseable) {
                    return 0;
                }
            }
        }
        return 1;
    }

}
