package org.allianceregistry.security;

import org.allianceregistry.shared.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before their credentials are checked, requests that carry credentials from an
 * address with too many failed logins: 429 with {@code Retry-After}, as a problem.
 * Requests without credentials pass.
 */
final class FailedLoginGate extends OncePerRequestFilter {

    private final FailedLogins failedLogins;

    private final ProblemResponses problems;

    FailedLoginGate(FailedLogins failedLogins, ProblemResponses problems) {
        this.failedLogins = failedLogins;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Duration wait = request.getHeader(HttpHeaders.AUTHORIZATION) == null ? Duration.ZERO
                : failedLogins.retryAfter(request.getRemoteAddr());
        if (wait.isZero()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        problems.answer(request, response, ProblemType.TOO_MANY_FAILED_LOGINS,
                "Too many wrong credentials came from this address; they are not checked " + "again for " + seconds
                        + " seconds (Retry-After). Reads need no credentials.");
    }

}
