package app.communityops.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The heap figure the load benchmark reports is read from jcmd's text: the collectors' formats of JDK 21 and 25. */
class ProductionNodeTest {

    @Test
    void readsTheUsedHeapOfG1() {
        String heapInfo = """
                25585:
                garbage-first heap   total reserved 6172672K, committed 28672K, used 2915K [0x0000000687400000, 0x0000000800000000)
                 region size 4096K, 0 young (0K), 0 survivors (0K)
                 Metaspace       used 81234K, committed 82000K, reserved 1114112K
                  class space    used 10000K, committed 10500K, reserved 1048576K
                """;

        assertThat(ProductionNode.heapUsed(heapInfo)).isEqualTo(2915L * 1024);
    }

    @Test
    void addsUpTheGenerationsOfTheParallelCollector() {
        String heapInfo = """
                25713:
                PSYoungGen      total 113152K, used 37131K [0x0000000782700000, 0x000000078a500000, 0x0000000800000000)
                 eden space 97280K, 38% used [0x0000000782700000,0x0000000784b42c00,0x0000000788600000)
                 from space 15872K, 0% used [0x0000000789580000,0x0000000789580000,0x000000078a500000)
                ParOldGen       total 258048K, used 1166K [0x0000000687400000, 0x0000000697000000, 0x0000000782700000)
                 object space 258048K, 0% used [0x0000000687400000,0x0000000687523ab8,0x0000000697000000)
                """;

        assertThat(ProductionNode.heapUsed(heapInfo)).isEqualTo((37131L + 1166L) * 1024);
    }

    @Test
    void refusesAnAnswerWithoutAHeapFigure() {
        assertThatThrownBy(() -> ProductionNode.heapUsed("12345:\nCommand not found\n"))
                .isInstanceOf(IllegalStateException.class);
    }
}
