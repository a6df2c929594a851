package org.allianceregistry.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a correlation id: the caller's {@code X-Request-Id} when it looks
 * like an id, a new UUID otherwise. The id is answered in the same header, is in the
 * logging context ({@code correlationId}) of every line logged while the request is
 * served, and is carried by problem responses, so that a client's report of an error
 * leads to its log lines.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CorrelationIdFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";

    /**
     * The key of the id in the logging context, and the name of the property that carries
     * it in a problem.
     */
    public static final String MDC_KEY = "correlationId";

    private static final String ATTRIBUTE = CorrelationIdFilter.class.getName() + ".id";

    // A caller's id ends up in the logs: only short ids of letters, digits and separators
    // are taken over.
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // An error dispatch is the same request: it keeps the id given to it before.
        String id = request.getAttribute(ATTRIBUTE) instanceof String known ? known : newId(request.getHeader(HEADER));
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        }
        finally {
            MDC.remove(MDC_KEY);
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /**
     * Adds the correlation id of the request being answered, if it has one, to
     * {@code problem}.
     */
    static void addTo(ProblemDetail problem, @Nullable Object id) {
        if (id instanceof String value) {
            problem.setProperty(MDC_KEY, value);
        }
    }

    static @Nullable Object of(RequestAttributes request) {
        return request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    }

    /**
     * The correlation id of the request, set before any other filter; null outside a
     * request the filter saw.
     */
    public static @Nullable Object of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE);
    }

    private static String newId(@Nullable String given) {
        return given != null && ACCEPTED.matcher(given).matches() ? given : randomUuid();
    }

    /**
     * A random (version 4) UUID from the thread's own generator: a correlation id must be
     * unique, not unguessable, and {@link UUID#randomUUID()} draws on the one shared
     * SecureRandom, which every request thread then waits for in turn.
     */
    static String randomUuid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long mostSignificant = random.nextLong() & ~0xF000L | 0x4000L;
        long leastSignificant = random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UUID(mostSignificant, leastSignificant).toString();
    }

}
