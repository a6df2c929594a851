package org.allianceregistry.readcache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class AcceptEncodingTests {

    @ParameterizedTest(name = "Accept-Encoding: {0} → gzip {1}")
    @CsvSource(delimiter = '|',
            value = { "gzip | true", "gzip, deflate, br | true", "br;q=1.0, GZIP;q=0.5 | true", "x-gzip | true",
                    "* | true", "gzip;q=0 | false", "gzip; q=0.000, * | false", "*;q=0 | false", "identity | false",
                    "deflate, br | false", "gzip;q=zero | false" })
    void acceptsGzipOnlyWhenNamedOrCoveredByTheWildcardWithAPositiveQuality(String header, boolean expected) {
        assertThat(AcceptEncoding.acceptsGzip(header)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void noHeaderMeansIdentity(String header) {
        assertThat(AcceptEncoding.acceptsGzip(header)).isFalse();
    }

}
