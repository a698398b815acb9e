package org.xinfang.petition.evaluation;

/** How many verdicts of each kind a bureau (org unit code) received in a period. */
public record VerdictTally(String unitCode, long satisfied, long basicallySatisfied, long unsatisfied) {

    public long total() {
        return satisfied + basicallySatisfied + unsatisfied;
    }
}
