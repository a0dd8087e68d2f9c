package app.communityops.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The operations report as data, every text already in the reader's language and every figure already
 * formatted, so the web view, the PDF and the Markdown show exactly the same report. The issuer's logo travels
 * with the report to its PDF but is not part of a snapshot's stored model: the issued PDF already carries it.
 */
public record OperationsReport(UUID communityId, String communityName, ReportPeriod period, String languageTag,
                               String title, String subtitle, @Nullable String issuer,
                               @JsonIgnore @Nullable ReportLogo issuerLogo, Instant generatedAt,
                               List<Section> sections) {

    public OperationsReport {
        sections = List.copyOf(sections);
    }

    /** A report headed by the issuer's name alone. */
    public OperationsReport(UUID communityId, String communityName, ReportPeriod period, String languageTag,
                            String title, String subtitle, @Nullable String issuer, Instant generatedAt,
                            List<Section> sections) {
        this(communityId, communityName, period, languageTag, title, subtitle, issuer, null, generatedAt, sections);
    }

    /** One of the C-ACM-MT parts; {@code noData} sections carry a paragraph saying so. */
    public record Section(String key, String heading, boolean noData, List<Block> blocks) {
        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    /** What a section is made of; the type name is stored with snapshots. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(value = Facts.class, name = "facts"),
            @JsonSubTypes.Type(value = Table.class, name = "table"), @JsonSubTypes.Type(value = Chart.class, name = "chart"),
            @JsonSubTypes.Type(value = Paragraph.class, name = "paragraph"),
            @JsonSubTypes.Type(value = Commentary.class, name = "commentary")})
    public sealed interface Block permits Facts, Table, Chart, Paragraph, Commentary {
    }

    public record Fact(String label, String value) {
    }

    public record Facts(List<Fact> facts) implements Block {
        public Facts {
            facts = List.copyOf(facts);
        }
    }

    /** A table; {@code emptyText} is shown instead when it has no rows. */
    public record Table(String caption, List<String> headers, List<List<String>> rows, String emptyText)
            implements Block {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    public enum ChartKind { BAR, LINE }

    /** Values per category for each series; charts a reader would rather look at than read. */
    public record Chart(ChartKind kind, String title, String categoryLabel, List<String> categories,
                        List<Series> series) implements Block {
        public Chart {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
        }

        @JsonIgnore
        public boolean isEmpty() {
            return categories.isEmpty() || series.stream()
                    .allMatch(s -> s.values().stream().allMatch(value -> value.signum() == 0));
        }
    }

    public record Series(String name, List<BigDecimal> values) {
        public Series {
            values = List.copyOf(values);
        }
    }

    public record Paragraph(String text) implements Block {
    }

    /**
     * The agency's own words on a section, written in draft: each note is a label ("Highlights") and the text as
     * the author wrote it, line breaks kept. Only the notes that were written are present.
     */
    public record Commentary(String heading, List<Fact> notes) implements Block {
        public Commentary {
            notes = List.copyOf(notes);
        }
    }

    /** This report with the commentary of each section key appended to that section; other sections unchanged. */
    public OperationsReport withCommentary(Map<String, Commentary> commentary) {
        List<Section> commented = sections.stream().map(section -> {
            Commentary notes = commentary.get(section.key());
            if (notes == null || notes.notes().isEmpty()) {
                return section;
            }
            List<Block> blocks = new ArrayList<>(section.blocks());
            blocks.add(notes);
            return new Section(section.key(), section.heading(), section.noData(), blocks);
        }).toList();
        return new OperationsReport(communityId, communityName, period, languageTag, title, subtitle, issuer,
                issuerLogo, generatedAt, commented);
    }
}
