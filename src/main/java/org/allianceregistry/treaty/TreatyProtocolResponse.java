package org.allianceregistry.treaty;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.allianceregistry.shared.Certainty;
import org.allianceregistry.shared.HistoricalDate;
import org.allianceregistry.shared.HistoricalDateResponse;
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
        LocalizedText titles,
        @Schema(description = "Day of signature; where `signed` is known only to the month, the year or within "
                + "bounds, the first day it can be (read `signed` for its precision)",
                example = "2007-10-06") LocalDate signedOn,
        @Schema(description = "Day of signature with its precision and bounds") HistoricalDateResponse signed,
        @Schema(example = "Dushanbe") @Nullable String signedPlace,
        @Schema(description = "Day of entry into force; null where no source gives the day (see `inForce` for a "
                + "month or year, and inForceNote)") @Nullable LocalDate inForceOn,
        @Schema(description = "Entry into force with its precision and bounds (April 2009 where the sources give only "
                + "the month); null where not recorded") @Nullable HistoricalDateResponse inForce,
        @Nullable String inForceNote,
        @Schema(example = "Military-technical assistance to a member facing a threat of aggression or an act of aggression") String subject,
        @Schema(example = "VERIFIED") Verification verification, @Nullable String note,
        @Schema(description = "In a list asked for a signing range (`signedFrom`/`signedTo`): CERTAIN when the "
                + "document was signed within the range whatever its uncertain day, POSSIBLE when it only may have "
                + "been. Null when no range was asked for", example = "CERTAIN") @Nullable Certainty match,
        List<Signatory> signatories, List<Provision> provisions, List<SourceResponse> sources) {

    @Schema(description = "A signatory state")
    public record Signatory(@Schema(example = "AM") String iso2, @Schema(example = "ARM") String iso3,
            @Schema(example = "Armenia") String name, @Schema(example = "1992-05-15") @Nullable LocalDate signedOn,
            @Nullable LocalDate ratifiedOn, @Nullable String note,
            @Schema(description = "How well the sources support this signature",
                    example = "VERIFIED") Verification verification) {
    }

    @Schema(description = "A key provision")
    public record Provision(@Schema(example = "1") int position, @Schema(example = "Art. 4") @Nullable String article,
            @Schema(example = "Aggression against one party is aggression against all.") String text,
            @Schema(description = "How well the sources support this provision's text",
                    example = "VERIFIED") Verification verification) {
    }

    static TreatyProtocolResponse of(TreatyProtocol protocol, List<SignatoryRow> signatories,
            List<ProvisionRow> provisions, List<SourceResponse> sources, @Nullable Certainty match, Language language) {
        HistoricalDate signed = protocol.getSigned();
        HistoricalDate inForce = protocol.getInForce();
        return new TreatyProtocolResponse(protocol.getId(), protocol.getAlliance().getCode(), protocol.getKind(),
                protocol.getTitles().in(language), protocol.getTitles(), signed.possibleDays().first(),
                HistoricalDateResponse.of(signed), protocol.getSignedPlace(),
                inForce != null && inForce.isExactDay() ? inForce.date() : null,
                HistoricalDateResponse.ofNullable(inForce), protocol.getInForceNote(), protocol.getSubject(),
                protocol.getVerification(), protocol.getNote(), match,
                signatories.stream()
                    .map(s -> new Signatory(s.iso2(), s.iso3(), s.names().in(language), s.signedOn(), s.ratifiedOn(),
                            s.note(), s.verification()))
                    .toList(),
                provisions.stream()
                    .map(p -> new Provision(p.position(), p.article(), p.text(), p.verification()))
                    .toList(),
                sources);
    }
}
