package org.allianceregistry.source;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.allianceregistry.shared.PlausibleDate;
import org.jspecify.annotations.Nullable;

/**
 * A source not yet in the registry, recorded together with the write that cites it. It
 * needs a url or a document.
 */
@Schema(description = "A new source, recorded with the write that cites it; give a url or, for a non-web source, a document")
public record NewSourceRequest(
        @Schema(description = "Its stable code; generated (ED<id>) when omitted",
                example = "MFA-RS-2027") @Nullable @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
                        message = "must be letters, digits, '.', '_' or '-'") String code,
        @Schema(example = "Ministry of Foreign Affairs of Serbia: statement on accession") @NotBlank @Size(
                max = 500) String title,
        @Schema(example = "https://www.mfa.gov.rs/en/press-service/statements/2027-01-01") @Nullable @Size(
                max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL") String url,
        @Schema(description = "Where the source is not a web page: the document it is",
                example = "Instrument of accession, deposited 2027-01-01") @Nullable @Size(max = 500) String document,
        @Schema(example = "mfa.gov.rs") @Nullable @Size(max = 200) String publisher,
        @Schema(description = "When the source was read",
                example = "2027-01-02") @Nullable @PlausibleDate LocalDate accessedOn,
        @Nullable @Size(max = 1000) String note) {
}
