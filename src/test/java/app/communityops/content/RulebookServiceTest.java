package app.communityops.content;

import static app.communityops.testing.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.communityops.screening.RedLineChange;
import app.communityops.screening.RedLineDetails;
import app.communityops.screening.RedLineForm;
import app.communityops.screening.RedLineService;
import app.communityops.shared.ConcurrentEditException;
import app.communityops.shared.UserFacingException;
import app.communityops.testing.IntegrationTest;
import app.communityops.testing.TestTenants;
import app.communityops.testing.TestTenants.Fixture;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class RulebookServiceTest {

    @Autowired TestTenants tenants;
    @Autowired RulebookService rulebook;
    @Autowired RedLineService redLines;

    Fixture tenant;

    @BeforeEach
    void createTenant() {
        tenant = tenants.create();
    }

    @Test
    void everyChangeIsKeptWithWhoMadeIt() {
        RulebookItemDetails added = as(tenant.operator(),
                () -> rulebook.add(tenant.communityId(), RulebookKind.FORBIDDEN, "  No ads  "));
        RulebookItemDetails reworded = as(tenant.admin(),
                () -> rulebook.update(added.id(), added.version(), "No ads or QR codes"));
        as(tenant.operator(), () -> rulebook.remove(reworded.id(), reworded.version()));

        assertThat(as(tenant.clientUser(), () -> rulebook.items(tenant.communityId()))).isEmpty();
        assertThat(as(tenant.clientUser(), () -> rulebook.history(added.id())))
                .extracting(RulebookChange::text, RulebookChange::active, RulebookChange::changedByName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("No ads", true, tenant.operator().displayName()),
                        org.assertj.core.groups.Tuple.tuple("No ads or QR codes", true, tenant.admin().displayName()),
                        org.assertj.core.groups.Tuple.tuple("No ads or QR codes", false,
                                tenant.operator().displayName()));
    }

    @Test
    void aStaleVersionIsRefused() {
        RulebookItemDetails added = as(tenant.admin(),
                () -> rulebook.add(tenant.communityId(), RulebookKind.ENCOURAGED, "Share notes"));
        as(tenant.admin(), () -> rulebook.update(added.id(), added.version(), "Share weekly notes"));
        assertThatThrownBy(() -> as(tenant.operator(), () -> rulebook.update(added.id(), added.version(), "Mine")))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void oneSloganAndNoBlankOrOverlongItems() {
        as(tenant.admin(), () -> rulebook.add(tenant.communityId(), RulebookKind.SLOGAN, "一起成长"));
        assertRefused(() -> rulebook.add(tenant.communityId(), RulebookKind.SLOGAN, "Another"), "rulebook.error.single");
        assertRefused(() -> rulebook.add(tenant.communityId(), RulebookKind.MEME, "   "), "rulebook.error.textRequired");
        assertRefused(() -> rulebook.add(tenant.communityId(), RulebookKind.MEME, "x".repeat(1001)),
                "rulebook.error.textLength");
    }

    @Test
    void logosArePngJpegOrWebpByTheirBytesAndAtMostOneMegabyte() {
        RulebookItemDetails png = as(tenant.operator(),
                () -> rulebook.uploadLogo(tenant.communityId(), null, "logo.png", ContentFixtures.PNG));
        assertThat(png.text()).contains("logo.png", "image/png");
        RulebookItemDetails webp = as(tenant.operator(),
                () -> rulebook.uploadLogo(tenant.communityId(), png.version(), "logo.webp", ContentFixtures.WEBP));
        RulebookItemDetails jpeg = as(tenant.operator(),
                () -> rulebook.uploadLogo(tenant.communityId(), webp.version(), "logo.jpg", ContentFixtures.JPEG));
        assertThat(jpeg.id()).isEqualTo(png.id());
        assertThat(as(tenant.clientUser(), () -> rulebook.logo(tenant.communityId())).orElseThrow().contentType())
                .isEqualTo("image/jpeg");

        byte[] script = "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8);
        assertRefused(() -> rulebook.uploadLogo(tenant.communityId(), jpeg.version(), "forged.png", script),
                "rulebook.error.logoType");
        byte[] gif = "GIF89a-----------".getBytes(StandardCharsets.US_ASCII);
        assertRefused(() -> rulebook.uploadLogo(tenant.communityId(), jpeg.version(), "anim.gif", gif),
                "rulebook.error.logoType");
        byte[] huge = ContentFixtures.image(ContentFixtures.PNG, RulebookService.MAX_LOGO_BYTES + 1);
        assertRefused(() -> rulebook.uploadLogo(tenant.communityId(), jpeg.version(), "huge.png", huge),
                "rulebook.error.logoTooLarge");
        assertThatThrownBy(() -> as(tenant.admin(),
                () -> rulebook.uploadLogo(tenant.communityId(), null, "second.png", ContentFixtures.PNG)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(as(tenant.admin(), () -> rulebook.history(png.id()))).hasSize(3);
    }

    @Test
    void clientUsersReadButChangeNothing() {
        RulebookItemDetails added = as(tenant.admin(),
                () -> rulebook.add(tenant.communityId(), RulebookKind.REWARD_HONORARY, "Mentor of the month"));
        assertThat(as(tenant.clientUser(), () -> rulebook.items(tenant.communityId())))
                .extracting(RulebookItemDetails::id, RulebookItemDetails::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(added.id(), "Mentor of the month"));
        assertThatThrownBy(() -> as(tenant.clientUser(),
                () -> rulebook.add(tenant.communityId(), RulebookKind.MEME, "x"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(tenant.clientUser(), () -> rulebook.update(added.id(), added.version(), "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(tenant.clientUser(), () -> rulebook.uploadLogo(tenant.communityId(), null, "l.png",
                ContentFixtures.PNG))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void redLinesKeepTheirHistory() {
        RedLineDetails line = as(tenant.operator(), () -> redLines.add(tenant.communityId(), RedLineForm.of("发广告")));
        RedLineDetails reworded = as(tenant.admin(),
                () -> redLines.update(line.id(), line.version(), RedLineForm.of("发广告 / posting ads")));
        as(tenant.admin(), () -> redLines.setActive(reworded.id(), reworded.version(), false));
        assertThat(as(tenant.clientUser(), () -> redLines.history(line.id())))
                .extracting(RedLineChange::text, RedLineChange::active, RedLineChange::changedByName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("发广告", true, tenant.operator().displayName()),
                        org.assertj.core.groups.Tuple.tuple("发广告 / posting ads", true, tenant.admin().displayName()),
                        org.assertj.core.groups.Tuple.tuple("发广告 / posting ads", false, tenant.admin().displayName()));
        assertThatThrownBy(() -> as(tenant.otherOperator(), () -> redLines.history(line.id())))
                .isInstanceOf(app.communityops.shared.NotFoundException.class);
    }

    private void assertRefused(Runnable call, String key) {
        assertThatThrownBy(() -> as(tenant.admin(), () -> {
            call.run();
            return null;
        })).isInstanceOf(UserFacingException.class)
                .satisfies(error -> assertThat(((UserFacingException) error).messageKey()).isEqualTo(key));
    }
}
