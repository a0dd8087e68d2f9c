package app.communityops.join;

import static app.communityops.testing.SignedIn.as;

import app.communityops.members.MemberForm;
import app.communityops.members.MemberListService;
import app.communityops.members.MemberService;
import app.communityops.members.MemberTierForm;
import app.communityops.testing.TestTenants;
import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** A join page whose policy checks standing (Gold tier or 500 bought), and people of the tenant's records. */
@Component
public class StandingData {

    /** The page, and the tenant's Silver and Gold tiers. */
    public record Standing(JoinTestData.Ready ready, UUID silver, UUID gold) {
    }

    private final JoinTestData data;
    private final MemberListService lists;
    private final MemberService members;

    StandingData(JoinTestData data, MemberListService lists, MemberService members) {
        this.data = data;
        this.lists = lists;
        this.members = members;
    }

    /** Only the tier check: Gold or above is approved at once. */
    public Standing tierOnly() {
        Standing standing = tiers(data.paidEntry(500));
        as(standing.ready().tenant().admin(), () -> {
            data.policy(standing.ready().communityId(), form -> {
                form.setPaidEntry(false);
                form.setTierPrivilege(true);
                form.setMinTierId(standing.gold());
            });
            return null;
        });
        return standing;
    }

    /** Only the purchase check: 500 or more bought is approved at once. */
    public Standing purchaseOnly() {
        Standing standing = tiers(data.paidEntry(500));
        as(standing.ready().tenant().admin(), () -> {
            data.policy(standing.ready().communityId(), form -> {
                form.setPaidEntry(false);
                form.setPurchaseAmount(true);
                form.setMinPurchase(new BigDecimal("500"));
            });
            return null;
        });
        return standing;
    }

    /** A page of a new tenant that asks only the entry fee. */
    public JoinTestData.Ready page() {
        return data.paidEntry(500);
    }

    public Standing tiers(JoinTestData.Ready ready) {
        return as(ready.tenant().admin(), () -> new Standing(ready,
                lists.createTier(MemberTierForm.of("Silver", 1)).id(),
                lists.createTier(MemberTierForm.of("Gold", 2)).id()));
    }

    /** A person of the tenant's records, added to {@code community} by the tenant admin. */
    public void person(TestTenants.Fixture tenant, UUID community, String name, @Nullable String phone,
                       @Nullable String email, @Nullable UUID tier, String bought) {
        MemberForm form = new MemberForm();
        form.setName(name);
        form.setHandle("rec-" + UUID.randomUUID().toString().substring(0, 8));
        form.setPhone(phone);
        form.setEmail(email);
        form.setTierId(tier);
        form.setLifetimePurchase(new BigDecimal(bought));
        as(tenant.admin(), () -> members.addToCommunity(community, form));
    }
}
