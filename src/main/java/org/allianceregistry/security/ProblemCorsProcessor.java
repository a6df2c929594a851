package org.allianceregistry.security;

import org.allianceregistry.shared.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsProcessor;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.cors.DefaultCorsProcessor;

/**
 * Spring's CORS checks, with a refusal answered as a 403 problem instead of the plain
 * text "Invalid CORS request".
 *
 * <p>
 * A request any origin may make (a read) answers {@code Access-Control-Allow-Origin: *}
 * whether or not it carries {@code Origin}, and so does not vary by it: a shared cache
 * that stored the answer to a request without Origin hands a browser the same CORS
 * headers it would have got. Preflights and writes, whose answer does depend on the
 * origin, go through Spring's checks, which add {@code Vary: Origin}.
 */
final class ProblemCorsProcessor implements CorsProcessor {

    private final ProblemResponses problems;

    ProblemCorsProcessor(ProblemResponses problems) {
        this.problems = problems;
    }

    private final CorsProcessor checks = new DefaultCorsProcessor() {
        @Override
        protected void rejectRequest(ServerHttpResponse response) {
            // Answered below, as a problem.
        }
    };

    @Override
    public boolean processRequest(@Nullable CorsConfiguration configuration, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        if (configuration != null && anyOrigin(configuration) && !CorsUtils.isPreFlightRequest(request)) {
            response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, CorsConfiguration.ALL);
            List<String> exposed = configuration.getExposedHeaders();
            if (exposed != null && !exposed.isEmpty()) {
                response.setHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, String.join(", ", exposed));
            }
            return true;
        }
        if (checks.processRequest(configuration, request, response)) {
            return true;
        }
        problems.answer(request, response, ProblemType.CORS_REJECTED,
                "Origin " + request.getHeader(HttpHeaders.ORIGIN)
                        + " may not make this request: pages on any origin may "
                        + "read (GET, HEAD), only the origins in registry.cors.write-origins may write.");
        return false;
    }

    /** Any origin, without credentials: the answer is the same for every origin. */
    private static boolean anyOrigin(CorsConfiguration configuration) {
        List<String> origins = configuration.getAllowedOrigins();
        return origins != null && origins.contains(CorsConfiguration.ALL)
                && !Boolean.TRUE.equals(configuration.getAllowCredentials())
                && (configuration.getAllowedOriginPatterns() == null
                        || configuration.getAllowedOriginPatterns().isEmpty());
    }

}
