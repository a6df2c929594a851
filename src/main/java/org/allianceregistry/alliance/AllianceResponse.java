package org.allianceregistry.alliance;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.allianceregistry.shared.Language;
import org.allianceregistry.shared.LocalizedText;
import org.allianceregistry.shared.Verification;
import org.allianceregistry.source.Citations;
import org.allianceregistry.source.SourceResponse;
import org.jspecify.annotations.Nullable;

@Schema(description = "An alliance: names, founding treaty, dates, seat, goals and principles, with sources")
public record AllianceResponse(@Schema(example = "csto") String code, @Schema(example = "CSTO") String acronym,
        LocalizedText acronyms, @Schema(example = "Collective Security Treaty Organization") String name,
        LocalizedText names, @Schema(example = "COLLECTIVE_DEFENCE_ORGANISATION") String kind,
        FoundingTreaty foundingTreaty,
        @Schema(description = "When the organisation was established",
                example = "2002-10-07") @Nullable LocalDate establishedOn,
        @Nullable String establishedNote,
        @Schema(description = "Null while the alliance exists") @Nullable LocalDate dissolvedOn,
        @Nullable String dissolvedNote, @Schema(example = "Moscow, Russia") @Nullable String headquarters,
        @Schema(example = "Russian") @Nullable String workingLanguage,
        @Schema(example = "https://odkb-csto.org") @Nullable String website,
        @Schema(description = "Observer status in the UN General Assembly; null if none") @Nullable UnObserverStatus unObserverStatus,
        @Nullable String areaOfResponsibility, @Nullable String description, List<PrincipleResponse> goals,
        List<PrincipleResponse> principles, List<SourceResponse> sources,
        @Schema(description = "Wikidata item; null where no cited source gives it",
                example = "Q318693") @Nullable String wikidataId,
        @Schema(description = "How the Wikidata item is cited: SINGLE_SOURCE when only its entity page is",
                example = "SINGLE_SOURCE") @Nullable Verification wikidataVerification,
        @Schema(description = "The Wikidata entity page, the item's citation",
                example = "https://www.wikidata.org/wiki/Q318693") @Nullable String wikidataSource,
        @Schema(description = "The alliance's number in ATOP 4.01 (atopid)", example = "4220") @Nullable Integer atopId,
        @Schema(description = "The alliance's numbers in COW v4.1 (version4id); the CST has two rows",
                example = "[350, 349]") List<Integer> cowIds,
        @Schema(description = "How well the sources support the record",
                example = "VERIFIED") Verification verification) {

    @Schema(description = "The alliance's founding treaty")
    public record FoundingTreaty(@Schema(example = "Collective Security Treaty") @Nullable String name,
            @Schema(example = "1992-05-15") @Nullable LocalDate signedOn,
            @Schema(example = "Tashkent, Uzbekistan") @Nullable String signedPlace,
            @Schema(example = "1994-04-20") @Nullable LocalDate inForceOn) {
    }

    public record UnObserverStatus(@Schema(example = "A/RES/59/50") String resolution,
            @Schema(example = "2004-12-02") @Nullable LocalDate since) {
    }

    @Schema(description = "A stated goal or charter principle")
    public record PrincipleResponse(@Schema(example = "1") int position,
            @Schema(example = "Aggression against one member is aggression against all.") String text,
            @Schema(example = "Treaty Art. 4") @Nullable String article, List<SourceResponse> sources) {
    }

    static AllianceResponse of(Alliance alliance, List<AlliancePrinciple> principles, Citations allianceCitations,
            Citations principleCitations, Language language) {
        UnObserverStatus observer = alliance.getUnObserverResolution() == null ? null
                : new UnObserverStatus(alliance.getUnObserverResolution(), alliance.getUnObserverSince());
        return new AllianceResponse(alliance.getCode(), alliance.getAcronyms().in(language), alliance.getAcronyms(),
                alliance.getNames().in(language), alliance.getNames(), alliance.getKind(),
                new FoundingTreaty(alliance.getTreatyNameEn(), alliance.getTreatySignedOn(),
                        alliance.getTreatySignedPlace(), alliance.getTreatyInForceOn()),
                alliance.getEstablishedOn(), alliance.getEstablishedNote(), alliance.getDissolvedOn(),
                alliance.getDissolvedNote(), alliance.getHeadquarters(), alliance.getWorkingLanguage(),
                alliance.getWebsite(), observer, alliance.getAreaOfResponsibility(), alliance.getDescription(),
                principles(principles, PrincipleKind.GOAL, principleCitations),
                principles(principles, PrincipleKind.PRINCIPLE, principleCitations),
                allianceCitations.of(alliance.getId()), alliance.getWikidataId(), alliance.getWikidataVerification(),
                wikidataPage(alliance.getWikidataId()), alliance.getAtopId(), alliance.getCowIds(),
                alliance.getVerification());
    }

    /** The entity page of a Wikidata item, which is its citation. */
    private static @Nullable String wikidataPage(@Nullable String qid) {
        return qid == null ? null : "https://www.wikidata.org/wiki/" + qid;
    }

    private static List<PrincipleResponse> principles(List<AlliancePrinciple> principles, PrincipleKind kind,
            Citations citations) {
        return principles.stream()
            .filter(p -> p.getKind() == kind)
            .map(p -> new PrincipleResponse(p.getPosition(), p.getTextEn(), p.getArticle(), citations.of(p.getId())))
            .toList();
    }
}
