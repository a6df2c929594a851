package org.allianceregistry.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * The media types the API produces are the documented ones: JSON, CSV and iCalendar where
 * an operation offers them, and {@code application/problem+json} for problems. No
 * converter is active by accident: Jackson's YAML, Smile, CBOR and XML converters (on the
 * classpath through springdoc) are removed, so an {@code Accept} naming only them is a
 * 406 problem. A resource is never labelled a problem: asked for
 * {@code application/problem+json} only, a read answers its plain JSON (RFC 9110 lets a
 * server disregard an Accept it cannot meet; RFC 9457 reserves the type for problem
 * details).
 */
@Configuration(proxyBeanMethods = false)
class MediaTypesConfiguration implements WebMvcConfigurer {

    /** Subtypes of the data formats the API does not offer. */
    private static final List<String> UNOFFERED = List.of("yaml", "x-yaml", "x-jackson-smile", "cbor", "xml");

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.configureMessageConvertersList(converters -> converters.removeIf(MediaTypesConfiguration::unoffered));
    }

    static boolean unoffered(HttpMessageConverter<?> converter) {
        return converter.getSupportedMediaTypes()
            .stream()
            .anyMatch(type -> UNOFFERED.stream()
                .anyMatch(subtype -> type.getSubtype().equals(subtype) || type.getSubtype().endsWith("+" + subtype)));
    }

    @Bean
    ResourcesAreNotProblems resourcesAreNotProblems() {
        return new ResourcesAreNotProblems();
    }

    /**
     * Labels a body that is not a problem {@code application/json} when content
     * negotiation chose {@code application/problem+json} for it (the JSON converter
     * writes any {@code +json} type).
     */
    @ControllerAdvice
    static class ResourcesAreNotProblems implements ResponseBodyAdvice<Object> {

        @Override
        public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
            return true;
        }

        @Override
        public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType,
                MediaType selectedContentType, Class<? extends HttpMessageConverter<?>> selectedConverterType,
                ServerHttpRequest request, ServerHttpResponse response) {
            boolean error = response instanceof ServletServerHttpResponse servlet
                    && servlet.getServletResponse().getStatus() >= 400;
            if (MediaType.APPLICATION_PROBLEM_JSON.equalsTypeAndSubtype(selectedContentType) && body != null
                    && !(body instanceof ProblemDetail) && !error) {
                response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
            }
            return body;
        }

    }

}
