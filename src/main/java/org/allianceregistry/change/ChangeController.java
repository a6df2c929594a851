package org.allianceregistry.change;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.allianceregistry.web.PageParameters;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Changes", description = "The audit trail of every change made through the API, for mirrors and review")
@RequestMapping("/api/v1/changes")
class ChangeController {

    private final ChangeService changes;

    ChangeController(ChangeService changes) {
        this.changes = changes;
    }

    @GetMapping
    @Operation(operationId = "listChanges", summary = "List changes oldest first, after a cursor or since a time",
            description = "Public, like the data it describes (it shows editors' user names, never credentials). To keep "
                    + "a mirror: start without `since`, apply `content` in order, then ask again with `since` = `next` "
                    + "until `hasMore` is false; later, poll with the last `next`. Each change carries the record before "
                    + "and after as its GET shows it.")
    ChangesPage list(
            @Parameter(
                    description = "A change id (exclusive: the last one you have seen, i.e. the previous `next`) or "
                            + "an ISO 8601 instant or date (inclusive); from the first change when omitted",
                    example = "42") @RequestParam(required = false) @Nullable String since,
            @Parameter(description = "How many changes, 1 to " + PageParameters.MAX_SIZE + " (default "
                    + PageParameters.DEFAULT_SIZE + ")", example = "50") @RequestParam(
                            required = false) @Min(1) @Max(PageParameters.MAX_SIZE) @Nullable Integer size) {
        return changes.since(since, size != null ? size : PageParameters.DEFAULT_SIZE);
    }

}
