package org.allianceregistry.web;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The write protocol's request side, once for every handler: an {@link IfMatch} argument
 * is read from the header, and documented as a required {@code If-Match} header.
 */
@Configuration(proxyBeanMethods = false)
class WriteProtocolConfiguration implements WebMvcConfigurer {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(IfMatch.class);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new IfMatchArgumentResolver());
    }

    @Bean
    OperationCustomizer ifMatchHeader() {
        return (operation, handler) -> {
            if (Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.getParameterType() == IfMatch.class)) {
                operation.addParametersItem(new HeaderParameter().name(IfMatch.HEADER)
                    .required(true)
                    .description(IfMatch.DESCRIPTION)
                    .schema(new StringSchema())
                    .example("\"0\""));
            }
            return operation;
        };
    }

}
