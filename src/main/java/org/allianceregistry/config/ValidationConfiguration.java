package org.allianceregistry.config;

import jakarta.validation.constraints.NotBlank;
import org.allianceregistry.shared.UnicodeNotBlankValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ValidationConfiguration {

    /**
     * "Not blank" means not blank in Unicode terms: {@link UnicodeNotBlankValidator}
     * replaces the built-in check.
     */
    @Bean
    ValidationConfigurationCustomizer unicodeNotBlank() {
        return configuration -> {
            if (configuration instanceof HibernateValidatorConfiguration hibernate) {
                ConstraintMapping mapping = hibernate.createConstraintMapping();
                mapping.constraintDefinition(NotBlank.class)
                    .includeExistingValidators(false)
                    .validatedBy(UnicodeNotBlankValidator.class);
                hibernate.addMapping(mapping);
            }
        };
    }

}
