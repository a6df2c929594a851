package org.allianceregistry.readcache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.allianceregistry.revision.RegistryRevision;
import org.allianceregistry.revision.RegistryRevisionService;
import org.allianceregistry.web.EntityTag;
import org.allianceregistry.web.HeaderValues;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves repeated reads of {@code /api/v1} and of the pages from memory and answers
 * conditional reads with 304.
 *
 * <p>
 * Every read first learns the data revision, without asking the database
 * ({@link RegistryRevisionService#current()}: this instance's writes are seen at the next
 * request, another instance's on PostgreSQL at once or within the documented bound).
 * Rendered 200 responses are cached under the revision, today's date (reads default to
 * today) and everything the representation varies by (path, query, Accept,
 * Accept-Language); a repeated read neither queries nor serialises again, and a new
 * revision can never be answered from an older entry.
 *
 * <p>
 * The ETag is a hash of the body, so it is strong, the same on every instance and after a
 * restart, and changes exactly when the representation does. Last-Modified is the time of
 * the revision: never earlier than the change.
 *
 * <p>
 * Bodies worth compressing are gzip-coded once, when they are cached, and sent so to
 * clients that accept it (browsers, curl --compressed, most HTTP libraries): the large
 * lists shrink up to fifteen-fold at no cost per read. The gzip-coded representation has
 * its own strong ETag, the identity tag with {@code -gzip} appended.
 */
class ReadCacheFilter extends OncePerRequestFilter {

    /** What a read's representation is chosen by. */
    static final String VARY = "Accept, Accept-Language, Accept-Encoding";

    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LANGUAGE,
            HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.CACHE_CONTROL, HttpHeaders.LINK);

    /**
     * The system clock, which Tomcat's Date header follows; Last-Modified must not lie
     * ahead of it (RFC 9110 §8.8.2.1).
     */
    private static final Clock WALL_CLOCK = Clock.systemUTC();

    /**
     * How long a read waits for its turn before it is answered 503 (with Retry-After).
     */
    private static final Duration ADMISSION_WAIT = Duration.ofSeconds(10);

    private final ObjectProvider<RegistryRevisionService> revisionsProvider;

    private final ObjectProvider<HandlerExceptionResolver> exceptionResolverProvider;

    private volatile @Nullable RegistryRevisionService revisions;

    private volatile @Nullable HandlerExceptionResolver exceptionResolver;

    private final Clock clock;

    private final String cacheControl;

    private final int compressMinBytes;

    private final Cache<String, RenderedResponse> cache;

    /**
     * Turns to render: at most a few reads the cache does not hold (twice the cores by
     * default) are rendered at once, the others wait their turn parked, so that they hold
     * neither a core nor a pooled connection. Reads the cache holds and writes take no
     * turn: under any read load a write competes with a few renderings for the CPU and
     * the pool, not with every connection's.
     */
    private final Semaphore admission;

    /**
     * The servlet container creates filters before JPA and MVC are up: both are looked up
     * at the first request.
     */
    ReadCacheFilter(ObjectProvider<RegistryRevisionService> revisions,
            ObjectProvider<HandlerExceptionResolver> exceptionResolver, Clock clock, ReadCacheProperties properties) {
        this.revisionsProvider = revisions;
        this.exceptionResolverProvider = exceptionResolver;
        this.clock = clock;
        this.cacheControl = properties.cacheControl();
        this.compressMinBytes = properties.compressMinBytes();
        this.admission = new Semaphore(properties.concurrentReadsOrDefault(), true);
        this.cache = Caffeine.newBuilder()
            .maximumWeight(properties.maxBytes())
            .weigher((String key, RenderedResponse rendered) -> rendered.weight())
            .build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !(HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method)) || !isRead(request);
    }

    /** The API's reads and the pages for people, which show the same data. */
    private static boolean isRead(HttpServletRequest request) {
        String uri = request.getRequestURI();
        int path = request.getContextPath().length();
        int length = uri.length() - path;
        return uri.startsWith("/api/v1", path) || length == 1 && uri.charAt(path) == '/'
                || uri.startsWith("/alliances/", path) || uri.startsWith("/states/", path)
                || length == "/sources".length() && uri.startsWith("/sources", path);
    }

    private RegistryRevisionService revisions() {
        RegistryRevisionService known = revisions;
        if (known == null) {
            known = revisionsProvider.getObject();
            revisions = known;
        }
        return known;
    }

    private HandlerExceptionResolver exceptionResolver() {
        HandlerExceptionResolver known = exceptionResolver;
        if (known == null) {
            known = exceptionResolverProvider.getObject();
            exceptionResolver = known;
        }
        return known;
    }

    /**
     * A read the cache holds is sent at once, without a turn: it takes no connection and
     * microseconds of a core. Only a read that must be rendered waits for one.
     */
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RegistryRevision revision;
        try {
            revision = revisions().current();
        }
        catch (DataAccessException | TransactionException unavailable) {
            // The database is out of reach: answer as the API does (503 problem), without
            // a second wait for it.
            if (exceptionResolver().resolveException(request, response, null, unavailable) == null) {
                throw unavailable;
            }
            return;
        }
        String key = key(request, revision);
        RenderedResponse rendered = cache.getIfPresent(key);
        if (rendered == null) {
            if (!admission.tryAcquire()) {
                try {
                    if (!admission.tryAcquire(ADMISSION_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                        busy(request, response);
                        return;
                    }
                }
                catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while waiting for a turn to read");
                }
            }
            try {
                rendered = renderThrough(request, response, chain, revision);
            }
            finally {
                admission.release();
            }
            if (rendered != null) {
                cache.put(key, rendered);
            }
        }
        if (rendered != null) {
            send(rendered, request, response);
        }
    }

    private void busy(HttpServletRequest request, HttpServletResponse response) throws ServletException {
        ErrorResponseException busy = new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE);
        busy.setDetail("The registry is answering more reads than it can at once. Retry in a second.");
        busy.getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
        if (exceptionResolver().resolveException(request, response, null, busy) == null) {
            throw new ServletException(busy);
        }
    }

    /**
     * Runs the request through the handler. A 200 is captured for the cache (and sent by
     * the caller); anything else is sent as it is and gives null.
     */
    private @Nullable RenderedResponse renderThrough(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain, RegistryRevision revision) throws ServletException, IOException {
        ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, capture);
        if (capture.getStatus() != HttpServletResponse.SC_OK) {
            // Not cached here, but a shared cache may store it (a 404 is cacheable by
            // default): it names what it was chosen by too.
            varyBy(capture);
            capture.copyBodyToResponse();
            return null;
        }
        RenderedResponse rendered = render(capture, revision);
        capture.resetBuffer();
        return rendered;
    }

    /**
     * What the representation is chosen by, read as negotiation reads it: every value of
     * a repeated header, in order (RFC 9110 §5.3), so that no request is stored under a
     * key another request with different headers also has.
     */
    private String key(HttpServletRequest request, RegistryRevision revision) {
        return revision.number() + "|" + LocalDate.now(clock) + "|" + request.getRequestURI() + "?"
                + request.getQueryString() + "|" + HeaderValues.allValues(request, HttpHeaders.ACCEPT) + "|"
                + HeaderValues.allValues(request, HttpHeaders.ACCEPT_LANGUAGE);
    }

    private static void varyBy(HttpServletResponse response) {
        List<String> named = response.getHeaders(HttpHeaders.VARY)
            .stream()
            .flatMap(value -> Arrays.stream(value.split(",")))
            .map(String::trim)
            .toList();
        for (String header : VARY.split(", ")) {
            if (named.stream().noneMatch(header::equalsIgnoreCase)) {
                response.addHeader(HttpHeaders.VARY, header);
            }
        }
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
        // A handler that knows better when its answer last changed (the schedule, whose
        // default range follows the
        // calendar year) says so. Otherwise the answer changed, at the latest, with the
        // revision or, as reads default
        // to today, at today's start.
        long handlerLastModified = capture.containsHeader(HttpHeaders.LAST_MODIFIED)
                ? parseDate(capture.getHeader(HttpHeaders.LAST_MODIFIED)) : -1;
        Instant today = LocalDate.now(clock).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant lastModified = handlerLastModified > 0 ? Instant.ofEpochMilli(handlerLastModified)
                : revision.lastModified().isAfter(today) ? revision.lastModified() : today;
        return RenderedResponse.of(body, gzipped(body), headers,
                EntityTag.ofRepresentation(capture.getHeader(HttpHeaders.ETAG), body), lastModified);
    }

    private byte @Nullable [] gzipped(byte[] body) {
        if (body.length < compressMinBytes) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        }
        catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.size() < body.length ? out.toByteArray() : null;
    }

    private static void send(RenderedResponse rendered, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean gzip = rendered.gzipped() != null
                && AcceptEncoding.acceptsGzip(HeaderValues.allValues(request, HttpHeaders.ACCEPT_ENCODING));
        String etag = gzip ? rendered.gzipEtag() : rendered.etag();
        // Last-Modified is sent once the second it names is over (by the clock of the
        // Date header): before that, a second change within the same second could carry
        // the same date, and If-Modified-Since could not tell them apart. Until then the
        // ETag alone validates.
        boolean dated = rendered.lastModified().toEpochMilli() <= WALL_CLOCK.millis();
        if (dated) {
            response.setHeader(HttpHeaders.LAST_MODIFIED, rendered.lastModifiedHttpDate());
        }
        // Every header the representation was chosen by; the same on the 304, so that a
        // cache it refreshes keeps storing each variant under its own request headers.
        // Origin is not among them: a read answers Access-Control-Allow-Origin: * to
        // every request, with or without Origin (security/ProblemCorsProcessor).
        response.setHeader(HttpHeaders.VARY, VARY);
        List<String> headers = rendered.sentHeaders();
        for (int i = 0; i < headers.size(); i += 2) {
            response.setHeader(headers.get(i), headers.get(i + 1));
        }
        // The tag a 200 would carry for this request, on the 304 too: a cache that
        // refreshes its stored response by the 304's tag must not take the gzip-coded
        // copy for the identity one (RFC 9111 §4.3.4).
        response.setHeader(HttpHeaders.ETAG, etag);
        if (notModified(etag, request, rendered.lastModified(), dated)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = gzip ? rendered.gzipped() : rendered.body();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(rendered.contentType());
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(body.length);
        if (!HttpMethod.HEAD.matches(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    private static long parseDate(@Nullable String httpDate) {
        try {
            return httpDate == null ? -1
                    : ZonedDateTime.parse(httpDate, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
        }
        catch (DateTimeParseException unparseable) {
            return -1;
        }
    }

    /**
     * RFC 9110 §13.2.2: If-None-Match decides when present; If-Modified-Since only
     * without it. If-None-Match compares weakly (§13.1.2) with the tag of the
     * representation this request selects: the identity tag does not match for a client
     * that now gets the gzip-coded copy, nor the other way round.
     */
    private static boolean notModified(String selectedEtag, HttpServletRequest request, Instant lastModified,
            boolean dated) {
        String ifNoneMatch = HeaderValues.allValues(request, HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String candidate = tag.trim();
                String opaque = candidate.startsWith("W/") ? candidate.substring(2) : candidate;
                if (candidate.equals("*") || opaque.equals(selectedEtag)) {
                    return true;
                }
            }
            return false;
        }
        if (!dated) {
            return false;
        }
        try {
            long ifModifiedSince = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
            return ifModifiedSince != -1 && lastModified.toEpochMilli() <= ifModifiedSince;
        }
        catch (IllegalArgumentException unparseable) {
            return false;
        }
    }

}
