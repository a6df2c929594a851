package org.allianceregistry.web;

import org.allianceregistry.shared.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over {@value #LIMIT} bytes ({@value #DATASET_UPLOAD_LIMIT} for a
 * dataset import, {@code PUT /api/v1/datasets/{id}}) with 413 before anything reads them:
 * a declared {@code Content-Length} is checked at once, a chunked body as it is read. It
 * runs before authentication, so an oversized body costs the server nothing, credentials
 * or not.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    static final int LIMIT = 64 * 1024;

    /**
     * A dataset import carries the producer's files: ATOP's member file alone is 530 KiB.
     */
    static final int DATASET_UPLOAD_LIMIT = 4 * 1024 * 1024;

    private static final Pattern DATASET_UPLOAD = Pattern.compile("/api/v1/datasets/[^/]+/?");

    static int limitFor(HttpServletRequest request) {
        return HttpMethod.PUT.matches(request.getMethod()) && DATASET_UPLOAD.matcher(request.getRequestURI()).matches()
                ? DATASET_UPLOAD_LIMIT : LIMIT;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        int limit = limitFor(request);
        if (request.getContentLengthLong() > limit) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setHeader("Connection", "close");
            response.getOutputStream()
                .write(("{\"type\":\"%s\",\"title\":\"Request body too large\",\"status\":413,"
                        + "\"detail\":\"A request body may have at most %d bytes.\",\"instance\":\"%s\"}")
                    .formatted(ProblemType.PAYLOAD_TOO_LARGE.uri(), limit, request.getRequestURI().replace("\"", ""))
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Limited(request, limit) : request, response);
    }

    /**
     * Thrown while reading a body without a declared length once it passes the limit;
     * answered with 413.
     */
    static final class BodyTooLargeException extends IOException {

        BodyTooLargeException(int limit) {
            super("request body over " + limit + " bytes");
        }

    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final int limit;

        private ServletInputStream stream;

        Limited(HttpServletRequest request, int limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream delegate = super.getInputStream();
                stream = new ServletInputStream() {
                    private long count;

                    @Override
                    public int read() throws IOException {
                        int b = delegate.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = delegate.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws BodyTooLargeException {
                        count += n;
                        if (count > limit) {
                            throw new BodyTooLargeException(limit);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return delegate.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return delegate.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        delegate.setReadListener(listener);
                    }
                };
            }
            return stream;
        }

    }

}
