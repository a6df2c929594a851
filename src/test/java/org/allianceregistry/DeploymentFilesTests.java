package org.allianceregistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml and the Dockerfile describe a sound deployment. Docker cannot run on
 * the build machines, so these files are read and checked here.
 */
class DeploymentFilesTests {

    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|secret|token|credential|key).*");

    // A reference the operator must fill in: ${NAME} or ${NAME:?message}, never a default
    // value.
    private static final Pattern REQUIRED_REFERENCE = Pattern.compile("\\$\\{[A-Z][A-Z0-9_]*(:?\\?[^}]*)?}");

    @Test
    void composeRunsTheDatabaseWithAVolumeAndAHealthCheck() throws IOException {
        Map<String, Object> db = service("db");

        assertThat((String) db.get("image")).startsWith("postgres:");
        assertThat(strings(db.get("volumes"))).anySatisfy(volume -> assertThat(volume).startsWith("registry-db:"));
        assertThat(map(compose().get("volumes"))).containsKey("registry-db");
        assertThat(strings(map(db.get("healthcheck")).get("test")))
            .anySatisfy(part -> assertThat(part).contains("pg_isready"));
    }

    @Test
    void composeBuildsTheAppAndStartsItOnceTheDatabaseIsHealthy() throws IOException {
        Map<String, Object> app = service("app");

        assertThat(app.get("build")).isEqualTo(".");
        assertThat(map(map(app.get("depends_on")).get("db")).get("condition")).isEqualTo("service_healthy");
        assertThat(map(app.get("environment"))).containsEntry("SPRING_PROFILES_ACTIVE", "postgres")
            .containsKeys("REGISTRY_DB_URL", "REGISTRY_DB_USERNAME", "REGISTRY_DB_PASSWORD");
        assertThat(strings(map(app.get("healthcheck")).get("test")))
            .anySatisfy(part -> assertThat(part).endsWith("/actuator/health/readiness"));
    }

    @Test
    void composeHardCodesNoSecret() throws IOException {
        for (String name : List.of("db", "app")) {
            map(service(name).get("environment")).forEach((key, value) -> {
                if (SECRET_NAME.matcher(key).matches()) {
                    assertThat(String.valueOf(value)).as("%s of %s", key, name).matches(REQUIRED_REFERENCE);
                }
            });
        }
    }

    @Test
    void theCredentialsComeFromAnIgnoredEnvFileWithACommittedExample() throws IOException {
        assertThat(Files.readAllLines(Path.of(".gitignore"))).contains(".env");
        assertThat(Files.readString(Path.of(".env.example"))).contains("REGISTRY_DB_USERNAME=",
                "REGISTRY_DB_PASSWORD=");
        assertThat(Files.readAllLines(Path.of(".dockerignore"))).contains(".env", ".git");
    }

    @Test
    void theImageIsBuiltWithTheWrapperAndRunsAsAnUnprivilegedUserWithAHealthCheck() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("Dockerfile"));

        assertThat(lines).filteredOn(line -> line.startsWith("FROM "))
            .hasSize(2)
            .anySatisfy(line -> assertThat(line).startsWith("FROM eclipse-temurin:17-jdk AS build"))
            .anySatisfy(line -> assertThat(line).startsWith("FROM eclipse-temurin:17-jre"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("./mvnw").contains("package"));
        assertThat(lines).filteredOn(line -> line.startsWith("USER "))
            .singleElement()
            .satisfies(line -> assertThat(line).isNotIn("USER root", "USER 0"));
        assertThat(String.join("\n", lines))
            .containsPattern("HEALTHCHECK [^\\n]*\\\\\\n[^\\n]*/actuator/health/readiness");
    }

    @Test
    void theImageStartsFromTheArchiveItsTrainingRunWrote() throws IOException {
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        Matcher written = Pattern.compile("jvm-cache-training\\.sh [^\\n]*\\\\\\n\\s*-XX:ArchiveClassesAtExit=(\\S+)")
            .matcher(dockerfile);

        assertThat(written.find()).as("the Dockerfile trains with scripts/jvm-cache-training.sh").isTrue();
        assertThat(dockerfile).contains("COPY scripts/jvm-cache-training.sh")
            .containsPattern("ENTRYPOINT \\[[^]]*\"-XX:SharedArchiveFile=" + Pattern.quote(written.group(1)) + "\"");
    }

    private static Map<String, Object> service(String name) throws IOException {
        return map(map(compose().get("services")).get(name));
    }

    private static Map<String, Object> compose() throws IOException {
        return new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        assertThat(node).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }

    private static List<String> strings(Object node) {
        assertThat(node).isInstanceOf(List.class);
        return ((List<?>) node).stream().map(String::valueOf).toList();
    }

}
