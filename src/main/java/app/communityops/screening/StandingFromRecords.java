package app.communityops.screening;

import app.communityops.members.MemberForm;
import app.communityops.members.MemberStandingService;
import app.communityops.members.RecordStanding;
import java.math.BigDecimal;
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

    /** The applicant's form with the records' tier and amount in place of whatever it said. */
    void fill(ScreeningRules rules, MemberForm member) {
        RecordStanding standing = rules.tierPrivilege() || rules.purchaseAmount()
                ? standings.byContact(member.getPhone(), member.getEmail())
                : new RecordStanding(null, null, BigDecimal.ZERO);
        member.setTierId(rules.tierPrivilege() ? standing.tierId() : null);
        member.setLifetimePurchase(rules.purchaseAmount() ? standing.lifetimePurchase() : BigDecimal.ZERO);
    }

    /**
     * The policy's tier and purchase checks alone, combined as the policy combines them, for the person behind a
     * phone number or an email (told apart by the {@code @}).
     */
    PrecheckAnswer precheck(ScreeningRules rules, String phoneOrEmail) {
        boolean email = phoneOrEmail.contains("@");
        RecordStanding standing = standings.byContact(email ? null : phoneOrEmail, email ? phoneOrEmail : null);
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
