package org.allianceregistry.treaty;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.allianceregistry.shared.PlausibleDate;
import org.allianceregistry.shared.Precision;
import org.allianceregistry.shared.Verification;
import org.allianceregistry.source.CitesSources;
import org.allianceregistry.source.NewSourceRequest;
import org.jspecify.annotations.Nullable;

/**
 * A document as an editor records it (POST) or corrects it (PUT takes the same body;
 * PATCH merges into it).
 */
@Schema(description = "A treaty, charter, protocol or other document with its signatories and key provisions",
        example = """
                {"kind": "PROTOCOL", "titleEn": "Protocol on accession of Serbia", "signedOn": "2026-12-01", "signedPlace": "Moscow",
                 "subject": "Serbia's accession to the Collective Security Treaty", "verification": "VERIFIED",
                 "signatories": [{"state": "RU", "signedOn": "2026-12-01", "verification": "VERIFIED"}],
                 "provisions": [{"article": "Art. 1", "text": "Serbia accedes to the Treaty.", "verification": "VERIFIED"}], "sources": ["R12"]}""")
public record RecordProtocolRequest(@Schema(example = "PROTOCOL") @NotNull ProtocolKind kind,
        @NotBlank @Size(max = 500) String titleEn, @Nullable @Size(max = 500) String titleRu,
        @Nullable @Size(max = 500) String titleAr,
        @Schema(description = "Day of signature, or any day of the month or year it is known to (signedPrecision)",
                example = "2026-12-01") @NotNull @PlausibleDate LocalDate signedOn,
        @Schema(description = "How much of signedOn is known; DAY when omitted",
                example = "DAY") @Nullable Precision signedPrecision,
        @Schema(description = "Earliest day of signature, for a signature known to the month or year") @Nullable @PlausibleDate LocalDate signedEarliest,
        @Schema(description = "Latest day of signature, for a signature known to the month or year") @Nullable @PlausibleDate LocalDate signedLatest,
        @Nullable @Size(max = 200) String signedPlace,
        @Schema(description = "Entry into force, or any day of the month or year it is known to (inForcePrecision); "
                + "not before the signature") @Nullable @PlausibleDate LocalDate inForceOn,
        @Schema(description = "How much of inForceOn is known; DAY when omitted, ignored without inForceOn",
                example = "DAY") @Nullable Precision inForcePrecision,
        @Schema(description = "Earliest day of entry into force, for one known to the month or year") @Nullable @PlausibleDate LocalDate inForceEarliest,
        @Schema(description = "Latest day of entry into force, for one known to the month or year") @Nullable @PlausibleDate LocalDate inForceLatest,
        @Nullable @Size(max = 1000) String inForceNote, @NotBlank @Size(max = 2000) String subject,
        @Schema(description = "How well the sources support the record: required, never assumed",
                example = "VERIFIED") @NotNull Verification verification,
        @Nullable @Size(max = 2000) String note,
        @Nullable @Size(max = 100) List<@NotNull @Valid SignatoryRequest> signatories,
        @Nullable @Size(max = 200) List<@NotNull @Valid ProvisionRequest> provisions,
        @Schema(example = "[\"R12\"]") @Nullable @Size(max = 50) List<@NotBlank @Size(max = 40) String> sources,
        @Nullable @Size(max = 10) List<@NotNull @Valid NewSourceRequest> newSources) implements CitesSources {
}
