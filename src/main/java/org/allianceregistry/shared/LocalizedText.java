package org.allianceregistry.shared;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A name or title in the registry's three languages; {@code ru} and {@code ar} are null
 * where no source gives them.
 */
@Schema(description = "A name in English, Russian and Arabic")
public record LocalizedText(@Schema(example = "Collective Security Treaty Organization") String en,
        @Schema(example = "Организация Договора о коллективной безопасности") @Nullable String ru,
        @Schema(example = "منظمة معاهدة الأمن الجماعي") @Nullable String ar) {

    /**
     * The text in the given language, falling back to English where that language has
     * none.
     */
    public String in(Language language) {
        String text = switch (language) {
            case EN -> en;
            case RU -> ru;
            case AR -> ar;
        };
        return text != null ? text : en;
    }
}
