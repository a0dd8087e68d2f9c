package app.communityops.shared;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.testing.ImageBombs;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The pixel size comes from each format's header, without decoding; bombs of every accepted format are refused. */
class ImageSnifferTest {

    @Test
    void realImagesOfEveryAcceptedFormatAreMeasuredAndAccepted() {
        assertThat(ImageSniffer.size(ImageBombs.png(80, 40))).contains(new ImageSniffer.Size(80, 40));
        assertThat(ImageSniffer.size(ImageBombs.jpeg(80, 40))).contains(new ImageSniffer.Size(80, 40));
        assertThat(ImageSniffer.size(ImageBombs.webp())).contains(new ImageSniffer.Size(16, 8));
        assertThat(ImageSniffer.check(ImageBombs.png(4096, 1))).isEqualTo(ImageSniffer.Verdict.ACCEPTABLE);
        assertThat(ImageSniffer.check(ImageBombs.jpeg(80, 40))).isEqualTo(ImageSniffer.Verdict.ACCEPTABLE);
        assertThat(ImageSniffer.check(ImageBombs.webp())).isEqualTo(ImageSniffer.Verdict.ACCEPTABLE);
        assertThat(ImageSniffer.check(ImageBombs.webpLosslessBomb(4096, 4096)))
                .isEqualTo(ImageSniffer.Verdict.ACCEPTABLE);
    }

    @Test
    void aSmallFileDeclaringHugeDimensionsIsRefusedInEveryFormat() {
        ImageBombs.all().forEach((name, bomb) -> {
            assertThat(bomb.length).as(name).isLessThan(2048);
            assertThat(ImageSniffer.check(bomb)).as(name).isEqualTo(ImageSniffer.Verdict.TOO_MANY_PIXELS);
            assertThat(ImageSniffer.size(bomb).orElseThrow().pixels()).as(name)
                    .isGreaterThanOrEqualTo(16_383L * 16_383L);
        });
        assertThat(ImageSniffer.check(ImageBombs.webpLosslessBomb(4097, 4096)))
                .isEqualTo(ImageSniffer.Verdict.TOO_MANY_PIXELS);
    }

    @Test
    void headersWithoutASizeOrCutShortAreNotImagesToDecode() {
        byte[] png = ImageBombs.png(8, 8);
        assertThat(ImageSniffer.check(Arrays.copyOf(png, 18))).isEqualTo(ImageSniffer.Verdict.NO_SIZE);
        byte[] jpeg = ImageBombs.jpeg(8, 8);
        assertThat(ImageSniffer.check(Arrays.copyOf(jpeg, 40))).isEqualTo(ImageSniffer.Verdict.NO_SIZE);
        assertThat(ImageSniffer.check(ImageBombs.jpegBomb(100, 0))).isEqualTo(ImageSniffer.Verdict.NO_SIZE);
        byte[] webp = ImageBombs.webp();
        assertThat(ImageSniffer.check(Arrays.copyOf(webp, 22))).isEqualTo(ImageSniffer.Verdict.NO_SIZE);
        assertThat(ImageSniffer.check(new byte[ImageSniffer.MAX_LOGO_BYTES + 1]))
                .isEqualTo(ImageSniffer.Verdict.TOO_MANY_BYTES);
        assertThat(ImageSniffer.check("GIF89a-----------".getBytes())).isEqualTo(ImageSniffer.Verdict.NOT_AN_IMAGE);
    }
}
