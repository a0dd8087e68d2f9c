package app.communityops.screening;

import app.communityops.members.MemberForm;
import app.communityops.members.MemberStandingService;
import app.communityops.members.RecordStanding;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The tier and purchase checks for a join page's applicant, who cannot say their own tier or amount: both come
 * from the tenant's records by the phone or email they give (docs/decisions/0051-the-way-in.md). The application
 * carries that standing on the member it adds, so it and every later evaluation judge the same facts the pre-check
 * judged, by the same engine.
 */
@Component
class StandingFromRecords {

    private final MemberStandingService standings;

    StandingFromRecords(MemberStandingService standings) {
        this.standings = standings;
    }

    /**
     * The applicant's form with the records' tier and amount in place of whatever it said: those of their email
     * address when they proved it is theirs, else none (the checks then wait for a reviewer). A phone number is
     * never proven on a join page, so it never lends anyone a record's standing.
     */
    void fill(ScreeningRules rules, MemberForm member, boolean addressProven) {
        RecordStanding standing = addressProven && (rules.tierPrivilege() || rules.purchaseAmount())
                ? standings.byEmail(Objects.requireNonNullElse(member.getEmail(), ""))
                : new RecordStanding(null, null, BigDecimal.ZERO);
        member.setTierId(rules.tierPrivilege() ? standing.tierId() : null);
        member.setLifetimePurchase(rules.purchaseAmount() ? standing.lifetimePurchase() : BigDecimal.ZERO);
    }

    /**
     * The policy's tier and purchase checks alone, combined as the policy combines them, for the person behind an
     * email address they proved.
     */
    PrecheckAnswer precheck(ScreeningRules rules, String provenEmail) {
        RecordStanding standing = standings.byEmail(provenEmail);
        if (!rules.tierPrivilege() && !rules.purchaseAmount()) {
            return PrecheckAnswer.NOT_YET;
        }
        ScreeningRules recordsOnly = new ScreeningRules(rules.combine(), false, null, rules.currency(), false, false,
                Set.of(), rules.tierPrivilege(), rules.minTierRank(), rules.minTierName(), rules.purchaseAmount(),
                rules.minPurchase());
        ScreeningFacts facts = new ScreeningFacts(null, CodeCheck.NONE, Set.of(), standing.tierRank(), null,
                standing.lifetimePurchase(), false);
        return ScreeningEngine.evaluate(recordsOnly, facts).verdict() == Verdict.APPROVE ? PrecheckAnswer.PASSED
                : PrecheckAnswer.NOT_YET;
    }
}
