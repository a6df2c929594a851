package org.allianceregistry.readcache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allianceregistry.revision.RegistryRevision;
import org.allianceregistry.revision.RegistryRevisionService;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves repeated reads of {@code /api/v1} from memory and answers conditional reads with 304.
 *
 * <p>Every read first reads the data revision from the database (one cheap query), so a change made through any
 * instance is seen at the next request. Rendered 200 responses are cached under the revision, today's date (reads
 * default to today) and everything the representation varies by (path, query, Accept, Accept-Language); a repeated
 * read neither queries nor serialises again, and a new revision can never be answered from an older entry.
 *
 * <p>The ETag is a hash of the body, so it is strong, the same on every instance and after a restart, and changes
 * exactly when the representation does. Last-Modified is the time of the revision: never earlier than the change.
 */
class ReadCacheFilter extends OncePerRequestFilter {

    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LANGUAGE,
            HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.CACHE_CONTROL, HttpHeaders.LINK);

    private static final Pattern VERSION_TAG = Pattern.compile("\"(\\d{1,18})\"");

    private final ObjectProvider<RegistryRevisionService> revisions;
    private final ObjectProvider<HandlerExceptionResolver> exceptionResolver;
    private final Clock clock;
    private final String cacheControl;
    private final Cache<String, RenderedResponse> cache;

    /** The servlet container creates filters before JPA and MVC are up: both are looked up at the first request. */
    ReadCacheFilter(ObjectProvider<RegistryRevisionService> revisions, ObjectProvider<HandlerExceptionResolver> exceptionResolver,
            Clock clock, ReadCacheProperties properties) {
        this.revisions = revisions;
        this.exceptionResolver = exceptionResolver;
        this.clock = clock;
        this.cacheControl = properties.cacheControl();
        this.cache = Caffeine.newBuilder()
                .maximumWeight(properties.maxBytes())
                .weigher((String key, RenderedResponse rendered) -> rendered.weight())
                .build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !(HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method))
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/v1");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RegistryRevision revision;
        try {
            revision = revisions.getObject().current();
        } catch (DataAccessException | TransactionException unavailable) {
            // The database is out of reach: answer as the API does (503 problem), without a second wait for it.
            if (exceptionResolver.getObject().resolveException(request, response, null, unavailable) == null) {
                throw unavailable;
            }
            return;
        }
        String key = key(request, revision);
        RenderedResponse rendered = cache.getIfPresent(key);
        if (rendered == null) {
            ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, capture);
            if (capture.getStatus() != HttpServletResponse.SC_OK) {
                capture.copyBodyToResponse();
                return;
            }
            rendered = render(capture, revision);
            cache.put(key, rendered);
            capture.resetBuffer();
        }
        send(rendered, request, response);
    }

    private String key(HttpServletRequest request, RegistryRevision revision) {
        return revision.number() + "|" + LocalDate.now(clock) + "|" + request.getRequestURI() + "?" + request.getQueryString()
                + "|" + request.getHeader(HttpHeaders.ACCEPT) + "|" + request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
    }

    private RenderedResponse render(ContentCachingResponseWrapper capture, RegistryRevision revision) {
        byte[] body = capture.getContentAsByteArray();
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = name.equals(HttpHeaders.CONTENT_TYPE) ? capture.getContentType() : capture.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        headers.putIfAbsent(HttpHeaders.CACHE_CONTROL, cacheControl);
        // A handler that knows better when its answer last changed (the schedule, whose default range follows the
        // calendar year) says so; otherwise the answer changed, at the latest, with the revision.
        long handlerLastModified = capture.containsHeader(HttpHeaders.LAST_MODIFIED)
                ? parseDate(capture.getHeader(HttpHeaders.LAST_MODIFIED)) : -1;
        Instant lastModified = handlerLastModified > 0 ? Instant.ofEpochMilli(handlerLastModified) : revision.changedAt();
        return new RenderedResponse(body, headers, etag(capture.getHeader(HttpHeaders.ETAG), body), lastModified);
    }

    private static void send(RenderedResponse rendered, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.ETAG, rendered.etag());
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, rendered.lastModified().toEpochMilli());
        response.setHeader(HttpHeaders.VARY, "Accept, Accept-Language");
        rendered.headers().forEach((name, value) -> {
            if (!name.equals(HttpHeaders.CONTENT_TYPE)) {
                response.setHeader(name, value);
            }
        });
        if (notModified(rendered, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(rendered.headers().get(HttpHeaders.CONTENT_TYPE));
        response.setContentLength(rendered.body().length);
        if (!HttpMethod.HEAD.matches(request.getMethod())) {
            response.getOutputStream().write(rendered.body());
        }
    }

    private static long parseDate(@Nullable String httpDate) {
        try {
            return httpDate == null ? -1 : ZonedDateTime.parse(httpDate, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
        } catch (DateTimeParseException unparseable) {
            return -1;
        }
    }

    /** RFC 9110 §13.2.2: If-None-Match decides when present; If-Modified-Since only without it. */
    private static boolean notModified(RenderedResponse rendered, HttpServletRequest request) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String candidate = tag.trim();
                if (candidate.equals("*") || candidate.equals(rendered.etag()) || candidate.equals("W/" + rendered.etag())) {
                    return true;
                }
            }
            return false;
        }
        try {
            long ifModifiedSince = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
            return ifModifiedSince != -1 && rendered.lastModified().toEpochMilli() / 1000 <= ifModifiedSince / 1000;
        } catch (IllegalArgumentException unparseable) {
            return false;
        }
    }

    /**
     * The same bytes have the same ETag, whichever Accept header asked for them. A record's version, which its handler
     * sets as {@code "<version>"} for If-Match, stays in front: {@code "<version>-<hash>"}.
     */
    private static String etag(@Nullable String handlerEtag, byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            String hash = Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27);
            Matcher version = VERSION_TAG.matcher(handlerEtag == null ? "" : handlerEtag);
            return "\"" + (version.matches() ? version.group(1) + "-" : "") + hash + "\"";
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is a required JDK algorithm", impossible);
        }
    }
}
