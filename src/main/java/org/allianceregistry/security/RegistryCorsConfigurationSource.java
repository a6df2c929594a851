package org.allianceregistry.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.CorsUtils;

/**
 * CORS by method: reads (GET, HEAD) from any origin; writes only from the origins listed
 * in {@code registry.cors.write-origins}, none by default, so a page elsewhere cannot
 * make a browser write.
 */
final class RegistryCorsConfigurationSource implements CorsConfigurationSource {

    private static final List<String> EXPOSED = List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION,
            HttpHeaders.CONTENT_LANGUAGE, HttpHeaders.LAST_MODIFIED, HttpHeaders.CACHE_CONTROL);

    private final CorsConfiguration reads;

    private final CorsConfiguration writes;

    RegistryCorsConfigurationSource(List<String> writeOrigins) {
        reads = new CorsConfiguration();
        reads.setAllowedOrigins(List.of("*"));
        reads.setAllowedMethods(List.of("GET", "HEAD"));
        reads.setAllowedHeaders(List.of(HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.IF_NONE_MATCH,
                HttpHeaders.IF_MODIFIED_SINCE, ProblemResponses.REQUESTED_WITH));
        reads.setExposedHeaders(EXPOSED);
        reads.setMaxAge(3600L);
        writes = new CorsConfiguration();
        writes.setAllowedOrigins(writeOrigins.stream().filter(origin -> !origin.isBlank()).toList());
        writes.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
        writes.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.IF_MATCH,
                HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE, ProblemResponses.REQUESTED_WITH));
        writes.setExposedHeaders(EXPOSED);
        writes.setMaxAge(3600L);
    }

    @Override
    public CorsConfiguration getCorsConfiguration(HttpServletRequest request) {
        String method = CorsUtils.isPreFlightRequest(request)
                ? request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) : request.getMethod();
        boolean read = HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method);
        return read ? reads : writes;
    }

}
