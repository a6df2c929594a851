package org.allianceregistry.dataset;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The producers' files the tests import, read from the directory the system property
 * {@value #PROPERTY} or the environment variable {@value #ENVIRONMENT} names (default
 * {@value #DEFAULT}, beside the project). They are never part of the product; a test that
 * needs them is skipped, saying so, where they are absent.
 */
final class DatasetFixtures {

    static final String PROPERTY = "registry.test.datasets";

    static final String ENVIRONMENT = "REGISTRY_TEST_DATASETS";

    static final String DEFAULT = "../shared/data";

    private DatasetFixtures() {
    }

    static Path directory() {
        String fromEnvironment = System.getenv(ENVIRONMENT);
        return Path.of(System.getProperty(PROPERTY, fromEnvironment != null ? fromEnvironment : DEFAULT));
    }

    static Map<String, byte[]> atop() {
        return files("atop", AtopParser.ALLIANCES, AtopParser.MEMBERS);
    }

    static Map<String, byte[]> cow() {
        return files("cow-alliances", CowParser.MEMBERS);
    }

    static byte[] file(String folder, String name) {
        Path path = directory().resolve(folder).resolve(name);
        assumeTrue(Files.isRegularFile(path), () -> "Skipped: the producer's file " + path.toAbsolutePath()
                + " is absent; set -D" + PROPERTY + "=<directory holding atop/ and cow-alliances/> to run this test.");
        try {
            return Files.readAllBytes(path);
        }
        catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /**
     * {@code files} with line {@code line} (1 = the header) of {@code name} replaced by
     * what {@code edit} makes of it.
     */
    static Map<String, byte[]> withLine(Map<String, byte[]> files, String name, int line,
            java.util.function.UnaryOperator<String> edit) {
        String text = new String(files.get(name), StandardCharsets.US_ASCII);
        String separator = text.contains("\r\n") ? "\r\n" : "\n";
        List<String> lines = new java.util.ArrayList<>(List.of(text.split(separator, -1)));
        lines.set(line - 1, edit.apply(lines.get(line - 1)));
        Map<String, byte[]> edited = new LinkedHashMap<>(files);
        edited.put(name, String.join(separator, lines).getBytes(StandardCharsets.US_ASCII));
        return edited;
    }

    /** Field {@code index} (from 0) of a CSV line without quoted commas replaced. */
    static String withField(String line, int index, String value) {
        String[] fields = line.split(",", -1);
        fields[index] = value;
        return String.join(",", fields);
    }

    private static Map<String, byte[]> files(String folder, String... names) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : names) {
            files.put(name, file(folder, name));
        }
        return files;
    }

}
