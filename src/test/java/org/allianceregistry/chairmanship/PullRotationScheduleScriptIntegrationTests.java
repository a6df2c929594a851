package org.allianceregistry.chairmanship;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.allianceregistry.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;

/**
 * scripts/pull-rotation-schedule.sh against the application on its random port: POSIX sh
 * and curl, as cron runs it.
 */
@RegistryIntegrationTest
class PullRotationScheduleScriptIntegrationTests {

    static final Path SCRIPT = Path.of("scripts", "pull-rotation-schedule.sh");

    @LocalServerPort
    int port;

    @TempDir
    Path directory;

    @Test
    void downloadsGzipCodedOnceStoresItDecodedAndOnTheSecondRunSendsTheETagAndDownloadsNothing() throws Exception {
        Path out = directory.resolve("csto-chairs.csv");
        URI csv = URI.create("http://127.0.0.1:" + port + RotationApi.CSTO + "?format=csv");
        HttpResponse<byte[]> served = HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(csv).build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> servedGzip = HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(csv).header(HttpHeaders.ACCEPT_ENCODING, "gzip").build(),
                    HttpResponse.BodyHandlers.ofByteArray());

        Run first = pull("-v", out.toString());
        Object inode = Files.getAttribute(out, "unix:ino");
        Run second = pull("-v", out.toString());

        assertThat(first.exit()).as(first.toString()).isZero();
        assertThat(first.stdout()).isEqualTo("updated " + out + "\n");
        assertThat(Files.readAllBytes(out)).isEqualTo(served.body());
        assertThat(servedGzip.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).contains("gzip");
        assertThat(Files.readString(Path.of(out + ".etag")).trim()).as("the ETag of the gzip-coded transfer")
            .isEqualTo(servedGzip.headers().firstValue(HttpHeaders.ETAG).orElseThrow());
        assertThat(second.exit()).as(second.toString()).isZero();
        assertThat(second.stdout()).isEqualTo("unchanged " + out + "\n");
        assertThat(Files.getAttribute(out, "unix:ino")).as("the file was not replaced").isEqualTo(inode);
        assertThat(Path.of(out + ".lock")).doesNotExist();
    }

    @Test
    void isSilentOnSuccessSoCronMailsNothing() throws Exception {
        Run run = pull(directory.resolve("quiet.csv").toString());

        assertThat(run.exit()).isZero();
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).isEmpty();
    }

    @Test
    void downloadsAgainWhenTheFileIsGoneEvenIfItsETagIsLeft() throws Exception {
        Path out = directory.resolve("again.csv");
        pull(out.toString());
        Files.delete(out);

        Run run = pull("-v", out.toString());

        assertThat(run.stdout()).startsWith("updated");
        assertThat(out).isNotEmptyFile();
    }

    @Test
    void passesQueryParametersThrough() throws Exception {
        Path out = directory.resolve("skip.csv");

        Run run = pull("-q", "from=2028&to=2028&frozenPolicy=SKIP", out.toString());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(Files.readAllLines(out)).hasSize(2).last().asString().startsWith("2028,2028,BY,BLR,Belarus");
    }

    @Test
    void exitsWithStatus1AndTheProblemsDetailWhenTheServiceAnswersAnError() throws Exception {
        Path out = directory.resolve("seato.csv");

        Run run = pull("-a", "seato", out.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.stderr()).startsWith("pull-rotation-schedule: HTTP 404 from http://127.0.0.1:" + port)
            .contains("No alliance has the code 'seato'");
        assertThat(out).doesNotExist();
        assertThat(Path.of(out + ".lock")).doesNotExist();
    }

    @Test
    void exitsWithStatus2WhenTheServiceCannotBeReached() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        Run run = run(List.of("-u", "http://127.0.0.1:" + closedPort, directory.resolve("down.csv").toString()));

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stderr()).startsWith("pull-rotation-schedule: cannot reach http://127.0.0.1:" + closedPort);
    }

    @Test
    void leavesTheFileToARunThatHoldsTheLock() throws Exception {
        Path out = directory.resolve("locked.csv");
        Path lock = Files.createDirectory(Path.of(out + ".lock"));
        Files.writeString(lock.resolve("pid"), Long.toString(ProcessHandle.current().pid()));

        Run run = pull(out.toString());

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.stderr()).contains("another run (pid " + ProcessHandle.current().pid() + ")");
        assertThat(out).doesNotExist();
    }

    @Test
    void takesOverALockLeftByARunThatDied() throws Exception {
        Path out = directory.resolve("stale.csv");
        Path lock = Files.createDirectory(Path.of(out + ".lock"));
        Files.writeString(lock.resolve("pid"), "999999999");

        Run run = pull(out.toString());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(out).isNotEmptyFile();
    }

    private Run pull(String... arguments) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of("-u", "http://127.0.0.1:" + port));
        all.addAll(List.of(arguments));
        return run(all);
    }

    private static Run run(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", SCRIPT.toString()));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command)
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the script did not finish within 60 s: " + command);
        }
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    record Run(int exit, String stdout, String stderr) {
    }

}
