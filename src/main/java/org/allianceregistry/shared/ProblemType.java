package org.allianceregistry.shared;

import java.net.URI;
import java.util.Locale;

/**
 * Every kind of problem the registry answers, with its HTTP status and its fixed title.
 * The type URI is {@value #BASE} followed by the constant's name in lower case with
 * hyphens; types are names, not pages to fetch. The OpenAPI description lists them from
 * here, so a new constant is documented the moment it exists.
 */
public enum ProblemType {

    // Records the path or a parameter names that the registry does not hold (404)
    ALLIANCE_NOT_FOUND(404, "Alliance not found"), STATE_NOT_FOUND(404, "State not found"),
    PROTOCOL_NOT_FOUND(404, "Protocol not found"), SOURCE_NOT_FOUND(404, "Source not found"),
    MEMBERSHIP_NOT_FOUND(404, "Membership not found"), WITHDRAWAL_NOT_FOUND(404, "Withdrawal not found"),
    CHAIRMANSHIP_NOT_FOUND(404, "Chairmanship term not found"), EVENT_NOT_FOUND(404, "Event not found"),
    NO_CURRENT_CHAIR(404, "No current chair"), DATASET_NOT_FOUND(404, "Dataset not found"),
    DATASET_NOT_IMPORTED(404, "Dataset not imported"), DATASET_ALLIANCE_NOT_FOUND(404, "Dataset alliance not found"),
    /**
     * The iCalendar feed of an alliance without a rotating chair: RFC 5545 has no empty
     * calendar.
     */
    NO_ROTATING_CHAIR(404, "No rotating chair"),
    /** The iCalendar feed of a range in which no term has known dates. */
    NO_CALENDAR_EVENTS(404, "No calendar events"),
    /**
     * The Secretaries-General of an alliance the registry holds none of: not "there were
     * none".
     */
    SECRETARIES_GENERAL_NOT_RECORDED(404, "No Secretaries-General recorded"),

    // Requests the registry cannot read (400, 405, 406, 413, 415)
    BAD_REQUEST(400, "Bad Request"), MALFORMED_REQUEST(400, "Malformed request"),
    MALFORMED_BODY(400, "Malformed request body"), INVALID_PARAMETER(400, "Invalid request parameter"),
    VALIDATION_FAILED(400, "Validation failed"), NOT_FOUND(404, "Not Found"),
    METHOD_NOT_ALLOWED(405, "Method Not Allowed"), NOT_ACCEPTABLE(406, "Not Acceptable"),
    PAYLOAD_TOO_LARGE(413, "Request body too large"), URI_TOO_LONG(414, "URI Too Long"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported Media Type"),
    REQUEST_HEADER_FIELDS_TOO_LARGE(431, "Request Header Fields Too Large"),

    // Who may write (401, 403, 429)
    AUTHENTICATION_REQUIRED(401, "Authentication required"), WRITES_DISABLED(401, "Writes are disabled"),
    FORBIDDEN(403, "Forbidden"), CORS_REJECTED(403, "Cross-origin request refused"),
    TOO_MANY_FAILED_LOGINS(429, "Too many failed logins"),

    // Which version a write read (412, 428)
    STALE_VERSION(412, "Stale version"), IF_MATCH_REQUIRED(428, "If-Match required"),

    // Writes that clash with stored data (409)
    DATA_CONFLICT(409, "Conflict with stored data"), CONCURRENT_MODIFICATION(409, "Concurrent modification"),
    ALLIANCE_CODE_TAKEN(409, "Alliance code taken"), ALLIANCE_IN_USE(409, "Alliance has records"),
    ALLIANCE_DISSOLVED(409, "Alliance dissolved"), STATE_CODE_TAKEN(409, "State code taken"),
    STATE_IN_USE(409, "State has records"), SOURCE_CODE_TAKEN(409, "Source code taken"),
    SOURCE_IN_USE(409, "Source in use"), MEMBERSHIP_OVERLAP(409, "Overlapping membership"),
    MEMBERSHIP_NOT_IN_FORCE(409, "No membership in force"), MEMBERSHIP_ALREADY_ENDED(409, "Membership already ended"),
    MEMBERSHIP_HAS_ACTS(409, "Membership has acts"), ACTS_OUTSIDE_PERIOD(409, "Acts outside the period"),
    END_SET_BY_WITHDRAWAL(409, "End set by a withdrawal"), ALREADY_RESTRICTED(409, "Already restricted"),
    CHAIR_NOT_A_MEMBER(409, "Chair not a member"), CHAIR_NOT_IN_GOOD_STANDING(409, "Chair not in good standing"),
    CHAIRMANSHIP_OVERLAP(409, "Overlapping chairmanship"), CHAIR_YEAR_TAKEN(409, "Chair year taken"),
    PROTOCOL_TITLE_TAKEN(409, "Document already recorded"), EVENT_TITLE_TAKEN(409, "Event title taken"),
    EVENT_HAS_STAGES(409, "Event has stages"),

    // Writes that break a rule on their face, whatever is stored (422)
    SOURCES_REQUIRED(422, "Sources required"), SOURCE_LOCATOR_REQUIRED(422, "Source locator required"),
    UNKNOWN_STATE(422, "Unknown state"), UNKNOWN_SOURCE(422, "Unknown source"), UNKNOWN_EVENT(422, "Unknown event"),
    END_BEFORE_START(422, "End before start"), END_KIND_MISMATCH(422, "End and its kind"),
    EFFECTIVE_BEFORE_NOTICE(422, "Effective before notice"), NOT_LIFTABLE(422, "Not liftable"),
    LIFTED_BEFORE_EFFECTIVE(422, "Lifted before effective"),
    IN_FORCE_BEFORE_SIGNATURE(422, "In force before signature"),
    RATIFIED_BEFORE_SIGNATURE(422, "Ratified before signature"),
    DISSOLVED_BEFORE_ESTABLISHED(422, "Dissolved before established"),
    CEASED_BUT_NOT_HISTORIC(422, "Ceased but not historic"), DATE_NOTE_REQUIRED(422, "Date note required"),
    UNDATED_MISMATCH(422, "Start date and precision"), QUANTITY_UNIT_REQUIRED(422, "Quantity needs a unit"),
    DUPLICATE_PARTICIPANT(422, "Participant named twice"), DUPLICATE_SIGNATORY(422, "Signatory named twice"),
    EVENT_CYCLE(422, "Event its own stage"), DATASET_FILE_MISSING(422, "Dataset file missing"),
    DATASET_FILE_UNEXPECTED(422, "Unexpected dataset file"), DATASET_FILE_INVALID(422, "Dataset file invalid"),
    DATASET_DATE_OUTSIDE_COVERAGE(422, "Date outside the dataset's coverage"),
    /** A date given both as a day and in EDTF, the two not saying the same. */
    DATE_FORMS_DISAGREE(422, "Date forms disagree"), DATE_BOUNDS_OUTSIDE(422, "Bounds outside the date"),
    QUANTITY_QUALIFIER_MISMATCH(422, "Quantity and its qualifier"),

    // The registry's own failures (500, 503)
    INTERNAL_ERROR(500, "Internal error"), SERVICE_UNAVAILABLE(503, "Service unavailable");

    public static final String BASE = "urn:alliance-registry:problem:";

    private final int status;

    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The type's name in its URI, e.g. {@code membership-overlap}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public URI uri() {
        return URI.create(BASE + slug());
    }

    /**
     * The type of a problem the framework or the servlet container raised with only a
     * status: the constant of that status where one is the generic answer, else the
     * generic problem of its class.
     */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 431 -> REQUEST_HEADER_FIELDS_TOO_LARGE;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
        };
    }

}
