package org.allianceregistry.treaty;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.allianceregistry.shared.Verification;
import org.jspecify.annotations.Nullable;

@Schema(description = "A key provision, in the order of the document's articles")
public record ProvisionRequest(@Schema(example = "Art. 4") @Nullable @Size(max = 100) String article,
        @Schema(example = "Aggression against one party is aggression against all.") @NotBlank @Size(
                max = 2000) String text,
        @Schema(description = "How well the sources support this provision's text: required, never assumed",
                example = "VERIFIED") @NotNull Verification verification) {
}
