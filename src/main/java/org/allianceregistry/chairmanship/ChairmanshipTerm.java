package org.allianceregistry.chairmanship;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.allianceregistry.alliance.Alliance;
import org.allianceregistry.shared.HistoricalDate;
import org.allianceregistry.shared.HistoricalPeriod;
import org.allianceregistry.shared.Period;
import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RuleViolationException;
import org.allianceregistry.shared.Verification;
import org.allianceregistry.source.Source;
import org.allianceregistry.state.MemberState;
import org.jspecify.annotations.Nullable;

/**
 * A state's term as chair of an alliance's council, from the day it took over
 * ({@code start}) to the hand-over ({@code end}, exclusive: the next term's first day),
 * each as the sources know it: a day, or a month, a year or bounds where no source gives
 * the day. No end means still in office; no start means nothing is known of it (see the
 * note).
 */
@Entity
@Table(name = "chairmanship_terms")
class ChairmanshipTerm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private Long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Alliance alliance;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private MemberState memberState;

    private int chairYear;

    private String chairYearLabel;

    @Embedded
    @AttributeOverride(name = "date", column = @Column(name = "start_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "start_precision"))
    @AttributeOverride(name = "earliest", column = @Column(name = "start_earliest"))
    @AttributeOverride(name = "latest", column = @Column(name = "start_latest"))
    private @Nullable HistoricalDate start;

    @Embedded
    @AttributeOverride(name = "date", column = @Column(name = "end_date"))
    @AttributeOverride(name = "precision", column = @Column(name = "end_precision"))
    @AttributeOverride(name = "earliest", column = @Column(name = "end_earliest"))
    @AttributeOverride(name = "latest", column = @Column(name = "end_latest"))
    private @Nullable HistoricalDate end;

    private @Nullable String dateNote;

    private @Nullable LocalDate decidedOn;

    private @Nullable String decidedAt;

    private @Nullable String headOfState;

    private boolean interim;

    @Enumerated(EnumType.STRING)
    private Verification verification;

    private @Nullable String note;

    private @Nullable String ruleException;

    private @Nullable String conventionDeparture;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "chairmanship_term_sources", joinColumns = @JoinColumn(name = "chairmanship_term_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    private Set<Source> sources = new HashSet<>();

    protected ChairmanshipTerm() {
    }

    ChairmanshipTerm(Alliance alliance, MemberState chair, AssignChairRequest term) {
        this.alliance = alliance;
        assign(chair, term);
    }

    /**
     * Sets who chaired and when, once {@link #requireConsistentDates} accepts the dates.
     */
    void assign(MemberState chair, AssignChairRequest term) {
        requireConsistentDates(term);
        this.memberState = chair;
        this.chairYear = term.chairYear();
        this.chairYearLabel = term.chairYearLabel() == null || term.chairYearLabel().isBlank()
                ? String.valueOf(term.chairYear()) : term.chairYearLabel().trim();
        this.start = TermDates.start(term);
        this.end = TermDates.end(term);
        this.dateNote = blankToNull(term.dateNote());
        this.decidedOn = term.decidedOn();
        this.decidedAt = blankToNull(term.decidedAt());
        this.headOfState = blankToNull(term.headOfState());
        this.interim = Boolean.TRUE.equals(term.interim());
        this.verification = term.verification() != null ? term.verification() : Verification.VERIFIED;
        this.note = blankToNull(term.note());
    }

    /** Cites exactly these sources. */
    void cite(java.util.Collection<Source> cited) {
        Source.citeExactly(sources, cited);
    }

    /**
     * The term's own rules on its dates (422): each date given once or in agreeing forms
     * ({@link TermDates}), the hand-over possibly after the start, and a term whose start
     * is not known at all carries a note on what is known. Checked before any query, so
     * that a term breaking them is refused for that whatever is stored.
     */
    static void requireConsistentDates(AssignChairRequest term) {
        HistoricalDate start = TermDates.start(term);
        HistoricalDate end = TermDates.end(term);
        if (start != null && end != null && !end.possibleDays().last().isAfter(start.possibleDays().first())) {
            throw new RuleViolationException(ProblemType.END_BEFORE_START, "The hand-over " + end
                    + " must be after the start " + start + " (endDate is the hand-over day, exclusive).", "endDate");
        }
        if (start == null && (term.dateNote() == null || term.dateNote().isBlank())) {
            throw new RuleViolationException(ProblemType.DATE_NOTE_REQUIRED,
                    "A term without a verified startDate needs a dateNote saying what is known about it.", "startDate");
        }
    }

    /**
     * When the term ran, as the sources know it; null when nothing is known of its start.
     */
    public @Nullable HistoricalPeriod time() {
        return start == null ? null : new HistoricalPeriod(start, end);
    }

    /**
     * The days the term certainly ran, from the last day its start can be to the first
     * day its hand-over can be (open while none is recorded); null when the start is not
     * known or no day is certain.
     */
    public @Nullable Period period() {
        return certainDays(start, end);
    }

    /**
     * The days a term from {@code start} to {@code end} certainly runs, as
     * {@link #period()}.
     */
    static @Nullable Period certainDays(@Nullable HistoricalDate start, @Nullable HistoricalDate end) {
        if (start == null) {
            return null;
        }
        LocalDate first = start.possibleDays().last();
        LocalDate until = end == null ? null : end.possibleDays().first();
        return until != null && !until.isAfter(first) ? null : new Period(first, until);
    }

    /**
     * Whether this term and {@code other} certainly share a day: a term without a known
     * start clashes with nothing, one without a recorded hand-over is not taken to run on
     * past a later term (only its first day is certain), and days a bounded hand-over
     * leaves uncertain are no clash.
     */
    boolean clashesWith(Period other) {
        Period own = period();
        return own != null && certain(own).overlaps(certain(other));
    }

    private static Period certain(Period period) {
        return period.isOpen() ? new Period(period.start(), period.start().plusDays(1)) : period;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public Long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public Alliance getAlliance() {
        return alliance;
    }

    public MemberState getMemberState() {
        return memberState;
    }

    public int getChairYear() {
        return chairYear;
    }

    public String getChairYearLabel() {
        return chairYearLabel;
    }

    /** The start as the sources know it; null when nothing is known of it. */
    public @Nullable HistoricalDate getStart() {
        return start;
    }

    /** The hand-over (exclusive) as the sources know it; null while in office. */
    public @Nullable HistoricalDate getEnd() {
        return end;
    }

    /**
     * The legacy {@code startDate}: the first day as chair, or, where the day is
     * uncertain, the last day it can be (the first day the state certainly chaired).
     */
    public @Nullable LocalDate getStartDate() {
        return TermDates.legacy(start);
    }

    /**
     * The legacy {@code endDate}: the hand-over day (exclusive), or, where the day is
     * uncertain, the last day it can be, so that an ended term never reads as current.
     */
    public @Nullable LocalDate getEndDate() {
        return TermDates.legacy(end);
    }

    public @Nullable String getDateNote() {
        return dateNote;
    }

    public @Nullable LocalDate getDecidedOn() {
        return decidedOn;
    }

    public @Nullable String getDecidedAt() {
        return decidedAt;
    }

    public @Nullable String getHeadOfState() {
        return headOfState;
    }

    public boolean isInterim() {
        return interim;
    }

    public Verification getVerification() {
        return verification;
    }

    public @Nullable String getNote() {
        return note;
    }

    public Set<Source> getSources() {
        return Collections.unmodifiableSet(sources);
    }

    /**
     * Why this term departs from the alliance's rotation rule; null when it follows the
     * rule.
     */
    public @Nullable String getRuleException() {
        return ruleException;
    }

    /**
     * Why the hand-over into this term does not (or not certainly) follow the rotation
     * rule's hand-over convention for its chair year; null when it does.
     */
    public @Nullable String getConventionDeparture() {
        return conventionDeparture;
    }

}
