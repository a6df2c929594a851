package org.allianceregistry.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.allianceregistry.shared.ProblemType;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpStatus;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    /** The name of the problem schema in the description's components. */
    public static final String PROBLEM_SCHEMA = "ProblemDetail";

    static final String DESCRIPTION = """
            The Alliance Registry is a source-cited registry of military-political alliances and of which states \
            belonged to them when: the Collective Security Treaty Organization (`csto`) in depth, NATO (`nato`) and \
            the Warsaw Pact (`warsaw-pact`) beside it. Every curated record carries the public sources it rests on \
            and how well they support it (`verification`: VERIFIED, SINGLE_SOURCE, UNVERIFIED).

            **Codes.** Alliances are named by lower-case code. States are named by ISO 3166-1 alpha-2 or alpha-3 code \
            in any case (`AM`, `arm`); former states (Soviet Union `SU`/`SUN`, Czechoslovakia `CS`/`CSK`, German \
            Democratic Republic `DD`/`DDR`) by the codes they held, and every state in a response carries `iso2` and `iso3`.

            **Dates.** All dates are ISO 8601 calendar dates (`YYYY-MM-DD`). Periods are half-open: a `startDate` is \
            the first day of a period and an `endDate` is the first day *after* it (exclusive). A membership whose \
            `endDate` is 1999-04-20 was in force on 1999-04-19 and no longer on 1999-04-20; a chairmanship term ends \
            on the day of the hand-over, when the next term starts. A null `endDate` means the period is still open; \
            a null `startDate` on a chairmanship term means the exact hand-over day is not verified (`dateNote` says \
            what is known).

            **Membership statuses on a date.** `SIGNATORY`: the state has signed but the founding treaty was not yet \
            in force. `ACTIVE`: a member with all rights. `SUSPENDED`: still a member, but its participation is \
            suspended by a decision of the alliance (Uzbekistan in the CSTO since 2012-12-19); a suspension is not a \
            withdrawal. A *frozen participation* is a member's own political posture, not a status in the alliance's \
            law: the member stays `ACTIVE` and carries `participationFrozenSince` (Armenia in the CSTO since 2024-02-22). \
            A *non-renewal* ends a membership because the state did not renew the treaty when its term expired \
            (Azerbaijan, Georgia and Uzbekistan in 1999); a *withdrawal* ends it by the state's own act.

            **Names** follow `Accept-Language` (`en`, `ru`, `ar`; English by default); full records carry all three.

            **Lists** that can grow are paged with `page` (from 0), `size` (1–250, default 50) and `sort` \
            (`property` or `property,desc`; each list names its properties) and answer one page shape: \
            `{"content": [...], "page": {"size", "number", "totalElements", "totalPages"}}`.

            **Errors** are RFC 9457 problem details (`application/problem+json`) with `type`, `title`, `status` and \
            `detail`; invalid parameters are listed under `errors` as `{field, message}`. Every problem \
            carries the request's `correlationId`, also answered in the `X-Request-Id` header (sent by the client or made \
            up by the registry). A 503 `service-unavailable` (the database cannot be reached) says in \
            `Retry-After` when to retry. The problem types, by status (each `type` is \
            `urn:alliance-registry:problem:` and the name):
            """;

    @Bean
    OpenAPI registryOpenApi() {
        return new OpenAPI().info(new Info().title("Alliance Registry API")
            .version("v1")
            .description(DESCRIPTION + catalogue())
            .license(new License().name("Data: see the sources cited by each record")));
    }

    /**
     * The problem schema, with every type of the catalogue (added once springdoc has made
     * its own components).
     */
    @Bean
    OpenApiCustomizer problemSchemaCustomizer() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
        };
    }

    /** The problem types as a Markdown list, a line per status, from the catalogue. */
    static String catalogue() {
        Map<Integer, List<String>> byStatus = new TreeMap<>();
        for (ProblemType type : ProblemType.values()) {
            byStatus.computeIfAbsent(type.status(), status -> new ArrayList<>()).add("`" + type.slug() + "`");
        }
        StringBuilder list = new StringBuilder("\n");
        byStatus.forEach((status, types) -> list.append("- ")
            .append(status)
            .append(' ')
            .append(HttpStatus.valueOf(status).getReasonPhrase())
            .append(": ")
            .append(String.join(", ", types))
            .append('\n'));
        return list.toString();
    }

    private static Schema<?> problemSchema() {
        StringSchema type = new StringSchema();
        type.setFormat("uri");
        type.setEnum(Arrays.stream(ProblemType.values()).map(t -> t.uri().toString()).toList());
        return new ObjectSchema()
            .description("An RFC 9457 problem: type, title, status, detail, instance and, for invalid fields, "
                    + "errors [{field, message}]")
            .addProperty("type", type.example(ProblemType.MEMBERSHIP_OVERLAP.uri().toString()))
            .addProperty("title", new StringSchema().example(ProblemType.MEMBERSHIP_OVERLAP.title()))
            .addProperty("status", new IntegerSchema().example(409))
            .addProperty("detail", new StringSchema())
            .addProperty("instance", new StringSchema());
    }

}
