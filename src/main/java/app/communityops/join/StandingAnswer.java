package app.communityops.join;

import app.communityops.screening.PrecheckAnswer;

/**
 * The pre-check's answer once the address was proven, with the proof token the application carries so the records
 * count for it (the page keeps it; it is good for {@link ContactProofs#PROOF_VALID}).
 */
public record StandingAnswer(PrecheckAnswer answer, String proof) {

    static final StandingAnswer WRONG_CODE = new StandingAnswer(PrecheckAnswer.NOT_YET, "");
}
