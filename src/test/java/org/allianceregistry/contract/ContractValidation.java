package org.allianceregistry.contract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;

/**
 * Every response an integration test gets through MockMvc is checked against the
 * description the running service serves at {@code /v3/api-docs} (fetched over HTTP once,
 * when the server has started): a status the operation does not document, a media type
 * the status does not document or a body that breaks its schema fails the test that made
 * the request, naming operation, status and JSON pointer.
 *
 * <p>
 * Only the API is its contract: requests outside {@code /api} (the pages at {@code /},
 * {@code /actuator}, {@code /v3/api-docs} itself, Swagger UI and its files) are not
 * checked, nor CORS preflights ({@code OPTIONS} with
 * {@code Access-Control-Request-Method}), which OpenAPI does not describe.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ContractValidation {

    @Bean
    ServedDescription servedDescription() {
        return new ServedDescription();
    }

    @Bean
    MockMvcBuilderCustomizer responsesFollowTheServedContract(ServedDescription description) {
        return builder -> builder.alwaysDo(new ContractCheck(description));
    }

    /** The description the server serves, read once it listens. */
    static final class ServedDescription implements ApplicationListener<WebServerInitializedEvent> {

        private volatile @Nullable ServedContract contract;

        @Override
        public void onApplicationEvent(WebServerInitializedEvent event) {
            if (event.getApplicationContext().getServerNamespace() != null) {
                return; // a management server of its own, if one is configured
            }
            URI uri = URI.create("http://127.0.0.1:" + event.getWebServer().getPort() + "/v3/api-docs");
            try {
                HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(uri).build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("GET " + uri + " answered " + response.statusCode());
                }
                contract = ServedContract.of(response.body());
            }
            catch (IOException ex) {
                throw new UncheckedIOException("GET " + uri, ex);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("GET " + uri, ex);
            }
        }

        ServedContract contract() {
            ServedContract served = contract;
            if (served == null) {
                throw new IllegalStateException("the server has not served its description yet");
            }
            return served;
        }

    }

    /** Fails the request that got a response the contract does not allow. */
    static final class ContractCheck implements ResultHandler {

        private final ServedDescription description;

        ContractCheck(ServedDescription description) {
            this.description = description;
        }

        @Override
        public void handle(MvcResult result) {
            check(result.getRequest(), result.getResponse());
        }

        void check(MockHttpServletRequest request, MockHttpServletResponse response) {
            String path = request.getRequestURI();
            if (!partOfTheContract(request, path)) {
                return;
            }
            ObservedResponse observed = new ObservedResponse(request.getMethod(), path, response.getStatus(),
                    response.getContentType(), decoded(response));
            List<ContractViolation> violations = description.contract().check(observed);
            if (!violations.isEmpty()) {
                throw new AssertionError(violations.size() + " contract violation(s) answering " + request.getMethod()
                        + " " + path + (request.getQueryString() == null ? "" : "?" + request.getQueryString())
                        + ":\n  " + violations.stream().map(Object::toString).collect(Collectors.joining("\n  ")));
            }
        }

        private static boolean partOfTheContract(MockHttpServletRequest request, String path) {
            boolean api = path.equals("/api") || path.startsWith("/api/");
            boolean preflight = "OPTIONS".equals(request.getMethod())
                    && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
            return api && !preflight;
        }

        private static byte[] decoded(MockHttpServletResponse response) {
            byte[] body = response.getContentAsByteArray();
            if (body.length == 0 || !"gzip".equalsIgnoreCase(response.getHeader(HttpHeaders.CONTENT_ENCODING))) {
                return body;
            }
            try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(body))) {
                return gzip.readAllBytes();
            }
            catch (IOException ex) {
                throw new AssertionError("a body labelled gzip that does not decode", ex);
            }
        }

    }

}
