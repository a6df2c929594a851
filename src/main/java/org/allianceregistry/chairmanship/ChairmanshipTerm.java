package org.allianceregistry.chairmanship;

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
import org.allianceregistry.shared.Period;
import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RuleViolationException;
import org.allianceregistry.shared.Verification;
import org.allianceregistry.source.Source;
import org.allianceregistry.state.MemberState;
import org.jspecify.annotations.Nullable;

/**
 * A state's term as chair of an alliance's council, from the day it took over
 * ({@code startDate}) to the hand-over ({@code endDate}, exclusive: the next term's first
 * day). Null dates are not verified; see the note.
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

    private @Nullable LocalDate startDate;

    private @Nullable LocalDate endDate;

    private @Nullable String dateNote;

    private @Nullable LocalDate decidedOn;

    private @Nullable String decidedAt;

    private @Nullable String headOfState;

    private boolean interim;

    @Enumerated(EnumType.STRING)
    private Verification verification;

    private @Nullable String note;

    private @Nullable String ruleException;

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
        this.startDate = term.startDate();
        this.endDate = term.endDate();
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
     * The term's own rules on its dates (422): the hand-over follows the start, and a
     * term whose start is not verified carries a note on what is known. Checked before
     * any query, so that a term breaking them is refused for that whatever is stored.
     */
    static void requireConsistentDates(AssignChairRequest term) {
        LocalDate start = term.startDate();
        if (start != null && term.endDate() != null && !term.endDate().isAfter(start)) {
            throw new RuleViolationException(ProblemType.END_BEFORE_START,
                    "endDate " + term.endDate() + " must be after startDate " + start + " (it is the hand-over day).",
                    "endDate");
        }
        if (start == null && (term.dateNote() == null || term.dateNote().isBlank())) {
            throw new RuleViolationException(ProblemType.DATE_NOTE_REQUIRED,
                    "A term without a verified startDate needs a dateNote saying what is known about it.", "startDate");
        }
    }

    /**
     * The days the term ran, from its start to the hand-over (open while none is
     * recorded); null when the start is not verified.
     */
    public @Nullable Period period() {
        return startDate == null ? null : new Period(startDate, endDate);
    }

    /**
     * Whether this term and {@code other} share a day, with what is certain of each: a
     * term without a verified start clashes with nothing, and one without a verified
     * hand-over is not taken to run on past a later term (only its first day is certain).
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

    public @Nullable LocalDate getStartDate() {
        return startDate;
    }

    public @Nullable LocalDate getEndDate() {
        return endDate;
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

}
