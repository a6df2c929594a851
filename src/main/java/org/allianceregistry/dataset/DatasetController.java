package org.allianceregistry.dataset;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.allianceregistry.web.EntityTag;
import org.allianceregistry.shared.PlausibleDate;
import org.allianceregistry.web.PageParameters;
import org.allianceregistry.web.SortProperties;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@Tag(name = "Research datasets",
        description = "ATOP 4.01 and COW v4.1 alliance data, imported from the producers' files an editor supplies and "
                + "kept apart from the curated records. A member row is in effect on a day from its entry to its exit, "
                + "the exit day included; a day outside a dataset's coverage is refused (422), never answered with an "
                + "empty list.")
@RequestMapping("/api/v1/datasets")
class DatasetController {

    /**
     * The largest upload: all of a dataset's files and the multipart framing together.
     */
    static final String UPLOAD_LIMIT = "4 MiB";

    private static final SortProperties ALLIANCE_SORT = SortProperties.defaultingTo("number")
        .property("number", "number")
        .property("start", "start")
        .build();

    private static final SortProperties MEMBER_SORT = SortProperties.defaultingTo("stateCode")
        .property("stateCode", "stateCode")
        .property("entry", "entry")
        .build();

    private final DatasetService datasets;

    DatasetController(DatasetService datasets) {
        this.datasets = datasets;
    }

    @GetMapping
    @Operation(operationId = "listDatasets",
            summary = "List the datasets the registry can import, imported or not, with their citation and terms",
            description = "The research datasets the registry can hold (ATOP 4.01, COW 4.1), each with its citation, terms of use, coverage and whether it has been imported.")
    PagedModel<DatasetResponse> list() {
        return new PagedModel<>(new PageImpl<>(datasets.list()));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getDataset",
            summary = "Get an imported dataset: producer, citation, coverage, terms, files and figures",
            description = "404 (dataset-not-imported) while no editor has imported it.")
    ResponseEntity<DatasetResponse> get(@Parameter(description = "The dataset's id: atop-4.01 or cow-4.1",
            example = "atop-4.01") @PathVariable String id) {
        DatasetService.Imported dataset = datasets.get(id);
        return EntityTag.ok(dataset.dataset(), dataset.version());
    }

    @PutMapping(path = "/{id}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "importDataset", summary = "Import a dataset from its producer's files (editors only)",
            description = "multipart/form-data with one part per file, named by its file name: atop4_01a.csv and "
                    + "atop4_01m.csv for atop-4.01, alliance_v4.1_by_member.csv for cow-4.1. The whole request may have "
                    + "at most " + UPLOAD_LIMIT + " (413 beyond). A file with a malformed or inconsistent row is "
                    + "refused whole (422 dataset-file-invalid, naming file, line and column) and the stored dataset "
                    + "stays as it was. 201 when first imported; 200 when replaced, or when the files are the ones "
                    + "already imported (then nothing changes: same revision, same ETag).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                            schema = @Schema(type = "object",
                                    description = "One binary part per producer file, named by its file name"))))
    @ApiResponse(responseCode = "200", description = "Replaced, or the same files again (nothing changed)",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "201", description = "First imported (Location and ETag name the dataset)",
            useReturnTypeSchema = true)
    ResponseEntity<DatasetResponse> importFiles(
            @Parameter(description = "The dataset's id: atop-4.01 or cow-4.1",
                    example = "atop-4.01") @PathVariable String id,
            @Parameter(hidden = true) MultipartHttpServletRequest request) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Map.Entry<String, MultipartFile> part : request.getFileMap().entrySet()) {
            try {
                files.put(part.getKey(), part.getValue().getBytes());
            }
            catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
        DatasetService.Imported imported = datasets.importFiles(id, files);
        if (imported.outcome() == DatasetService.Outcome.CREATED) {
            URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().build().toUri();
            return ResponseEntity.created(location)
                .header(HttpHeaders.ETAG, EntityTag.ofVersion(imported.version()))
                .body(imported.dataset());
        }
        return EntityTag.ok(imported.dataset(), imported.version());
    }

    @GetMapping("/{id}/alliances")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "422",
            description = "asOf lies outside the dataset's coverage (dataset-date-outside-coverage): no answer there, not an empty one",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/ProblemDetail")))
    @Operation(operationId = "listDatasetAlliances",
            summary = "List a dataset's alliances, by state, day and kind of obligation",
            description = "With state or asOf (or both): the alliances with a member row of that state in effect that "
                    + "day, and with obligation, that row's own obligation. With only obligation: alliances in which "
                    + "any member took it on. Sort properties: number, start.")
    PagedModel<DatasetAllianceSummaryResponse> alliances(
            @Parameter(description = "The dataset's id: atop-4.01 or cow-4.1",
                    example = "atop-4.01") @PathVariable String id,
            @Parameter(description = "A state: a COW state number as the dataset gives it, or an ISO 3166 alpha-2 or "
                    + "alpha-3 code read through the registry's COW crosswalk on asOf (every COW number the state had, "
                    + "without asOf)", example = "RU") @RequestParam(required = false) @Nullable String state,
            @Parameter(description = "A day (YYYY-MM-DD) within the dataset's coverage",
                    example = "1990-01-01") @RequestParam(required = false) @DateTimeFormat(
                            iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate asOf,
            @Parameter(description = "A kind of obligation",
                    example = "DEFENCE") @RequestParam(required = false) @Nullable Obligation obligation,
            @ParameterObject @Valid PageParameters paging) {
        return new PagedModel<>(datasets.alliances(id, state, asOf, obligation, ALLIANCE_SORT.pageable(paging)));
    }

    @GetMapping("/{id}/alliances/{number}")
    @Operation(operationId = "getDatasetAlliance",
            summary = "Get an alliance of a dataset with its phases and every member row",
            description = "One alliance of the dataset by the producer's number, with its phases, obligations and the source lines it was read from. 404 when the dataset is not imported or has no such alliance.")
    DatasetAllianceResponse alliance(
            @Parameter(description = "The dataset's id: atop-4.01 or cow-4.1",
                    example = "atop-4.01") @PathVariable String id,
            @Parameter(description = "The alliance's number in the dataset (ATOP atopid, COW version4id)",
                    example = "3180") @PathVariable int number) {
        return datasets.alliance(id, number);
    }

    @GetMapping("/{id}/alliances/{number}/members")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "422",
            description = "asOf lies outside the dataset's coverage (dataset-date-outside-coverage): no answer there, not an empty one",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "#/components/schemas/ProblemDetail")))
    @Operation(operationId = "listDatasetAllianceMembers",
            summary = "List an alliance's member rows in effect on a day (all rows without asOf)",
            description = "A row is in effect from its entry to its exit, the exit day included; a date known only "
                    + "to the month or year counts when the day may fall in it, with certainOnDate false. "
                    + "Sort properties: stateCode, entry.")
    PagedModel<DatasetMemberResponse> members(
            @Parameter(description = "The dataset's id: atop-4.01 or cow-4.1",
                    example = "atop-4.01") @PathVariable String id,
            @Parameter(description = "The alliance's number in the dataset (ATOP atopid, COW version4id)",
                    example = "3180") @PathVariable int number,
            @Parameter(description = "A day (YYYY-MM-DD) within the dataset's coverage; all rows when omitted",
                    example = "1990-01-01") @RequestParam(required = false) @DateTimeFormat(
                            iso = DateTimeFormat.ISO.DATE) @PlausibleDate @Nullable LocalDate asOf,
            @ParameterObject @Valid PageParameters paging) {
        return new PagedModel<>(datasets.members(id, number, asOf, MEMBER_SORT.pageable(paging)));
    }

}
