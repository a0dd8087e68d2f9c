package app.communityops.bench.load;

import static app.communityops.bench.Figures.report;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The production jar on the load data: how long {@code java -jar} takes to be ready on an existing database of
 * realistic size (the goal is at most 10 s), and how much heap it holds before anyone signs in. Runs with
 * {@code -Pbench} (failsafe, after package), also generating the load data the first time.
 */
class SmokeLoadBenchmark {

    private static final Logger log = LoggerFactory.getLogger(SmokeLoadBenchmark.class);

    @Test
    void productionStartOnTheLoadData() throws IOException, InterruptedException {
        LoadDataSet data = LoadDataSet.prepare();
        if (!data.reused()) {
            report("load.data_generate", data.generationSeconds(), "s");
        }
        data.figures().forEach((name, value) -> log.info("Load data: {} = {}", name, value));
        Path folder = data.workingCopy("smoke");
        try (ProductionNode node = ProductionNode.onEmbeddedDatabase(folder).name("smoke").port(8086)
                .scheduler(false).jvm("-Xmx1g", "-XX:+UseG1GC").start()) {
            report("app.start_load_data", node.startSeconds(), "s");
            HttpResponse<String> login = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(node.baseUrl() + "/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);
            report("app.heap_idle_load_data", node.heapUsedAfterFullGc() / 1048576.0, "MiB");
            ProductionNode.Cpu cpu = node.cpuSecondsSoFar();
            log.info("CPU since start: JVM {} s, PostgreSQL {} s", cpu.jvmSeconds(), cpu.postgresSeconds());
        }
    }
}
