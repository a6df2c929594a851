package org.allianceregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The registry refuses to start, at once and saying why, when its database is unusable.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTests {

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aDatabaseThatCannotBeReachedStopsTheStartNamingIt(CapturedOutput output) {
        assertThatThrownBy(() -> start("--spring.profiles.active=postgres",
                "--REGISTRY_DB_URL=jdbc:postgresql://127.0.0.1:1/registry?password=in-the-url",
                "--REGISTRY_DB_USERNAME=registry", "--REGISTRY_DB_PASSWORD=not-for-the-log"));

        assertThat(output)
            .contains("APPLICATION FAILED TO START",
                    "could not connect to the database jdbc:postgresql://127.0.0.1:1/registry as user 'registry'",
                    "Check REGISTRY_DB_URL")
            .doesNotContain("not-for-the-log", "in-the-url");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aFailedMigrationStopsTheStartNamingTheMigration(CapturedOutput output) {
        assertThatThrownBy(
                () -> start("--spring.flyway.locations=classpath:db/migration,classpath:db/seed,classpath:db/broken"));

        assertThat(output).contains("APPLICATION FAILED TO START", "Migrating the database jdbc:h2:mem:registry-",
                "V9000__insert_into_a_missing_table.sql", "no_such_table");
    }

    private static void start(String... arguments) {
        String[] all = new String[arguments.length + 1];
        System.arraycopy(arguments, 0, all, 0, arguments.length);
        all[arguments.length] = "--server.port=0";
        new SpringApplicationBuilder(RegistryApplication.class).run(all).close();
    }

}
