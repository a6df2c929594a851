package org.allianceregistry.dataset;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The datasets the registry can import, with what their producers say about them. The
 * registry never ships their files: an editor imports the copy they obtained.
 */
public enum DatasetKind {

    ATOP_4_01("atop-4.01", "Alliance Treaty Obligations and Provisions (ATOP)", "4.01",
            "Brett Ashley Leeds (Rice University) and collaborators, http://www.atopdata.org",
            "Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell, and Andrew G. Long. 2002. "
                    + "\"Alliance Treaty Obligations and Provisions, 1815-1944.\" International Interactions 28: 237-260. "
                    + "ATOP data version 4.01.",
            "ATOP is distributed free of charge from atopdata.org for research, with the citation; "
                    + "its producer states no licence. The registry does not redistribute the files.",
            LocalDate.of(1815, 1, 1), LocalDate.of(2016, 12, 31), List.of("atop4_01a.csv", "atop4_01m.csv")),

    COW_4_1("cow-4.1", "Correlates of War Formal Interstate Alliance Dataset", "4.1",
            "Douglas M. Gibler for the Correlates of War Project, https://correlatesofwar.org/data-sets/formal-alliances/",
            "Gibler, Douglas M. 2009. International Military Alliances, 1648-2008. Washington, DC: CQ Press. "
                    + "COW Formal Interstate Alliance Dataset, version 4.1.",
            "Free for public and academic use with the citation and the version (the COW project's stance); no open "
                    + "licence. The maintainer asked software not to redistribute the data: the registry never ships "
                    + "or re-distributes the files, it reads the copy an editor supplies.",
            LocalDate.of(1816, 1, 1), LocalDate.of(2012, 12, 31), List.of("alliance_v4.1_by_member.csv"));

    private final String id;

    private final String title;

    private final String version;

    private final String producer;

    private final String citation;

    private final String termsOfUse;

    private final LocalDate coverageStart;

    private final LocalDate coverageEnd;

    private final List<String> files;

    DatasetKind(String id, String title, String version, String producer, String citation, String termsOfUse,
            LocalDate coverageStart, LocalDate coverageEnd, List<String> files) {
        this.id = id;
        this.title = title;
        this.version = version;
        this.producer = producer;
        this.citation = citation;
        this.termsOfUse = termsOfUse;
        this.coverageStart = coverageStart;
        this.coverageEnd = coverageEnd;
        this.files = files;
    }

    public static Optional<DatasetKind> byId(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String version() {
        return version;
    }

    public String producer() {
        return producer;
    }

    public String citation() {
        return citation;
    }

    public String termsOfUse() {
        return termsOfUse;
    }

    public LocalDate coverageStart() {
        return coverageStart;
    }

    public LocalDate coverageEnd() {
        return coverageEnd;
    }

    /** The producer's file names, which are also the names of the upload's parts. */
    public List<String> files() {
        return files;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(coverageStart) && !day.isAfter(coverageEnd);
    }

}
