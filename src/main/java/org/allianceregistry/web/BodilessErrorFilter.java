package org.allianceregistry.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RegistryException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Some answers leave the framework as an error status with no body at all (an actuator
 * endpoint asked for a health group it does not have answers a bare 404): they get the
 * problem of their status, like every other error.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 25)
class BodilessErrorFilter extends OncePerRequestFilter {

    private final ObjectProvider<HandlerExceptionResolver> exceptionResolver;

    BodilessErrorFilter(
            @Qualifier("handlerExceptionResolver") ObjectProvider<HandlerExceptionResolver> exceptionResolver) {
        this.exceptionResolver = exceptionResolver;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        BodyWatcher watched = new BodyWatcher(response);
        chain.doFilter(request, watched);
        int status = response.getStatus();
        if (status >= 400 && !watched.bodyStarted && !response.isCommitted()) {
            ProblemType type = ProblemType.forStatus(status);
            response.resetBuffer();
            response.setContentLengthLong(-1);
            exceptionResolver.getObject()
                .resolveException(request, response, null,
                        new RegistryException(type,
                                type.status() == status ? "The request could not be processed: " + type.title() + "."
                                        : "The request could not be processed (status " + status + ")."));
            response.setStatus(status);
        }
    }

    private static final class BodyWatcher extends HttpServletResponseWrapper {

        private boolean bodyStarted;

        BodyWatcher(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            bodyStarted = true;
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            bodyStarted = true;
            return super.getWriter();
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            bodyStarted = true;
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            bodyStarted = true;
            super.sendError(status);
        }

    }

}
