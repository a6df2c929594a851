package org.allianceregistry.treaty;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.LocalizedText;
import org.allianceregistry.shared.Verification;
import org.allianceregistry.source.SourceResponse;
import org.jspecify.annotations.Nullable;

@Schema(description = "A treaty, charter, protocol or other document, with its signatories and key provisions")
public record TreatyProtocolResponse(@Schema(example = "14") long id, @Schema(example = "csto") String allianceCode,
        @Schema(example = "PROTOCOL") ProtocolKind kind,
        @Schema(description = "Title in the requested language (English where no source gives it in that language)",
                example = "Protocol on the mechanism of military-technical assistance to member states in case of threat of aggression or act of aggression") String title,
        LocalizedText titles, @Schema(example = "2007-10-06") LocalDate signedOn,
        @Schema(example = "Dushanbe") @Nullable String signedPlace,
        @Schema(description = "Entry into force; null where not verified (see inForceNote)") @Nullable LocalDate inForceOn,
        @Nullable String inForceNote,
        @Schema(example = "Military-technical assistance to a member facing a threat of aggression or an act of aggression") String subject,
        @Schema(example = "VERIFIED") Verification verification, @Nullable String note, List<Signatory> signatories,
        List<Provision> provisions, List<SourceResponse> sources) {

    @Schema(description = "A signatory state")
    public record Signatory(@Schema(example = "AM") String iso2, @Schema(example = "ARM") String iso3,
            @Schema(example = "Armenia") String name, @Schema(example = "1992-05-15") @Nullable LocalDate signedOn,
            @Nullable LocalDate ratifiedOn, @Nullable String note) {
    }

    @Schema(description = "A key provision")
    public record Provision(@Schema(example = "1") int position, @Schema(example = "Art. 4") @Nullable String article,
            @Schema(example = "Aggression against one party is aggression against all.") String text) {
    }

    static TreatyProtocolResponse of(TreatyProtocol protocol, List<SignatoryRow> signatories,
            List<ProvisionRow> provisions, List<SourceResponse> sources, Language language) {
        return new TreatyProtocolResponse(protocol.getId(), protocol.getAlliance().getCode(), protocol.getKind(),
                protocol.getTitles().in(language), protocol.getTitles(), protocol.getSignedOn(),
                protocol.getSignedPlace(), protocol.getInForceOn(), protocol.getInForceNote(), protocol.getSubject(),
                protocol.getVerification(), protocol.getNote(),
                signatories.stream()
                    .map(s -> new Signatory(s.iso2(), s.iso3(), s.names().in(language), s.signedOn(), s.ratifiedOn(),
                            s.note()))
                    .toList(),
                provisions.stream().map(p -> new Provision(p.position(), p.article(), p.text())).toList(), sources);
    }
}
