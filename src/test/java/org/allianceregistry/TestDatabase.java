package org.allianceregistry;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * The database under the shared integration test context. By default an in-memory H2
 * database ({@code application.properties}); when the system property
 * {@code registry.test.database} is {@code postgres} (the second Surefire execution in
 * {@code pom.xml} reruns the API tests so), a throw-away PostgreSQL database reached
 * through the production {@code postgres} profile, created once per run and dropped when
 * the run ends. That rerun is skipped with a message where no {@link PostgresTestServer}
 * is configured.
 */
public final class TestDatabase implements ActiveProfilesResolver,
        ApplicationContextInitializer<ConfigurableApplicationContext>, ExecutionCondition {

    static final String PROPERTY = "registry.test.database";

    private static @Nullable PostgresTestDatabase postgres;

    static boolean onPostgres() {
        return "postgres".equals(System.getProperty(PROPERTY));
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return onPostgres() ? new String[] { "postgres" } : new String[0];
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (onPostgres()) {
            PostgresTestDatabase database = postgres();
            context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("registryTestDatabase", Map.of("REGISTRY_DB_URL", database.url(),
                        "REGISTRY_DB_USERNAME", database.username(), "REGISTRY_DB_PASSWORD", database.password())));
        }
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (onPostgres() && !PostgresTestServer.configured()) {
            return ConditionEvaluationResult.disabled(PostgresTestServer.skipped());
        }
        return ConditionEvaluationResult.enabled(onPostgres() ? "PostgreSQL" : "H2");
    }

    private static synchronized PostgresTestDatabase postgres() {
        if (postgres == null) {
            PostgresTestDatabase database = PostgresTestServer.createDatabase();
            System.out.println("[registry tests] API tests on PostgreSQL, database " + database.name());
            Runtime.getRuntime().addShutdownHook(new Thread(database::drop, "drop-" + database.name()));
            postgres = database;
        }
        return postgres;
    }

}
