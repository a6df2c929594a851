package org.allianceregistry.change;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

@Schema(description = "One change to the registry: who made it, when, to which record, and the record before and after")
public record ChangeResponse(
        @Schema(description = "Increasing id; pass the last one seen as `since` to read what came after",
                example = "42") long id,
        @Schema(example = "2027-01-05T10:15:30Z") Instant changedAt,
        @Schema(description = "The editor's user name", example = "editor") String editor,
        @Schema(example = "CREATE") ChangeAction action,
        @Schema(description = "The kind of record", example = "membership") String entityType,
        @Schema(description = "The record's id, where it has one", example = "310") @Nullable Long entityId,
        @Schema(description = "The record's natural key", example = "csto/RS/2027-01-01") String entityKey,
        @Schema(description = "The registry's data revision after the change", example = "7") long revision,
        @Schema(description = "The record as it was (null for CREATE), as its GET shows it") @Nullable JsonNode before,
        @Schema(description = "The record as it is now (null for DELETE), as its GET shows it") @Nullable JsonNode after) {
}
