package org.allianceregistry.dataset;

import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RegistryException;
import org.jspecify.annotations.Nullable;

/**
 * A dataset file the registry refuses whole: which file, which line (the header is line
 * 1), which column, and why. The problem's field is the file (the upload's part).
 */
public class DatasetFileInvalidException extends RegistryException {

    private final String file;

    private final int line;

    private final @Nullable String column;

    DatasetFileInvalidException(String file, int line, @Nullable String column, int columnNumber, String reason) {
        super(ProblemType.DATASET_FILE_INVALID, "%s, line %d%s: %s Nothing was imported.".formatted(file, line,
                column == null ? "" : ", column %d (%s)".formatted(columnNumber, column), reason), file);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    DatasetFileInvalidException(String file, int line, String reason) {
        this(file, line, null, 0, reason);
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public @Nullable String column() {
        return column;
    }

}
