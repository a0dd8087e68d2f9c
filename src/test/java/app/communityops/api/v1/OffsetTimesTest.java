package app.communityops.api.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OffsetTimesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-25T09:30:00+08:00", "2026-11-25T09:30:00Z", "2026-11-25T09:30:00.5Z",
            "2026-11-25T09:30:00.123456789-05:30", "2024-02-29T23:59:59.999+00:00", "2026-11-25T09:30Z",
            "2026-11-25t09:30:00Z", "2026-11-25T09:30:00z", "2026-11-25T09:30:00+08:00:00", "2026-01-01T00:00:00-18:00", "2026-11-25T09:30:00.Z"})
    void readsWhatTheFormatterReads(String text) {
        assertThat(OffsetTimes.parse(text)).isEqualTo(formatter(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-25T09:30:00", "2026-11-25 09:30:00Z", "2026-02-30T09:30:00Z",
            "2026-11-25T24:00:00Z", "2026-11-25T09:60:00Z", "2026-11-25T09:30:00.1234567890Z",
            "2026-11-25T09:30:00+08:75", "2026-11-25T09:30:00+19:00", "2026-11-25T09:30:00+0800", "2026-1a-25T09:30:00Z",
            "2026-11-25T09:30:00ZZ", "2026-11-25T09:30:00+08:00 ", "tomorrow", ""})
    void refusesWhatTheFormatterRefuses(String text) {
        assertThatThrownBy(() -> formatter(text)).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> OffsetTimes.parse(text)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void agreesWithTheFormatterOnRandomTimes() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(0, 4_102_444_800L), random.nextInt(1_000_000_000));
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(random.nextInt(-18 * 4, 18 * 4 + 1) * 900);
            String text = instant.atOffset(offset).toString();
            assertThat(OffsetTimes.parse(text)).as(text).isEqualTo(formatter(text)).isEqualTo(instant);
        }
    }

    private static Instant formatter(String text) {
        return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    }
}
