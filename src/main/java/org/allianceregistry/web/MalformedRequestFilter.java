package org.allianceregistry.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Refuses, before anything else reads them, requests the rest of the stack could only
 * fail on: a query string that is not percent-encoded UTF-8 or carries control characters
 * (400 naming the parameter), a {@code Content-Type} that is not one concrete media type
 * (415), or two of them (400). An empty {@code Accept} reads as no {@code Accept} (any
 * type), as clients that send one mean. The refusals are problems, answered by
 * {@link ApiExceptionHandler}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class MalformedRequestFilter extends OncePerRequestFilter {

    /** The media types request bodies are written in. */
    private static final List<MediaType> WRITTEN = List.of(MediaType.APPLICATION_JSON,
            MediaType.valueOf("application/merge-patch+json"));

    private static final Pattern CHARSET_PARAMETER = Pattern.compile("(?i);\\s*charset\\s*=\\s*(\"[^\"]*\"|[^,;]*)");

    private final ObjectProvider<HandlerExceptionResolver> exceptionResolver;

    MalformedRequestFilter(
            @Qualifier("handlerExceptionResolver") ObjectProvider<HandlerExceptionResolver> exceptionResolver) {
        this.exceptionResolver = exceptionResolver;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest readable = readable(request);
        Exception refusal = refusal(readable);
        if (refusal != null) {
            if (exceptionResolver.getObject().resolveException(request, response, null, refusal) == null) {
                throw new ServletException(refusal);
            }
            return;
        }
        chain.doFilter(readable, HttpMethod.HEAD.matches(request.getMethod()) ? new HeadResponse(response) : response);
    }

    /**
     * The request with its Accept as negotiation can use it: an empty one reads as none
     * (any type), and charset parameters are dropped (JSON is UTF-8, RFC 8259 §8.1;
     * asking for another charset made the writers fail).
     */
    private static HttpServletRequest readable(HttpServletRequest request) {
        String accept = HeaderValues.allValues(request, HttpHeaders.ACCEPT);
        if (accept == null) {
            return request;
        }
        if (accept.isBlank()) {
            return new WithAccept(request, null);
        }
        if (!CHARSET_PARAMETER.matcher(accept).find()) {
            return request;
        }
        return new WithAccept(request, CHARSET_PARAMETER.matcher(accept).replaceAll(""));
    }

    /**
     * A refusal of a write that the client would not accept the answer of (its Accept
     * already {@link #readable}): refused before the write is made.
     */
    private static @Nullable Exception unacceptableWrite(HttpServletRequest request) {
        String method = request.getMethod();
        if (HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method) || HttpMethod.OPTIONS.matches(method)) {
            return null;
        }
        String accept = HeaderValues.allValues(request, HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return null;
        }
        try {
            for (MediaType range : MediaType.parseMediaTypes(accept)) {
                if (range.getQualityValue() > 0 && (range.isCompatibleWith(MediaType.APPLICATION_JSON)
                        || range.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))) {
                    return null;
                }
            }
        }
        catch (InvalidMediaTypeException unparseable) {
            // Not acceptable either: the client cannot read any answer it could be given.
        }
        return new HttpMediaTypeNotAcceptableException(List.of(MediaType.APPLICATION_JSON));
    }

    private static @Nullable Exception refusal(HttpServletRequest request) {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        }
        catch (IllegalStateException undecodable) {
            // Tomcat refuses a query string it cannot decode (%ZZ, a cut-off UTF-8
            // sequence) when it is first read.
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
        Exception unacceptable = unacceptableWrite(request);
        if (unacceptable != null) {
            return unacceptable;
        }
        List<String> contentTypes = Collections.list(request.getHeaders(HttpHeaders.CONTENT_TYPE));
        if (contentTypes.size() > 1) {
            return new InvalidParameterException(HttpHeaders.CONTENT_TYPE, "A request has at most one Content-Type.");
        }
        if (!contentTypes.isEmpty()) {
            MediaType contentType = parsed(contentTypes.get(0));
            if (contentType == null || !contentType.isConcrete()) {
                // Spring's detail names the type, or says it could not be parsed.
                return new HttpMediaTypeNotSupportedException(contentType, WRITTEN,
                        HttpMethod.valueOf(request.getMethod()));
            }
        }
        return null;
    }

    private static @Nullable MediaType parsed(String contentType) {
        try {
            return MediaType.parseMediaType(contentType);
        }
        catch (InvalidMediaTypeException unparseable) {
            return null;
        }
    }

    private static boolean printable(String text) {
        return PlainTextDeserializer.plain(text, false);
    }

    /** The request with another Accept header, or none. */
    private static final class WithAccept extends HttpServletRequestWrapper {

        private final @Nullable String accept;

        WithAccept(HttpServletRequest request, @Nullable String accept) {
            super(request);
            this.accept = accept;
        }

        @Override
        public @Nullable String getHeader(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? accept : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if (!HttpHeaders.ACCEPT.equalsIgnoreCase(name)) {
                return super.getHeaders(name);
            }
            return accept == null ? Collections.emptyEnumeration() : Collections.enumeration(List.of(accept));
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = Collections.list(super.getHeaderNames())
                .stream()
                .filter(header -> accept != null || !HttpHeaders.ACCEPT.equalsIgnoreCase(header))
                .toList();
            return Collections.enumeration(names);
        }

    }

    /**
     * A HEAD answer has no body, but an error still says it is a problem: the framework's
     * answer for a path no handler serves set no Content-Type on HEAD.
     */
    private static final class HeadResponse extends HttpServletResponseWrapper {

        HeadResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int status) {
            super.setStatus(status);
            if (status >= 400 && getContentType() == null) {
                setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            }
        }

        @Override
        public void sendError(int status) throws IOException {
            setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            super.sendError(status, message);
        }

    }

}
