package org.allianceregistry.treaty;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.allianceregistry.shared.PlausibleDate;
import org.allianceregistry.shared.Verification;
import org.jspecify.annotations.Nullable;

@Schema(description = "A state that signed the document, with its own dates where known")
public record SignatoryRequest(
        @Schema(example = "AM") @NotBlank @Pattern(regexp = "[A-Za-z]{2,3}",
                message = "must be an ISO 3166-1 alpha-2 or alpha-3 code") String state,
        @Schema(example = "2027-10-06") @Nullable @PlausibleDate LocalDate signedOn,
        @Nullable @PlausibleDate LocalDate ratifiedOn, @Nullable @Size(max = 1000) String note,
        @Schema(description = "How well the sources support this signature: required, never assumed",
                example = "VERIFIED") @NotNull Verification verification) {
}
