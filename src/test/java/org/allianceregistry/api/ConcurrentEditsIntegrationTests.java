package org.allianceregistry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.allianceregistry.RegistryIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Many editors change one record at once, each from the version it read: exactly one
 * wins, the others are told their version is stale (412), the version moves by exactly
 * one and the audit trail holds exactly one change.
 */
@RegistryIntegrationTest
class ConcurrentEditsIntegrationTests {

    private static final int EDITORS = 16;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MockMvc mockMvc;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
    }

    @Test
    void ofSixteenConcurrentCorrectionsFromOneVersionExactlyOneWins() throws Exception {
        String alliance = api.newAlliance("race");
        long id = api.admit(alliance, "RS", "2027-01-01").path("id").asLong();
        String uri = "/api/v1/memberships/" + id;
        String cursor = lastChange("0");

        List<MockHttpServletResponse> responses = race(i -> patch(uri).header(HttpHeaders.AUTHORIZATION, Api.EDITOR)
            .header(HttpHeaders.IF_MATCH, "\"0\"")
            .contentType("application/merge-patch+json")
            .content("{\"note\": \"editor " + i + "\"}"));

        Map<Integer, Long> statuses = responses.stream()
            .collect(Collectors.groupingBy(MockHttpServletResponse::getStatus, Collectors.counting()));
        assertThat(statuses).containsEntry(200, 1L).containsEntry(412, (long) EDITORS - 1).hasSize(2);
        MockHttpServletResponse winner = responses.stream().filter(r -> r.getStatus() == 200).findFirst().orElseThrow();
        assertThat(winner.getHeader(HttpHeaders.ETAG)).isEqualTo("\"1\"");
        assertThat(api.etag(uri)).startsWith("\"1-");
        String winningNote = JsonMapper.builder()
            .build()
            .readTree(winner.getContentAsByteArray())
            .path("note")
            .asString();
        assertThat(winningNote).startsWith("editor ");
        assertThat(api.get(uri).path("note").asString()).isEqualTo(winningNote);
        JsonNode changes = api.get("/api/v1/changes?size=250&since=" + cursor).path("content");
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).path("action").asString()).isEqualTo("UPDATE");
    }

    @Test
    void ofSixteenConcurrentAdmissionsOfOneStateExactlyOneIsRecorded() throws Exception {
        String alliance = api.newAlliance("rush");

        List<MockHttpServletResponse> responses = race(i -> post("/api/v1/alliances/" + alliance + "/memberships")
            .header(HttpHeaders.AUTHORIZATION, Api.EDITOR)
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                    "{\"state\": \"RS\", \"startDate\": \"2027-01-%02d\", \"verification\": \"VERIFIED\", \"sources\": [\"R12\"]}"
                        .formatted(i + 1)));

        Map<Integer, Long> statuses = responses.stream()
            .collect(Collectors.groupingBy(MockHttpServletResponse::getStatus, Collectors.counting()));
        assertThat(statuses).containsEntry(201, 1L).containsEntry(409, (long) EDITORS - 1).hasSize(2);
        assertThat(api.get("/api/v1/alliances/" + alliance + "/memberships").path("content")).hasSize(1);
    }

    private List<MockHttpServletResponse> race(Function<Integer, MockHttpServletRequestBuilder> request)
            throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(EDITORS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<MockHttpServletResponse>> futures = new ArrayList<>();
            for (int i = 0; i < EDITORS; i++) {
                MockHttpServletRequestBuilder builder = request.apply(i);
                futures.add(executor.submit(() -> {
                    start.await();
                    return mockMvc.perform(builder).andReturn().getResponse();
                }));
            }
            start.countDown();
            List<MockHttpServletResponse> responses = new ArrayList<>();
            for (Future<MockHttpServletResponse> future : futures) {
                responses.add(future.get(60, TimeUnit.SECONDS));
            }
            return responses;
        }
        finally {
            executor.shutdownNow();
        }
    }

    private String lastChange(String since) {
        JsonNode page = api.get("/api/v1/changes?size=250&since=" + since);
        return page.path("hasMore").asBoolean() ? lastChange(page.path("next").asString())
                : page.path("next").asString();
    }

}
