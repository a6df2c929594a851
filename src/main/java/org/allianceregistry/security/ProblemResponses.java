package org.allianceregistry.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.allianceregistry.web.CorrelationIdFilter;
import org.allianceregistry.web.ProblemTypes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 401, 403 and 429 answers of the security filters, as RFC 9457 problems like every
 * other error, with the request's correlation id. Only when editors are configured does a
 * 401 carry {@code WWW-Authenticate: Basic}: with none, no credentials could help, and
 * the problem says that writes are disabled.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "Alliance Registry editors";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final boolean editorsConfigured;

    ProblemResponses(boolean editorsConfigured) {
        this.editorsConfigured = editorsConfigured;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (editorsConfigured) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            write(request, response, HttpStatus.UNAUTHORIZED, "authentication-required", "Authentication required",
                    "Writing to the registry needs an editor's credentials (HTTP Basic); they were missing or wrong.");
        }
        else {
            write(request, response, HttpStatus.UNAUTHORIZED, "writes-disabled", "Writes are disabled",
                    "Writes are disabled: no editor is configured on this server "
                            + "(set REGISTRY_EDITOR_USERNAME and REGISTRY_EDITOR_PASSWORD). Reads stay open.");
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "This account may read but not write; writing needs the editor role.");
    }

    static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
            String title, String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ProblemTypes.of(type).toString());
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        if (CorrelationIdFilter.of(request) instanceof String id) {
            problem.put(CorrelationIdFilter.MDC_KEY, id);
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }

}
