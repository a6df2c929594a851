package org.allianceregistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Docker image's faster start, made here as the Dockerfile makes it (Docker does not
 * run on the build machines): the jar extracted, the training run of
 * scripts/jvm-cache-training.sh, then a start from the class-data archive it wrote, in
 * which the classes of serving a read come from the archive rather than from the jar.
 */
class ClassDataArchiveIT {

    @TempDir
    Path work;

    @Test
    void theTrainingRunWritesAnArchiveThatHoldsTheClassesOfServingAReadToo() throws Exception {
        Path jar = PackagedJar.path();
        run(List.of(PackagedJar.java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
                work.resolve("app").toString()), Map.of());
        Path extracted = work.resolve("app").resolve(jar.getFileName());
        Path archive = work.resolve("app").resolve("registry.jsa");

        String training = run(
                List.of("bash", "scripts/jvm-cache-training.sh", extracted.toString(), "-Xmx256m",
                        "-XX:ArchiveClassesAtExit=" + archive),
                Map.of("JAVA", PackagedJar.java(), "TRAINING_PORT", Integer.toString(PackagedJar.freePort())));

        assertThat(training).contains("wrote " + archive);
        assertThat(archive).isNotEmptyFile();
        Path classLog = work.resolve("classes.log");
        Files.createDirectories(work.resolve("run"));
        HttpResponse<String> members;
        try (PackagedJar.Server server = PackagedJar.Server.start(extracted, work.resolve("run"),
                List.of("-XX:SharedArchiveFile=" + archive, "-Dspring.aot.enabled=true", "-Xmx256m",
                        "-Xlog:class+load=info:file=" + classLog),
                List.of())) {
            members = server.send(HttpRequest.newBuilder(server.uri("/api/v1/alliances/csto/members"))
                .header("Accept-Encoding", "gzip"));
        }

        assertThat(members.statusCode()).isEqualTo(200);
        // Loaded at start-up, and only when a read is served (the read cache's parsing of
        // Accept-Encoding).
        assertThat(Files.readAllLines(classLog))
            .anySatisfy(line -> assertThat(line)
                .contains("org.allianceregistry.RegistryApplication source: shared objects file"))
            .anySatisfy(line -> assertThat(line)
                .contains("org.allianceregistry.readcache.AcceptEncoding source: shared objects file"));
    }

    private String run(List<String> command, Map<String, String> environment) throws Exception {
        Path output = Files.createTempFile(work, "command", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("%s finished in time", command).isTrue();
        String printed = Files.readString(output);
        assertThat(process.exitValue()).as("%s:%n%s", command, printed).isZero();
        return printed;
    }

}
