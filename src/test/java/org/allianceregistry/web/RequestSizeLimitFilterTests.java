package org.allianceregistry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import jakarta.servlet.FilterChain;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestSizeLimitFilterTests {

    private final RequestSizeLimitFilter filter = new RequestSizeLimitFilter();

    @Test
    void refusesADeclaredLengthOverTheLimitWithoutReadingIt() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/alliances/csto/memberships");
        request.setContent(new byte[RequestSizeLimitFilter.LIMIT + 1]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        AtomicBoolean passedOn = new AtomicBoolean();

        filter.doFilter(request, response, (req, res) -> passedOn.set(true));

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("payload-too-large");
        assertThat(passedOn).isFalse();
    }

    @Test
    void stopsAChunkedBodyOnceItPassesTheLimit() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/alliances/csto/memberships") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContent(new byte[RequestSizeLimitFilter.LIMIT + 100]);
        FilterChain readsEverything = (req, res) -> req.getInputStream().readAllBytes();

        assertThatExceptionOfType(RequestSizeLimitFilter.BodyTooLargeException.class)
            .isThrownBy(() -> filter.doFilter(request, new MockHttpServletResponse(), readsEverything));
    }

    @Test
    void letsABodyWithinTheLimitThrough() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/alliances/csto/memberships");
        request.setContent(new byte[RequestSizeLimitFilter.LIMIT]);
        AtomicBoolean passedOn = new AtomicBoolean();

        filter.doFilter(request, new MockHttpServletResponse(),
                (req, res) -> passedOn.set(req.getInputStream().readAllBytes().length > 0));

        assertThat(passedOn).isTrue();
    }

}
