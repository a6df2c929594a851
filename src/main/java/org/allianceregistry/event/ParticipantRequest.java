package org.allianceregistry.event;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

@Schema(description = "A state taking part in an event")
public record ParticipantRequest(
        @Schema(example = "AM") @NotBlank @Pattern(regexp = "[A-Za-z]{2,3}",
                message = "must be an ISO 3166-1 alpha-2 or alpha-3 code") String state,
        @Schema(example = "About 100 personnel") @Nullable @Size(max = 300) String role) {
}
