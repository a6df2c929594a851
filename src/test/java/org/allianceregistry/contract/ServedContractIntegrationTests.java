package org.allianceregistry.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.allianceregistry.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The contract check itself: responses the service really sends pass, and the same
 * responses broken one way each are reported, naming operation, status and pointer.
 */
@RegistryIntegrationTest
class ServedContractIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String CSTO = "/api/v1/alliances/csto";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ContractValidation.ServedDescription description;

    @Test
    void aResponseAsTheServiceSendsItKeepsTheContract() {
        assertThat(check(200, "application/json", alliance())).isEmpty();
    }

    @Test
    void aFieldOfTheWrongTypeIsReportedWithItsPointer() {
        ObjectNode alliance = alliance();
        alliance.put("code", 5);

        assertThat(check(200, "application/json", alliance)).singleElement().satisfies(violation -> {
            assertThat(violation.operation()).isEqualTo("getAlliance");
            assertThat(violation.status()).isEqualTo(200);
            assertThat(violation.pointer()).isEqualTo("/code");
            assertThat(violation.message()).contains("integer", "string");
        });
    }

    @Test
    void aMissingRequiredFieldIsReported() {
        ObjectNode alliance = alliance();
        alliance.remove("foundingTreaty");

        assertThat(check(200, "application/json", alliance)).singleElement()
            .satisfies(violation -> assertThat(violation.message()).contains("foundingTreaty"));
    }

    @Test
    void aNullInAFieldThatIsNotNullableIsReported() {
        ObjectNode alliance = alliance();
        alliance.putNull("code");

        assertThat(check(200, "application/json", alliance)).extracting(ContractViolation::pointer).contains("/code");
    }

    @Test
    void aDateThatIsNoDateIsReported() {
        ObjectNode alliance = alliance();
        alliance.put("establishedOn", "7 October 2002");

        assertThat(check(200, "application/json", alliance)).extracting(ContractViolation::pointer)
            .contains("/establishedOn");
    }

    @Test
    void anUndocumentedStatusIsReported() {
        assertThat(check(418, "application/json", alliance())).singleElement()
            .satisfies(violation -> assertThat(violation.message()).startsWith("status not documented"));
    }

    @Test
    void anUndocumentedMediaTypeIsReported() {
        assertThat(check(200, "application/yaml", alliance())).singleElement()
            .satisfies(violation -> assertThat(violation.message()).contains("application/yaml", "not documented"));
    }

    @Test
    void aProblemMustFollowTheProblemSchema() {
        ObjectNode problem = JSON.createObjectNode().put("title", "Not Found").put("status", "404");

        assertThat(check(404, "application/problem+json", problem)).extracting(ContractViolation::pointer)
            .contains("", "/status");
    }

    @Test
    void aRequestNoOperationAnswersMustGetAProblem() {
        ObservedResponse html = new ObservedResponse("GET", "/api/v1/nothing-here", 404, "text/html",
                "<p>Not found</p>".getBytes(StandardCharsets.UTF_8));

        assertThat(description.contract().check(html)).singleElement()
            .satisfies(violation -> assertThat(violation.operation()).contains("no operation"));
    }

    @Test
    void aRequestWhoseResponseBreaksTheContractFails() throws IOException {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", CSTO);
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setStatus(200);
        response.setContentType("application/json");
        response.getOutputStream().write(JSON.writeValueAsBytes(alliance().put("code", 5)));
        var check = new ContractValidation.ContractCheck(description);

        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> check.check(request, response))
            .withMessageContaining("GET " + CSTO)
            .withMessageContaining("getAlliance 200 at /code");
    }

    @Test
    void pagesOutsideTheApiAreNotPartOfTheContract() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/alliances/csto");
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setStatus(299);
        var check = new ContractValidation.ContractCheck(description);

        assertThatNoException().isThrownBy(() -> check.check(request, response));
    }

    private ObjectNode alliance() {
        JsonNode body = JSON.readTree(mvc.get().uri(CSTO).exchange().getResponse().getContentAsByteArray());
        return (ObjectNode) body;
    }

    private List<ContractViolation> check(int status, String contentType, JsonNode body) {
        return description.contract()
            .check(new ObservedResponse("GET", CSTO, status, contentType, JSON.writeValueAsBytes(body)));
    }

}
