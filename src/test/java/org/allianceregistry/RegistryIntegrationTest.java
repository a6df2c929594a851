package org.allianceregistry;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The one full application context the integration tests share: the whole registry on a fresh in-memory database,
 * seeded by the real migrations, with today fixed by {@link FixedClockConfiguration}. It runs a real server on a
 * random port too, so tests can also speak HTTP to it as a client would ({@code @LocalServerPort}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(FixedClockConfiguration.class)
public @interface RegistryIntegrationTest {
}
