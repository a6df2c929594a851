package org.allianceregistry.chairmanship;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.allianceregistry.shared.PlausibleDate;
import org.allianceregistry.shared.Verification;
import org.allianceregistry.source.CitesSources;
import org.allianceregistry.source.NewSourceRequest;
import org.jspecify.annotations.Nullable;

/**
 * A chairmanship term as an editor records it (POST) or corrects it (PUT takes the same
 * body; PATCH merges into it).
 */
@Schema(description = "A chairmanship term: the state took the chair on startDate and handed it over on endDate (exclusive)",
        example = """
                {"state": "RS", "chairYear": 2028, "startDate": "2028-01-01", "endDate": "2029-01-01", "headOfState": "N. N.", "sources": ["R12"]}""")
public record AssignChairRequest(
        @Schema(description = "The chair: ISO 3166-1 alpha-2 or alpha-3 code, any case",
                example = "RS") @NotBlank @Pattern(regexp = "[A-Za-z]{2,3}",
                        message = "must be an ISO 3166-1 alpha-2 or alpha-3 code") String state,
        @Schema(description = "The year the term is known by (the later year of a term spanning two)",
                example = "2028") @Min(value = 1800, message = "must be between 1800 and 2200") @Max(value = 2200,
                        message = "must be between 1800 and 2200") int chairYear,
        @Schema(description = "The term as usually named; the chair year when omitted",
                example = "2028") @Nullable @Size(max = 20) String chairYearLabel,
        @Schema(description = "First day as chair. Where no source gives the day, send `start` instead (or this "
                + "field as its last possible day beside it); null only with a dateNote saying what is known",
                example = "2028-01-01") @Nullable @PlausibleDate LocalDate startDate,
        @Schema(description = "Hand-over day (exclusive: the next term's first day); null while in office. Where no "
                + "source gives the day, send `end` instead (or this field as its last possible day beside it)",
                example = "2029-01-01") @Nullable @PlausibleDate LocalDate endDate,
        @Schema(description = "The first day as the sources know it, in EDTF: `2008`, `2008-07`, `2008-07-21`, or "
                + "`2008-07-21/2008-09-05` for a day between two. Wins over startDate, which must then be left out "
                + "or be its last possible day (422 date-forms-disagree otherwise)",
                example = "2028-01-01") @Nullable @EdtfDate String start,
        @Schema(description = "The hand-over (exclusive) as the sources know it, in EDTF as `start`: a term that "
                + "ended on a day no source gives has an end with bounds, never none. Wins over endDate, which must "
                + "then be left out or be its last possible day",
                example = "2029-01-01") @Nullable @EdtfDate String end,
        @Nullable @Size(max = 1000) String dateNote, @Nullable @PlausibleDate LocalDate decidedOn,
        @Nullable @Size(max = 200) String decidedAt, @Nullable @Size(max = 200) String headOfState,
        @Schema(description = "True for a stand-in chair; false when omitted") @Nullable Boolean interim,
        @Schema(description = "VERIFIED when omitted") @Nullable Verification verification,
        @Nullable @Size(max = 2000) String note,
        @Schema(example = "[\"R12\"]") @Nullable @Size(max = 50) List<@NotBlank @Size(max = 40) String> sources,
        @Nullable @Size(max = 10) List<@NotNull @Valid NewSourceRequest> newSources) implements CitesSources {
}
