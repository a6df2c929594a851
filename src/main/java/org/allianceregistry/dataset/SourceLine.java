package org.allianceregistry.dataset;

import io.swagger.v3.oas.annotations.media.Schema;

/** Where a row came from: the file and its line (the header is line 1). */
public record SourceLine(@Schema(example = "atop4_01m.csv") String file, @Schema(example = "1203") int line) {

}
