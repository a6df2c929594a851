package org.allianceregistry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Flyway applies both migration folders as one sequence of versions and refuses to start
 * on a database that has applied a later version than a new migration. Every migration
 * released with the registry is listed below; a new one must be numbered above all of
 * them (a schema change after the seeds too), and once released it joins the list.
 */
class MigrationOrderTests {

    private static final List<Integer> RELEASED = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 21, 22, 1000, 1001, 1002,
            1003, 1020, 1021, 1022, 1023, 1024, 1030, 1031, 1050, 1060, 1061, 1100, 1101, 1102, 1103, 1110, 1111, 1112,
            1113, 1120, 1121, 1122, 1123, 1130, 1131, 1135, 1136, 1140);

    private static final Pattern VERSION = Pattern.compile("V(\\d+)__[a-z0-9_]+\\.sql");

    @Test
    void aNewMigrationIsNumberedAboveEveryReleasedOne() throws IOException {
        int lastReleased = RELEASED.stream().mapToInt(Integer::intValue).max().orElseThrow();
        List<Integer> versions = versions();

        assertThat(versions).doesNotHaveDuplicates();
        assertThat(versions).filteredOn(version -> version <= lastReleased)
            .as("migrations numbered below V%d that were never released", lastReleased)
            .allMatch(RELEASED::contains);
        assertThat(RELEASED).as("released migrations that are gone (never delete or rename one)")
            .allMatch(versions::contains);
    }

    private static List<Integer> versions() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("src/main/resources/db/migration")),
                Files.list(Path.of("src/main/resources/db/seed")))) {
            return files.map(file -> VERSION.matcher(file.getFileName().toString()))
                .filter(Matcher::matches)
                .map(matcher -> Integer.valueOf(matcher.group(1)))
                .sorted()
                .toList();
        }
    }

}
