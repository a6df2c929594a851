package org.allianceregistry.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.allianceregistry.shared.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Names follow {@code Accept-Language}: English, Russian or Arabic, English when the
 * header names none of them. Responses say which language they chose
 * ({@code Content-Language}) and that they vary by the header. The pages for people
 * (outside {@code /api}) also take a {@code lang} parameter, so that a reader can switch
 * language with a link; the API keeps to the header.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                Locale chosen = chosenOnPage(request);
                return chosen != null ? chosen : super.resolveLocale(request);
            }
        };
        resolver.setSupportedLocales(List.of(Locale.ENGLISH, Language.RU.locale(), Language.AR.locale()));
        resolver.setDefaultLocale(Locale.ENGLISH);
        return resolver;
    }

    /** The language a page's {@code lang} parameter names, if it names one of ours. */
    private static @Nullable Locale chosenOnPage(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        String lang = request.getParameter("lang");
        if (lang == null) {
            return null;
        }
        return switch (lang) {
            case "en" -> Locale.ENGLISH;
            case "ru" -> Language.RU.locale();
            case "ar" -> Language.AR.locale();
            default -> null;
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                response.setHeader(HttpHeaders.CONTENT_LANGUAGE,
                        Language.of(LocaleContextHolder.getLocale()).locale().toLanguageTag());
                response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
                return true;
            }
        }).addPathPatterns("/api/**");
    }

}
