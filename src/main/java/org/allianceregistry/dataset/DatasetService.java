package org.allianceregistry.dataset;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.allianceregistry.change.ChangeLog;
import org.allianceregistry.dataset.DatasetAllianceResponse.Phase;
import org.allianceregistry.dataset.DatasetResponse.FileResponse;
import org.allianceregistry.shared.ProblemType;
import org.allianceregistry.shared.RegistryException;
import org.allianceregistry.state.MemberStateService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the research datasets and answers questions about them. An import is parsed and
 * checked whole before the write transaction begins, then stored in one transaction: a
 * refused file leaves the stored dataset as it was, the same files again change nothing,
 * other files replace the dataset in one step.
 */
@Service
@Transactional(readOnly = true)
class DatasetService {

    static final String ENTITY_TYPE = "dataset";

    private final DatasetRepository datasets;

    private final ChangeLog changes;

    private final TransactionTemplate writes;

    private final Clock clock;

    private final MemberStateService states;

    DatasetService(DatasetRepository datasets, ChangeLog changes, PlatformTransactionManager transactions, Clock clock,
            MemberStateService states) {
        this.datasets = datasets;
        this.states = states;
        this.changes = changes;
        this.writes = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** What an import did: created the dataset, replaced it, or found it unchanged. */
    public enum Outcome {

        CREATED, REPLACED, UNCHANGED

    }

    /** An import's outcome, the dataset after it, and its version (its ETag). */
    public record Imported(Outcome outcome, DatasetResponse dataset, long version) {

    }

    /** The audit trail's summary of an import: which files, and their figures. */
    record ImportSummary(String dataset, String contentSha256, List<FileResponse> files, DatasetFigures figures) {

    }

    /**
     * Imports {@code files} (by file name) as dataset {@code id}: exactly the producer's
     * files the dataset needs, no more.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Imported importFiles(String id, Map<String, byte[]> files) {
        DatasetKind kind = require(id);
        for (String name : kind.files()) {
            if (!files.containsKey(name)) {
                throw new RegistryException(ProblemType.DATASET_FILE_MISSING,
                        "%s needs the files %s as multipart parts named by their file names; '%s' is missing."
                            .formatted(kind.title(), kind.files(), name),
                        name);
            }
        }
        for (String name : files.keySet()) {
            if (!kind.files().contains(name)) {
                throw new RegistryException(ProblemType.DATASET_FILE_UNEXPECTED,
                        "%s is imported from %s only; the part '%s' is not one of them.".formatted(kind.title(),
                                kind.files(), name),
                        name);
            }
        }
        ParsedDataset parsed = switch (kind) {
            case ATOP_4_01 -> AtopParser.parse(files);
            case COW_4_1 -> CowParser.parse(files);
        };
        String hash = DatasetFiles.contentHash(parsed.files());
        return writes.execute(status -> store(parsed, hash));
    }

    private Imported store(ParsedDataset parsed, String hash) {
        DatasetKind kind = parsed.kind();
        DatasetRepository.Stored before = datasets.find(kind).orElse(null);
        if (before != null && before.contentSha256().equals(hash)) {
            return new Imported(Outcome.UNCHANGED, response(kind, before), before.version());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        long version = datasets.replace(parsed, hash, now, editor());
        DatasetRepository.Stored after = datasets.find(kind).orElseThrow();
        ImportSummary summary = summary(kind, after);
        if (before == null) {
            changes.created(ENTITY_TYPE, null, kind.id(), summary);
            return new Imported(Outcome.CREATED, response(kind, after), version);
        }
        changes.updated(ENTITY_TYPE, null, kind.id(), summary(kind, before), summary);
        return new Imported(Outcome.REPLACED, response(kind, after), version);
    }

    /** Every dataset the registry can import, imported or not. */
    public List<DatasetResponse> list() {
        return Arrays.stream(DatasetKind.values())
            .map(kind -> datasets.find(kind)
                .map(stored -> response(kind, stored))
                .orElseGet(() -> DatasetResponse.notImported(kind)))
            .toList();
    }

    /** An imported dataset and its version. */
    public Imported get(String id) {
        DatasetKind kind = require(id);
        DatasetRepository.Stored stored = requireImported(kind);
        return new Imported(Outcome.UNCHANGED, response(kind, stored), stored.version());
    }

    /**
     * The dataset's alliances, filtered by state codes, day and obligation (see
     * {@link DatasetRepository#alliances}).
     */
    public Page<DatasetAllianceSummaryResponse> alliances(String id, @Nullable String state, @Nullable LocalDate asOf,
            @Nullable Obligation obligation, Pageable pageable) {
        DatasetKind kind = require(id);
        requireImported(kind);
        covered(kind, asOf);
        List<Integer> codes = states(state, asOf);
        if (state != null && !state.isBlank() && codes.isEmpty()) {
            // The state had no COW number that day (or ever): no row of the dataset can
            // name it.
            return Page.empty(pageable);
        }
        return datasets.alliances(kind, codes, asOf, obligation, pageable);
    }

    public DatasetAllianceResponse alliance(String id, int number) {
        DatasetKind kind = require(id);
        requireImported(kind);
        DatasetAllianceSummaryResponse alliance = requireAlliance(kind, number);
        List<DatasetMemberResponse> members = datasets.members(kind, number);
        return new DatasetAllianceResponse(alliance.dataset(), alliance.number(), alliance.cowNumber(),
                alliance.typeLabel(), alliance.start(), alliance.end(), alliance.inEffectAtCoverageEnd(),
                alliance.obligations(), alliance.source(), phases(members), members);
    }

    /** The alliance's member rows in effect on {@code asOf}, or all of them. */
    public Page<DatasetMemberResponse> members(String id, int number, @Nullable LocalDate asOf, Pageable pageable) {
        DatasetKind kind = require(id);
        requireImported(kind);
        requireAlliance(kind, number);
        covered(kind, asOf);
        return datasets.members(kind, number, asOf, pageable);
    }

    private static List<Phase> phases(List<DatasetMemberResponse> members) {
        List<Phase> phases = new ArrayList<>();
        Set<Integer> numbers = new LinkedHashSet<>();
        members.forEach(member -> numbers.add(member.phase() == null ? 0 : member.phase()));
        for (int number : numbers) {
            List<DatasetMemberResponse> rows = members.stream()
                .filter(member -> (member.phase() == null ? 0 : member.phase()) == number)
                .toList();
            DatasetDate start = rows.stream()
                .map(DatasetMemberResponse::entry)
                .min((a, b) -> a.earliest().compareTo(b.earliest()))
                .orElseThrow();
            DatasetDate end = rows.stream().anyMatch(member -> member.exit() == null) ? null
                    : rows.stream()
                        .map(DatasetMemberResponse::exit)
                        .max((a, b) -> a.latest().compareTo(b.latest()))
                        .orElseThrow();
            phases.add(new Phase(number, start, end, rows.size()));
        }
        return phases;
    }

    private static DatasetKind require(String id) {
        return DatasetKind.byId(id)
            .orElseThrow(() -> new RegistryException(ProblemType.DATASET_NOT_FOUND,
                    "The registry knows no dataset '%s'; it can import %s.".formatted(id,
                            Arrays.stream(DatasetKind.values()).map(DatasetKind::id).toList())));
    }

    private DatasetRepository.Stored requireImported(DatasetKind kind) {
        return datasets.find(kind)
            .orElseThrow(() -> new RegistryException(ProblemType.DATASET_NOT_IMPORTED,
                    "%s %s has not been imported: an editor imports it with PUT /api/v1/datasets/%s and the files %s."
                        .formatted(kind.title(), kind.version(), kind.id(), kind.files())));
    }

    private DatasetAllianceSummaryResponse requireAlliance(DatasetKind kind, int number) {
        return datasets.alliance(kind, number)
            .orElseThrow(() -> new RegistryException(ProblemType.DATASET_ALLIANCE_NOT_FOUND,
                    "%s %s has no alliance %d.".formatted(kind.title(), kind.version(), number)));
    }

    /**
     * A day outside the coverage is refused: the dataset cannot say who was allied then.
     */
    private static void covered(DatasetKind kind, @Nullable LocalDate day) {
        if (day != null && !kind.covers(day)) {
            throw new RegistryException(ProblemType.DATASET_DATE_OUTSIDE_COVERAGE,
                    "%s %s covers %s to %s; %s is outside it, so the dataset cannot say who was allied then (an empty answer would read as 'nobody')."
                        .formatted(kind.title(), kind.version(), kind.coverageStart(), kind.coverageEnd(), day),
                    "asOf");
        }
    }

    /**
     * The dataset's state codes for {@code state}: a COW state number as given, or an ISO
     * 3166 code read through the registry's COW crosswalk on {@code asOf} (every number
     * the state ever had, without it).
     */
    private List<Integer> states(@Nullable String state, @Nullable LocalDate asOf) {
        if (state == null || state.isBlank()) {
            return List.of();
        }
        String code = state.trim();
        if (code.matches("[0-9]{1,4}")) {
            return List.of(Integer.valueOf(code));
        }
        try {
            return this.states.cowCodesOf(code, asOf);
        }
        catch (RegistryException unknown) {
            if (unknown.type() != ProblemType.STATE_NOT_FOUND) {
                throw unknown;
            }
            throw new RegistryException(ProblemType.INVALID_PARAMETER,
                    "state is a COW state number such as 365 or an ISO 3166 code such as RU; the registry knows no state '%s'."
                        .formatted(code.length() > 20 ? code.substring(0, 20) + "..." : code),
                    "state");
        }
    }

    private static DatasetResponse response(DatasetKind kind, DatasetRepository.Stored stored) {
        return DatasetResponse.imported(kind, stored.importedAt(), stored.importedBy(), stored.contentSha256(),
                stored.files(), stored.figures());
    }

    private static ImportSummary summary(DatasetKind kind, DatasetRepository.Stored stored) {
        return new ImportSummary(kind.id(), stored.contentSha256(), stored.files(), stored.figures());
    }

    private static String editor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? "system" : authentication.getName();
    }

}
