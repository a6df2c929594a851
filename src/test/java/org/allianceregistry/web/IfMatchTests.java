package org.allianceregistry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RegistryException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IfMatchTests {

    @ParameterizedTest
    @ValueSource(strings = { "\"0\"", " \"12\" ", "\"12-kR2mYx0_Qb3-Zt9LwPq4sVn8aHc1dEf\"",
            "\"12-kR2mYx0_Qb3-Zt9LwPq4sVn8aHc1dEf-gzip\"" })
    void readsTheVersionFromOneStrongETag(String header) {
        assertThat(IfMatch.parse(header).version()).isEqualTo(header.contains("12") ? 12 : 0);
        assertThat(EntityTag.ofVersion(12)).isEqualTo("\"12\"");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void aMissingIfMatchIsAPreconditionRequired(String header) {
        assertThatExceptionOfType(RegistryException.class).isThrownBy(() -> IfMatch.parse(header))
            .satisfies(e -> assertThat(e.type()).isEqualTo(ProblemType.IF_MATCH_REQUIRED));
    }

    @ParameterizedTest
    @ValueSource(strings = { "*", "W/\"1\"", "1", "\"1\", \"2\"", "\"one\"" })
    void anythingButOneStrongETagIsRefused(String header) {
        assertThatExceptionOfType(InvalidParameterException.class).isThrownBy(() -> IfMatch.parse(header));
    }

}
