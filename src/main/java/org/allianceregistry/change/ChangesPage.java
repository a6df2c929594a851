package org.allianceregistry.change;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Schema(description = "Changes oldest first, and the cursor to read the next ones with")
public record ChangesPage(List<ChangeResponse> content,
        @Schema(description = "Pass as `since` for the changes after these (the id of the last one listed)",
                example = "42") String next,
        @Schema(description = "True when more changes wait after `next`") boolean hasMore) {
}
