package org.allianceregistry;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.allianceregistry.contract.ContractValidation;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one full application context the integration tests share: the whole registry on a
 * fresh database, seeded by the real migrations, with today fixed by
 * {@link FixedClockConfiguration} and metrics exported as in production. The database is
 * an in-memory H2, or a throw-away PostgreSQL one when the API tests are rerun there
 * ({@link TestDatabase}). It runs a real server on a random port too, so tests can also
 * speak HTTP to it as a client would ({@code @LocalServerPort}). Every API response a
 * test gets through MockMvc is checked against the description the server serves
 * ({@link ContractValidation}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@AutoConfigureMetrics
@Import({ FixedClockConfiguration.class, ContractValidation.class })
@ActiveProfiles(resolver = TestDatabase.class)
@ContextConfiguration(initializers = TestDatabase.class)
@ExtendWith(TestDatabase.class)
public @interface RegistryIntegrationTest {

}
