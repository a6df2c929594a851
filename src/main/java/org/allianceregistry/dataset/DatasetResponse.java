package org.allianceregistry.dataset;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A dataset the registry can import: what its producer says about it, its coverage, and
 * once imported when, by whom, from which files, with its figures.
 */
public record DatasetResponse(@Schema(example = "atop-4.01") String id, String title,
        @Schema(example = "4.01") String version, String producer,
        @Schema(description = "The citation the producer asks for") String citation, String termsOfUse,
        Coverage coverage,
        @Schema(description = "The names of the files an import needs, as multipart parts",
                example = "[\"atop4_01a.csv\", \"atop4_01m.csv\"]") List<String> fileNames,
        boolean imported, @Nullable Instant importedAt, @Nullable String importedBy,
        @Schema(description = "SHA-256 over the imported files' names and hashes; the same files give the same hash") @Nullable String contentSha256,
        List<FileResponse> files, @Nullable DatasetFigures figures) {

    /**
     * The days the dataset speaks for; outside them it cannot say who was allied, and the
     * API refuses to answer as if it could.
     */
    public record Coverage(@Schema(example = "1815-01-01") LocalDate start,
            @Schema(example = "2016-12-31") LocalDate end) {

    }

    /** An imported file: its name, SHA-256, size and data rows. */
    public record FileResponse(@Schema(example = "atop4_01m.csv") String name, String sha256, long bytes,
            @Schema(example = "2398") int rows) {

    }

    static DatasetResponse notImported(DatasetKind kind) {
        return new DatasetResponse(kind.id(), kind.title(), kind.version(), kind.producer(), kind.citation(),
                kind.termsOfUse(), new Coverage(kind.coverageStart(), kind.coverageEnd()), kind.files(), false, null,
                null, null, List.of(), null);
    }

    static DatasetResponse imported(DatasetKind kind, Instant importedAt, String importedBy, String contentSha256,
            List<FileResponse> files, DatasetFigures figures) {
        return new DatasetResponse(kind.id(), kind.title(), kind.version(), kind.producer(), kind.citation(),
                kind.termsOfUse(), new Coverage(kind.coverageStart(), kind.coverageEnd()), kind.files(), true,
                importedAt, importedBy, contentSha256, files, figures);
    }

}
