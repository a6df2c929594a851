package org.allianceregistry.source;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A source as the API shows it with every record that cites it. */
@Schema(description = "A public source a record rests on")
public record SourceResponse(@Schema(example = "R12") String code,
        @Schema(example = "yokvadro.ru, cited as [R12] in the CSTO fact sheet") String title,
        @Schema(example = "https://yokvadro.ru/?p=4312") @Nullable String url,
        @Schema(description = "Where the source is not a web page: the document it is") @Nullable String document,
        @Schema(example = "yokvadro.ru") @Nullable String publisher,
        @Schema(description = "When the source was read, where recorded") @Nullable LocalDate accessedOn,
        @Nullable String note) {

    public static SourceResponse from(Source source) {
        return new SourceResponse(source.getCode(), source.getTitle(), source.getUrl(), source.getDocument(),
                source.getPublisher(), source.getAccessedOn(), source.getNote());
    }
}
