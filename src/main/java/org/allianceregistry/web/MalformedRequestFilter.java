package org.allianceregistry.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Refuses, before anything else reads them, requests the rest of the stack could only fail on: a query string
 * that is not percent-encoded UTF-8 or carries control characters (400 naming the parameter), a {@code Content-Type}
 * that is not one concrete media type (415), or two of them (400). An empty {@code Accept} reads as no {@code Accept}
 * (any type), as clients that send one mean. The refusals are problems, answered by {@link ApiExceptionHandler}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class MalformedRequestFilter extends OncePerRequestFilter {

    /** The media types request bodies are written in. */
    private static final List<MediaType> WRITTEN = List.of(MediaType.APPLICATION_JSON, MediaType.valueOf("application/merge-patch+json"));

    private final ObjectProvider<HandlerExceptionResolver> exceptionResolver;

    MalformedRequestFilter(@Qualifier("handlerExceptionResolver") ObjectProvider<HandlerExceptionResolver> exceptionResolver) {
        this.exceptionResolver = exceptionResolver;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Exception refusal = refusal(request);
        if (refusal != null) {
            if (exceptionResolver.getObject().resolveException(request, response, null, refusal) == null) {
                throw new ServletException(refusal);
            }
            return;
        }
        boolean emptyAccept = request.getHeader(HttpHeaders.ACCEPT) != null && allBlank(request.getHeaders(HttpHeaders.ACCEPT));
        chain.doFilter(emptyAccept ? new WithoutAccept(request) : request, response);
    }

    private static @Nullable Exception refusal(HttpServletRequest request) {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (IllegalStateException undecodable) {
            // Tomcat refuses a query string it cannot decode (%ZZ, a cut-off UTF-8 sequence) when it is first read.
            return new InvalidParameterException("query", "The query string is not valid percent-encoded UTF-8.");
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (!printable(name)) {
                return new InvalidParameterException("query", "A parameter name contains control characters.");
            }
            for (String value : parameter.getValue()) {
                if (!printable(value)) {
                    return new InvalidParameterException(name, "Parameter '" + name + "' contains control characters.");
                }
            }
        }
        List<String> contentTypes = Collections.list(request.getHeaders(HttpHeaders.CONTENT_TYPE));
        if (contentTypes.size() > 1) {
            return new InvalidParameterException(HttpHeaders.CONTENT_TYPE, "A request has at most one Content-Type.");
        }
        if (!contentTypes.isEmpty()) {
            MediaType contentType = parsed(contentTypes.get(0));
            if (contentType == null || !contentType.isConcrete()) {
                // Spring's detail names the type, or says it could not be parsed.
                return new HttpMediaTypeNotSupportedException(contentType, WRITTEN, HttpMethod.valueOf(request.getMethod()));
            }
        }
        return null;
    }

    private static @Nullable MediaType parsed(String contentType) {
        try {
            return MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException unparseable) {
            return null;
        }
    }

    private static boolean printable(String text) {
        return PlainTextDeserializer.plain(text, false);
    }

    private static boolean allBlank(Enumeration<String> values) {
        while (values.hasMoreElements()) {
            if (!values.nextElement().isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The request as if it had no Accept header. */
    private static final class WithoutAccept extends HttpServletRequestWrapper {

        WithoutAccept(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable String getHeader(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(header -> !HttpHeaders.ACCEPT.equalsIgnoreCase(header)).toList());
        }
    }
}
