package org.allianceregistry.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.allianceregistry.FixedClockConfiguration;
import org.allianceregistry.security.SecurityConfiguration;
import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RegistryException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The problems the dataset endpoints answer before and around their service. */
@WebMvcTest(DatasetController.class)
@Import({ FixedClockConfiguration.class, SecurityConfiguration.class })
class DatasetControllerTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    DatasetService datasets;

    @Test
    void anUnknownDatasetIsA404Problem() {
        given(datasets.get("atop-9")).willThrow(new RegistryException(ProblemType.DATASET_NOT_FOUND, "No atop-9."));

        assertThat(mvc.get().uri("/api/v1/datasets/atop-9")).hasStatus(HttpStatus.NOT_FOUND)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
            .bodyJson()
            .extractingPath("$.type")
            .isEqualTo("urn:alliance-registry:problem:dataset-not-found");
    }

    @Test
    void anImportWithoutCredentialsIsA401Problem() {
        assertThat(mvc.put().uri("/api/v1/datasets/atop-4.01").contentType(MediaType.MULTIPART_FORM_DATA))
            .hasStatus(HttpStatus.UNAUTHORIZED)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        then(datasets).shouldHaveNoInteractions();
    }

    @Test
    void anImportThatIsNoMultipartFormIsA415Problem() {
        assertThat(mvc.put()
            .uri("/api/v1/datasets/atop-4.01")
            .with(httpBasic("editor", "editor-secret"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{}")).hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
            .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        then(datasets).shouldHaveNoInteractions();
    }

    @Test
    void aDayThatIsNoDateIsA400ProblemNamingIt() {
        var response = assertThat(mvc.get().uri("/api/v1/datasets/atop-4.01/alliances?asOf=1990-13-01"))
            .hasStatus(HttpStatus.BAD_REQUEST)
            .bodyJson();

        response.extractingPath("$.type").isEqualTo("urn:alliance-registry:problem:invalid-parameter");
        response.extractingPath("$.errors[0].field").isEqualTo("asOf");
        then(datasets).shouldHaveNoInteractions();
    }

}
