package org.allianceregistry.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxAttempts wrong credentials from one client address within the window after
 * which its requests with credentials are refused (429) until the window ends
 * @param window how long a series of failed logins counts, from the first of them
 */
@ConfigurationProperties("registry.security.failed-logins")
record FailedLoginProperties(@DefaultValue("10") int maxAttempts, @DefaultValue("15m") Duration window) {
}
