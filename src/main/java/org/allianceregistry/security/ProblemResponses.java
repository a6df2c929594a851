package org.allianceregistry.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RegistryException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The 401, 403 and 429 answers of the security filters. They are answered by the same
 * exception handler as every other error (through Spring MVC's exception resolvers), so
 * they are the same RFC 9457 problems with the request's correlation id. Only when
 * editors are configured does a 401 carry {@code WWW-Authenticate: Basic}: with none, no
 * credentials could help, and the problem says that writes are disabled. A request that
 * says it is scripted ({@code X-Requested-With: XMLHttpRequest}, as Swagger UI's are)
 * gets the 401 problem without the challenge, which would make a browser raise its own
 * sign-in dialog over the page that sent it; curl and other clients still get it.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "Alliance Registry editors";

    static final String REQUESTED_WITH = "X-Requested-With";

    static final String SCRIPTED = "XMLHttpRequest";

    private final boolean editorsConfigured;

    private final HandlerExceptionResolver resolver;

    ProblemResponses(boolean editorsConfigured, HandlerExceptionResolver resolver) {
        this.editorsConfigured = editorsConfigured;
        this.resolver = resolver;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) {
        if (editorsConfigured) {
            response.addHeader(HttpHeaders.VARY, REQUESTED_WITH);
            if (!SCRIPTED.equalsIgnoreCase(request.getHeader(REQUESTED_WITH))) {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            }
            answer(request, response, ProblemType.AUTHENTICATION_REQUIRED,
                    "Writing to the registry needs an editor's credentials (HTTP Basic); they were missing or wrong.");
        }
        else {
            answer(request, response, ProblemType.WRITES_DISABLED,
                    "Writes are disabled: no editor is configured on this server "
                            + "(set REGISTRY_EDITOR_USERNAME and REGISTRY_EDITOR_PASSWORD). Reads stay open.");
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception) {
        answer(request, response, ProblemType.FORBIDDEN,
                "This account may read but not write; writing needs the editor role.");
    }

    void answer(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail) {
        resolver.resolveException(request, response, null, new RegistryException(type, detail));
    }

}
