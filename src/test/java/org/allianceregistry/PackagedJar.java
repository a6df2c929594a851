package org.allianceregistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The jar the build packaged (the failsafe configuration names it), started as a process
 * on a free loopback port the way the Docker image and bench/run.sh start it. Public for
 * the tests of the jar in other packages (the fuzz harness).
 */
public final class PackagedJar {

    private PackagedJar() {
    }

    public static Path path() {
        String jar = System.getProperty("registry.jar");
        assertThat(jar).as("the failsafe configuration names the packaged jar").isNotBlank();
        assertThat(Path.of(jar)).exists();
        return Path.of(jar);
    }

    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A started server: answers 200 on {@code /api/v1} once {@link #start} returns. */
    public static final class Server implements AutoCloseable {

        private final HttpClient http = HttpClient.newHttpClient();

        private final Process process;

        private final Path log;

        private final String base;

        private Server(Process process, Path log, String base) {
            this.process = process;
            this.log = log;
            this.base = base;
        }

        /**
         * Starts {@code java JVM_OPTIONS -jar JAR} on H2 under {@code dataDir} with the
         * given application arguments. A server started again on the same directory logs
         * to {@code server-2.log} and so on, keeping the earlier logs.
         */
        public static Server start(Path jar, Path dataDir, List<String> jvmOptions, List<String> arguments)
                throws Exception {
            return start(jar, dataDir, jvmOptions, arguments, Map.of());
        }

        /**
         * As {@link #start(Path, Path, List, List)}, with these variables added to the
         * process's environment.
         */
        public static Server start(Path jar, Path dataDir, List<String> jvmOptions, List<String> arguments,
                Map<String, String> environment) throws Exception {
            int port = freePort();
            Path log = dataDir.resolve("server.log");
            for (int n = 2; Files.exists(log); n++) {
                log = dataDir.resolve("server-" + n + ".log");
            }
            List<String> command = new ArrayList<>(List.of(java()));
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", jar.toString(), "--server.address=127.0.0.1", "--server.port=" + port,
                    "--registry.data-dir=" + dataDir.resolve("db")));
            command.addAll(arguments);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            Server server = new Server(process, log, "http://127.0.0.1:" + port);
            server.awaitIndex(Instant.now().plus(Duration.ofSeconds(150)));
            return server;
        }

        private void awaitIndex(Instant deadline) throws IOException, InterruptedException {
            while (!answers(base + "/api/v1")) {
                assertThat(process.isAlive()).as("the server exited:%n%s", tail()).isTrue();
                assertThat(Instant.now()).as("the server did not answer in time:%n%s", tail()).isBefore(deadline);
                Thread.sleep(250);
            }
        }

        public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        public URI uri(String path) {
            return URI.create(base + path);
        }

        public String log() throws IOException {
            return Files.readString(log);
        }

        public String tail() throws IOException {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        }

        private boolean answers(String url) {
            try {
                return http
                    .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200;
            }
            catch (IOException | InterruptedException notYet) {
                return false;
            }
        }

        /**
         * Kills the process as a crash would: SIGKILL on Linux
         * ({@link Process#destroyForcibly()}), so no shutdown hook, graceful shutdown or
         * database close runs. Returns once it is gone.
         */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            process.waitFor();
        }

    }

}
