package org.allianceregistry.security;

import com.github.benmanes.caffeine.cache.Ticker;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.filter.CorsFilter;

/**
 * Reads are public; every write needs an authenticated editor (HTTP Basic, role
 * {@value #EDITOR}).
 * <ul>
 * <li>Accounts come from {@code registry.editor.username}/{@code password} (normally the
 * environment variables
 * {@code REGISTRY_EDITOR_USERNAME}/{@code REGISTRY_EDITOR_PASSWORD}) and, optionally, a
 * read-only {@code registry.reader.*} account that can authenticate but not write (403).
 * There is no default password; passwords are hashed (bcrypt) at start-up. With no editor
 * configured every write answers 401 "writes disabled".</li>
 * <li>Password guessing is slowed down: after too many wrong credentials from one
 * address, its credentials are not checked for a while (429, {@link FailedLogins}).</li>
 * <li>Stateless: no session, no CSRF token (no cookies are ever issued, so there is
 * nothing to forge).</li>
 * <li>Spring Security's default {@code Cache-Control: no-cache, no-store} is switched
 * off: the registry's public reads are cacheable and carry their own caching headers. The
 * other default headers (X-Content-Type-Options, X-Frame-Options: DENY, ...) stay.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FailedLoginProperties.class)
@SecurityScheme(name = SecurityConfiguration.SCHEME, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "An editor's user name and password (HTTP Basic). Reads need no credentials.")
public class SecurityConfiguration {

    static final String EDITOR = "EDITOR";
    static final String READER = "READER";

    /** The OpenAPI security scheme of write operations. */
    public static final String SCHEME = "basicAuth";

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    /**
     * A read without credentials (GET or HEAD with no Authorization) needs neither
     * authentication nor authorization: its chain writes the same security headers and
     * answers CORS as the full chain does, and nothing else. A read with credentials, a
     * preflight and every write take the full chain below.
     */
    @Bean
    @Order(1)
    SecurityFilterChain anonymousReads(HttpSecurity http, Environment environment,
            RegistryCorsConfigurationSource corsConfiguration,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver exceptionResolver) throws Exception {
        ProblemResponses problems = new ProblemResponses(account(environment, "registry.editor").configured(),
                exceptionResolver);
        CorsFilter cors = new CorsFilter(corsConfiguration);
        cors.setCorsProcessor(new ProblemCorsProcessor(problems));
        http.securityMatcher(SecurityConfiguration::isAnonymousRead)
            .addFilter(cors)
            .csrf(csrf -> csrf.disable())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(cache -> cache.disable())
            .securityContext(context -> context.requireExplicitSave(true))
            .formLogin(form -> form.disable())
            .logout(logout -> logout.disable())
            .anonymous(anonymous -> anonymous.disable())
            .servletApi(servletApi -> servletApi.disable())
            .exceptionHandling(exceptions -> exceptions.disable())
            .headers(headers -> headers.cacheControl(cache -> cache.disable()));
        return http.build();
    }

    static boolean isAnonymousRead(HttpServletRequest request) {
        String method = request.getMethod();
        return (HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method))
                && request.getHeader(HttpHeaders.AUTHORIZATION) == null;
    }

    /**
     * Security's own observations (one per filter of the chain, per request) are off: the
     * requests' metrics ({@code http.server.requests}) stay, measured around the whole
     * chain.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Spring Security's firewall with its checks of header names, header values and
     * parameter names as they are, made without a regular expression per header
     * ({@link FirewallText}).
     */
    @Bean
    StrictHttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(FirewallText::assignedAndNotControl);
        firewall.setAllowedHeaderValues(FirewallText::headerValue);
        firewall.setAllowedParameterNames(FirewallText::assignedAndNotControl);
        return firewall;
    }

    @Bean
    @Order(2)
    SecurityFilterChain registrySecurity(HttpSecurity http, Environment environment, FailedLogins failedLogins,
            RegistryCorsConfigurationSource corsConfiguration,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver exceptionResolver) throws Exception {
        ProblemResponses problems = new ProblemResponses(account(environment, "registry.editor").configured(),
                exceptionResolver);
        CorsFilter cors = new CorsFilter(corsConfiguration);
        cors.setCorsProcessor(new ProblemCorsProcessor(problems));
        http.addFilterBefore(new FailedLoginGate(failedLogins, problems), BasicAuthenticationFilter.class)
            .addFilter(cors)
            .csrf(csrf -> csrf.disable())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(cache -> cache.disable())
            .securityContext(context -> context.requireExplicitSave(true))
            .formLogin(form -> form.disable())
            .logout(logout -> logout.disable())
            .anonymous(Customizer.withDefaults())
            .headers(headers -> headers.cacheControl(cache -> cache.disable()))
            .httpBasic(basic -> basic.realmName(ProblemResponses.REALM).authenticationEntryPoint(problems))
            .exceptionHandling(
                    exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
            .authorizeHttpRequests(
                    requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                        .permitAll()
                        .requestMatchers("/error")
                        .permitAll()
                        // Only health, info and prometheus are exposed (anything else
                        // under /actuator is a 404);
                        // health details show to editors only
                        // (management.endpoint.health.show-details).
                        .requestMatchers(HttpMethod.GET, "/actuator", "/actuator/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET)
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD)
                        .permitAll()
                        .requestMatchers(HttpMethod.OPTIONS)
                        .permitAll()
                        .anyRequest()
                        .hasRole(EDITOR));
        return http.build();
    }

    @Bean
    FailedLogins failedLogins(FailedLoginProperties properties) {
        return new FailedLogins(properties, Ticker.systemTicker());
    }

    /**
     * A request the firewall refuses (a control character in a header, an encoded slash
     * in the path) is a client error: 400, answered as a problem by the error controller,
     * never the 500 of an escaped exception.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new HttpStatusRequestRejectedHandler(HttpServletResponse.SC_BAD_REQUEST);
    }

    /**
     * The accounts, known only to the provider below (as a bean, Spring Security would
     * warn it goes unused).
     */
    private static UserDetailsService registryAccounts(Environment environment) {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        List<UserDetails> users = new ArrayList<>();
        Account editor = account(environment, "registry.editor");
        Account reader = account(environment, "registry.reader");
        if (editor.configured()) {
            users.add(user(editor, encoder, EDITOR));
        }
        else {
            log.warn(
                    "No editor is configured (REGISTRY_EDITOR_USERNAME, REGISTRY_EDITOR_PASSWORD): the registry is read-only.");
        }
        if (reader.configured()) {
            users.add(user(reader, encoder, READER));
        }
        return new InMemoryUserDetailsManager(users);
    }

    /**
     * The accounts' passwords checked with bcrypt, the right ones remembered for a while
     * ({@link RememberedCredentials}). Stored hashes are not re-hashed on login: the
     * configured hash is the one in use.
     */
    @Bean
    AuthenticationProvider registryAuthentication(Environment environment, PasswordEncoder encoder) {
        DaoAuthenticationProvider bcrypt = new DaoAuthenticationProvider(registryAccounts(environment));
        bcrypt.setPasswordEncoder(encoder);
        return new RememberedCredentials(bcrypt, Ticker.systemTicker());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    RegistryCorsConfigurationSource corsConfigurationSource(Environment environment) {
        List<String> writeOrigins = Binder.get(environment)
            .bind("registry.cors.write-origins", Bindable.listOf(String.class))
            .orElse(List.of());
        return new RegistryCorsConfigurationSource(writeOrigins);
    }

    private static UserDetails user(Account account, PasswordEncoder encoder, String role) {
        String password = account.password();
        String hashed = password.startsWith("{bcrypt}") ? password : encoder.encode(password);
        return User.withUsername(account.username().trim()).password(hashed).roles(role).build();
    }

    static Account account(Environment environment, String prefix) {
        return Binder.get(environment).bind(prefix, Account.class).orElse(Account.NONE);
    }

}
