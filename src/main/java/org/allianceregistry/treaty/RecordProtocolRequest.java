package org.allianceregistry.treaty;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.allianceregistry.shared.PlausibleDate;
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
                 "subject": "Serbia's accession to the Collective Security Treaty", "signatories": [{"state": "RU", "signedOn": "2026-12-01"}],
                 "provisions": [{"article": "Art. 1", "text": "Serbia accedes to the Treaty."}], "sources": ["R12"]}""")
public record RecordProtocolRequest(@Schema(example = "PROTOCOL") @NotNull ProtocolKind kind,
        @NotBlank @Size(max = 500) String titleEn, @Nullable @Size(max = 500) String titleRu,
        @Nullable @Size(max = 500) String titleAr,
        @Schema(example = "2026-12-01") @NotNull @PlausibleDate LocalDate signedOn,
        @Nullable @Size(max = 200) String signedPlace,
        @Schema(description = "Entry into force; not before signedOn") @Nullable @PlausibleDate LocalDate inForceOn,
        @Nullable @Size(max = 1000) String inForceNote, @NotBlank @Size(max = 2000) String subject,
        @Schema(description = "VERIFIED when omitted") @Nullable Verification verification,
        @Nullable @Size(max = 2000) String note, @Nullable @Size(max = 100) List<@Valid SignatoryRequest> signatories,
        @Nullable @Size(max = 200) List<@Valid ProvisionRequest> provisions,
        @Schema(example = "[\"R12\"]") @Nullable @Size(max = 50) List<@NotBlank @Size(max = 40) String> sources,
        @Nullable @Size(max = 10) List<@Valid NewSourceRequest> newSources) implements CitesSources {
}
