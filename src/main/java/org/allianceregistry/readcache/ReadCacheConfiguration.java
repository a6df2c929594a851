package org.allianceregistry.readcache;

import java.time.Clock;
import org.allianceregistry.revision.RegistryRevisionService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReadCacheProperties.class)
class ReadCacheConfiguration {

    /** Runs after security and request-id filters, before Spring MVC. */
    @Bean
    FilterRegistrationBean<ReadCacheFilter> readCacheFilter(ObjectProvider<RegistryRevisionService> revisions,
            @Qualifier("handlerExceptionResolver") ObjectProvider<HandlerExceptionResolver> exceptionResolver,
            Clock clock, ReadCacheProperties properties) {
        FilterRegistrationBean<ReadCacheFilter> registration = new FilterRegistrationBean<>(
                new ReadCacheFilter(revisions, exceptionResolver, clock, properties));
        registration.addUrlPatterns("/api/v1", "/api/v1/*", "/", "/alliances/*", "/states/*", "/sources");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

}
