package org.allianceregistry.security;

import org.allianceregistry.shared.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsProcessor;
import org.springframework.web.cors.DefaultCorsProcessor;

/**
 * Spring's CORS checks, with a refusal answered as a 403 problem instead of the plain
 * text "Invalid CORS request".
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
        if (checks.processRequest(configuration, request, response)) {
            return true;
        }
        problems.answer(request, response, ProblemType.CORS_REJECTED,
                "Origin " + request.getHeader(HttpHeaders.ORIGIN)
                        + " may not make this request: pages on any origin may "
                        + "read (GET, HEAD), only the origins in registry.cors.write-origins may write.");
        return false;
    }

}
