package org.allianceregistry.index;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Index", description = "Where everything is")
class ApiIndexController {

    private static final ApiIndex INDEX = new ApiIndex("Alliance Registry", "v1", links());

    @Schema(description = "The API's index: links to its resources and feeds; {code} is an alliance or state code")
    record ApiIndex(@Schema(example = "Alliance Registry") String name, @Schema(example = "v1") String version,
            @Schema(example = "{\"alliances\": \"/api/v1/alliances\"}") Map<String, String> links) {
    }

    @GetMapping("/api/v1")
    @Operation(operationId = "getApiIndex", summary = "The API's index: links to every resource and feed",
            description = "A small constant document; clients can start here instead of hard-coding paths.")
    ApiIndex index() {
        return INDEX;
    }

    private static Map<String, String> links() {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", "/api/v1");
        links.put("alliances", "/api/v1/alliances");
        links.put("alliance", "/api/v1/alliances/{code}");
        links.put("members", "/api/v1/alliances/{code}/members{?asOf}");
        links.put("memberships", "/api/v1/alliances/{code}/memberships{?state}");
        links.put("withdrawals", "/api/v1/alliances/{code}/withdrawals{?kind}");
        links.put("chairmanships", "/api/v1/alliances/{code}/chairmanships{?from,to,frozenPolicy,format}");
        links.put("chairOnDate", "/api/v1/alliances/{code}/chairmanships{?asOf}");
        links.put("chairmanshipsCsv", "/api/v1/alliances/{code}/chairmanships?format=csv");
        links.put("chairmanshipsIcs", "/api/v1/alliances/{code}/chairmanships?format=ics");
        links.put("currentChair", "/api/v1/alliances/{code}/chairmanships/current");
        links.put("rotationRule", "/api/v1/alliances/{code}/chairmanships/rotation");
        links.put("secretariesGeneral", "/api/v1/alliances/{code}/secretaries-general{?asOf}");
        links.put("protocols", "/api/v1/alliances/{code}/protocols{?kind}");
        links.put("protocol", "/api/v1/protocols/{id}");
        links.put("events", "/api/v1/alliances/{code}/events{?kind,from,to}");
        links.put("states", "/api/v1/states");
        links.put("state", "/api/v1/states/{code}");
        links.put("stateMemberships", "/api/v1/states/{code}/memberships");
        links.put("sources", "/api/v1/sources");
        links.put("openApi", "/v3/api-docs");
        links.put("swaggerUi", "/swagger-ui.html");
        return Collections.unmodifiableMap(links);
    }

}
