package org.allianceregistry.dataset;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A dataset as its files give it, checked and ready to store: every alliance with its
 * member rows, each traceable to its file and line.
 */
public record ParsedDataset(DatasetKind kind, List<ParsedFile> files, List<ParsedAlliance> alliances) {

    /** A file as uploaded: its name, SHA-256 (hex), size and data rows. */
    public record ParsedFile(String name, String sha256, long bytes, int rows) {

    }

    /**
     * An alliance: its number in the dataset (ATOP {@code atopid}, COW
     * {@code version4id}), ATOP's link to COW ({@code cow4id}), COW's Singer and Small
     * type, its dates ({@code end} null: in effect at the end of coverage), its number of
     * phases (1 when it never changed) and its obligations (any member's).
     */
    public record ParsedAlliance(int number, @Nullable Integer cowNumber, @Nullable String typeLabel, DatasetDate start,
            @Nullable DatasetDate end, int phaseCount, Obligations obligations, SourceLine source,
            List<ParsedMember> members) {

    }

    /**
     * A member row: the state code as the dataset gives it, its name if the dataset gives
     * one, the phase (ATOP; 0 when the alliance never changed), entry and exit
     * ({@code exit} null: still in on the last day of coverage), its own obligations and
     * what they are conditional on.
     */
    public record ParsedMember(int stateCode, @Nullable String stateName, @Nullable Integer phase, DatasetDate entry,
            @Nullable DatasetDate exit, Obligations obligations, ObligationConditions conditions, SourceLine source) {

    }

    /** The figures the producers publish, computed from the rows. */
    public DatasetFigures figures() {
        return DatasetFigures.of(this);
    }

}
