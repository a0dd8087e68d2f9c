package app.communityops.join;

import static app.communityops.testing.SignedIn.as;

import app.communityops.members.MemberForm;
import app.communityops.members.MemberListService;
import app.communityops.members.MemberService;
import app.communityops.members.MemberTierForm;
import app.communityops.shared.TenantContext;
import app.communityops.testing.TestTenants;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A join page whose policy checks standing (Gold tier or 500 bought), people of the tenant's records, and the
 * pre-check with its mailed code as an applicant goes through it.
 */
@Component
public class StandingData {

    /** The subject starts with the code in either language. */
    private static final Pattern CODE = Pattern.compile("^(\\d{6}) ");

    /** The page, and the tenant's Silver and Gold tiers. */
    public record Standing(JoinTestData.Ready ready, UUID silver, UUID gold) {
    }

    private final JoinTestData data;
    private final MemberListService lists;
    private final MemberService members;
    private final JoinPublicService join;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    StandingData(JoinTestData data, MemberListService lists, MemberService members, JoinPublicService join,
                 JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.data = data;
        this.lists = lists;
        this.members = members;
        this.join = join;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The pre-check as an applicant goes through it: a code sent to {@code email}, read from the mail, typed back. */
    public StandingAnswer prove(JoinTestData.Ready ready, String email, String clientAddress) {
        join.sendCode(ready.token(), email, Locale.ENGLISH, clientAddress);
        return join.checkCode(ready.token(), email, mailedCode(ready.tenant(), email), clientAddress);
    }

    /** The code of the newest message queued to {@code email} in the tenant's outbox. */
    public String mailedCode(TestTenants.Fixture tenant, String email) {
        String text = TenantContext.callAs(tenant.tenantId(), () -> transactions.execute(status -> jdbc.queryForObject(
                "select subject from mail_outbox where recipient_email = ? order by queued_at desc, seq desc limit 1",
                String.class, email)));
        Matcher code = CODE.matcher(String.valueOf(text));
        if (!code.find()) {
            throw new IllegalStateException("no code in the mail to " + email + ": " + text);
        }
        return code.group(1);
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
