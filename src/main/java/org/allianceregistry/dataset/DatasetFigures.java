package org.allianceregistry.dataset;

import java.util.HashSet;
import java.util.Set;
import org.allianceregistry.dataset.ParsedDataset.ParsedAlliance;
import org.allianceregistry.dataset.ParsedDataset.ParsedMember;

/**
 * A dataset's figures, as its producer counts them: alliances, member rows, those in
 * effect on the last day of coverage, alliances with more than one phase, pacts of
 * non-aggression only, distinct states, and member-years (each member row counted once
 * per calendar year it touches, the exit year or the last year of coverage included: how
 * COW's yearly file expands its member file).
 */
public record DatasetFigures(int alliances, int memberRows, int alliancesInEffectAtCoverageEnd,
        int memberRowsInEffectAtCoverageEnd, int multiPhaseAlliances, int nonAggressionOnlyPacts, int states,
        int memberYears) {

    static DatasetFigures of(ParsedDataset dataset) {
        int memberRows = 0;
        int alliancesInEffect = 0;
        int membersInEffect = 0;
        int multiPhase = 0;
        int nonAggressionOnly = 0;
        int memberYears = 0;
        Set<Integer> states = new HashSet<>();
        int lastYear = dataset.kind().coverageEnd().getYear();
        for (ParsedAlliance alliance : dataset.alliances()) {
            memberRows += alliance.members().size();
            alliancesInEffect += alliance.end() == null ? 1 : 0;
            multiPhase += alliance.phaseCount() > 1 ? 1 : 0;
            nonAggressionOnly += alliance.obligations().nonAggressionOnly() ? 1 : 0;
            for (ParsedMember member : alliance.members()) {
                membersInEffect += member.exit() == null ? 1 : 0;
                states.add(member.stateCode());
                int exitYear = member.exit() == null ? lastYear : member.exit().earliest().getYear();
                memberYears += exitYear - member.entry().earliest().getYear() + 1;
            }
        }
        return new DatasetFigures(dataset.alliances().size(), memberRows, alliancesInEffect, membersInEffect,
                multiPhase, nonAggressionOnly, states.size(), memberYears);
    }

}
