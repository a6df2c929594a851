package org.allianceregistry.security;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springdoc.core.properties.SwaggerUiOAuthProperties;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springdoc.webmvc.ui.SwaggerIndexPageTransformer;
import org.springdoc.webmvc.ui.SwaggerIndexTransformer;
import org.springdoc.webmvc.ui.SwaggerWelcomeCommon;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.TransformedResource;

/**
 * Swagger UI's requests say they are scripted ({@code X-Requested-With: XMLHttpRequest}),
 * so that a 401 answers them without the {@code WWW-Authenticate} challenge that would
 * make the browser raise its own sign-in dialog over the page ({@link ProblemResponses}).
 * Swagger UI's Authorize button sends the credentials itself. springdoc has no property
 * for a request interceptor: its index transformer, which writes the configuration into
 * {@code swagger-initializer.js}, is extended to add one.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = { "springdoc.swagger-ui.enabled", "springdoc.api-docs.enabled" }, matchIfMissing = true)
class SwaggerUiConfiguration {

    static final String INTERCEPTOR = "requestInterceptor: (request) => { request.headers['"
            + ProblemResponses.REQUESTED_WITH + "'] = '" + ProblemResponses.SCRIPTED + "'; return request; },";

    private static final String BUNDLE = "window.ui = SwaggerUIBundle({";

    /** Takes the place of springdoc's own (which is conditional on no other). */
    @Bean
    SwaggerIndexTransformer scriptedRequestsIndexTransformer(SwaggerUiConfigProperties config,
            SwaggerUiOAuthProperties oauth, SwaggerWelcomeCommon welcome, ObjectMapperProvider objectMapper) {
        return new SwaggerIndexPageTransformer(config, oauth, welcome, objectMapper) {
            @Override
            public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain)
                    throws IOException {
                Resource transformed = super.transform(request, resource, chain);
                if (!(transformed instanceof TransformedResource initializer)
                        || !"swagger-initializer.js".equals(resource.getFilename())) {
                    return transformed;
                }
                String script = new String(initializer.getByteArray(), StandardCharsets.UTF_8);
                if (!script.contains(BUNDLE)) {
                    throw new IllegalStateException("Swagger UI's initializer no longer creates " + BUNDLE
                            + ": its requests would raise the browser's sign-in dialog");
                }
                return new TransformedResource(resource,
                        script.replace(BUNDLE, BUNDLE + "\n    " + INTERCEPTOR).getBytes(StandardCharsets.UTF_8));
            }
        };
    }

}
