package org.allianceregistry.chairmanship;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.springframework.data.web.PagedModel;

/** A page of the chairmanship schedule, in the registry's one page shape. */
@Schema(description = "A page of the chairmanship schedule: recorded and projected terms in chronological order")
public record ChairmanshipPage(List<ChairmanshipResponse> content, PagedModel.PageMetadata page) {
}
