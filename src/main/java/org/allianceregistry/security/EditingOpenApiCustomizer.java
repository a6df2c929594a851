package org.allianceregistry.security;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Documents the write API in the OpenAPI description: every write operation requires
 * {@value SecurityConfiguration#SCHEME} and lists the problem responses it may give; the
 * description explains the status code convention.
 */
@Component
class EditingOpenApiCustomizer implements OpenApiCustomizer {

    static final String EDITING = """

            **Editing.** Reads are public. Every write (POST, PUT, PATCH, DELETE) needs an editor's credentials by HTTP \
            Basic (security scheme `basicAuth`); without them, or with wrong ones, it answers 401, and an account \
            without the editor role 403. A server with no editor configured answers every write 401 `writes-disabled`. \
            After too many wrong credentials from one address (10 within 15 minutes by default), its credentials are \
            not checked until that time is over: 429 `too-many-failed-logins`, with `Retry-After` in seconds. \
            Every write states its sources: `sources` (codes of recorded sources, e.g. `["R12"]`) and/or `newSources` \
            (new ones, each with a `url` or a `document`); a record cites at least one. A single record answers GET \
            with `ETag: "<version>-<hash>"` (a write with `"<version>"`); PUT, PATCH (JSON Merge Patch, `application/merge-patch+json`) and DELETE need it \
            back as `If-Match`: missing → 428, no longer current → 412. Each write is one transaction: a rejected write \
            changes nothing. Every change is listed, with the record before and after, at `/api/v1/changes`.

            **Status codes of writes.** 201 created (with `Location` and `ETag`), 200 corrected, 204 deleted; 400 a \
            malformed body or an invalid field (each named under `errors`); 401/403 as above; 404 the record or \
            alliance in the path does not exist; 409 the write clashes with stored data (an overlapping period, no \
            membership in force on the effective date, a chair not in good standing, a code already taken, a record \
            still in use); 412/428 as above; 413 a body over 64 KiB; 415 a body that is not JSON; 422 the request \
            breaks a rule on its face, whatever is stored (an effective date before the notice, an end before the \
            start, a code in the body that names no state or source, no source at all).
            """;

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getInfo() != null && openApi.getInfo().getDescription() != null
                && !openApi.getInfo().getDescription().contains("**Editing.**")) {
            openApi.getInfo().setDescription(openApi.getInfo().getDescription() + EDITING);
        }
        if (openApi.getPaths() == null) {
            return;
        }
        for (PathItem path : openApi.getPaths().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.readOperationsMap().entrySet()) {
                PathItem.HttpMethod method = entry.getKey();
                if (method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.HEAD
                        || method == PathItem.HttpMethod.OPTIONS) {
                    continue;
                }
                Operation operation = entry.getValue();
                operation.setSecurity(new java.util.ArrayList<>(
                        java.util.List.of(new SecurityRequirement().addList(SecurityConfiguration.SCHEME))));
                ApiResponses responses = operation.getResponses() != null ? operation.getResponses()
                        : new ApiResponses();
                problems(method).forEach((status, description) -> {
                    if (!responses.containsKey(status)) {
                        responses.addApiResponse(status,
                                new ApiResponse().description(description)
                                    .content(new Content().addMediaType("application/problem+json", new MediaType()
                                        .schema(new Schema<>().$ref("#/components/schemas/ProblemDetail")))));
                    }
                });
                operation.setResponses(responses);
            }
        }
    }

    private static Map<String, String> problems(PathItem.HttpMethod method) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (method != PathItem.HttpMethod.DELETE) {
            problems.put("400", "Malformed body or invalid fields (each named under errors)");
        }
        problems.put("401", "No or wrong editor credentials, or writes disabled (no editor configured)");
        problems.put("403", "The account may not write");
        problems.put("429",
                "Too many failed logins from this address; Retry-After says when credentials are checked again");
        problems.put("404", "The record or alliance in the path does not exist");
        problems.put("409", "The write clashes with stored data");
        if (method != PathItem.HttpMethod.POST) {
            problems.put("412", "If-Match names a version that is no longer current");
            problems.put("428", "If-Match is missing");
        }
        if (method != PathItem.HttpMethod.DELETE) {
            problems.put("413", "The body is over 64 KiB");
            problems.put("415", "The body is not JSON");
            problems.put("422", "The request breaks a rule on its face (or names an unknown code in its body)");
        }
        return problems;
    }

}
