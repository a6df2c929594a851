package org.allianceregistry.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.RecordComponent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Strict query parameters: a request to the API naming a query parameter its operation
 * does not declare (a {@code @RequestParam}, or a component of a {@code @ParameterObject}
 * record such as {@link PageParameters}) is a 400 {@code invalid-parameter} problem
 * naming it, so a misspelt filter cannot silently answer everything.
 */
@Configuration(proxyBeanMethods = false)
class StrictParametersConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new StrictParameters()).addPathPatterns("/api/**");
    }

    static final class StrictParameters implements HandlerInterceptor {

        private static final String API_PACKAGE = "org.allianceregistry.";

        private final Map<HandlerMethod, Set<String>> declared = new ConcurrentHashMap<>();

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            if (!(handler instanceof HandlerMethod method) || !method.getBeanType().getName().startsWith(API_PACKAGE)) {
                return true;
            }
            Set<String> names = declared.computeIfAbsent(method, StrictParameters::declaredNames);
            for (String name : queryParameterNames(request.getQueryString())) {
                if (!names.contains(name)) {
                    String shown = name.length() > 64 ? name.substring(0, 64) + "…" : name;
                    throw new InvalidParameterException(shown, "This operation has no parameter '" + shown + "'"
                            + (names.isEmpty() ? "; it takes none." : "; it takes: " + String.join(", ", names) + "."));
                }
            }
            return true;
        }

        private static Set<String> declaredNames(HandlerMethod method) {
            Set<String> names = new LinkedHashSet<>();
            for (MethodParameter parameter : method.getMethodParameters()) {
                RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
                if (requestParam != null) {
                    String name = StringUtils.hasText(requestParam.name()) ? requestParam.name()
                            : parameter.getParameterName();
                    if (name != null) {
                        names.add(name);
                    }
                }
                else if (parameter.hasParameterAnnotation(ParameterObject.class)
                        && parameter.getParameterType().isRecord()) {
                    Arrays.stream(parameter.getParameterType().getRecordComponents())
                        .map(RecordComponent::getName)
                        .forEach(names::add);
                }
            }
            return names;
        }

        /** The decoded names in a query string, each once, in order. */
        static Set<String> queryParameterNames(@Nullable String query) {
            Set<String> names = new LinkedHashSet<>();
            if (query == null || query.isEmpty()) {
                return names;
            }
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                try {
                    names.add(URLDecoder.decode(name, StandardCharsets.UTF_8));
                }
                catch (IllegalArgumentException malformed) {
                    names.add(name);
                }
            }
            return names;
        }

    }

}
