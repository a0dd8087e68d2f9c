package app.communityops.members.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.communityops.shared.csv.CsvDelimiter;
import app.communityops.shared.csv.CsvEncoding;
import app.communityops.shared.csv.CsvFile;
import app.communityops.shared.csv.CsvRecord;
import app.communityops.shared.csv.CsvRecordReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading member files: encodings, delimiters, quoting, bounded cells and header names in both languages. */
class CsvReadingTest {

    private static final String CHINESE = "姓名,账号,标签\n张伟,zhangwei,产品经理；转行\n李娜,lina,运营\n";

    @TempDir
    Path dir;

    @Test
    void readsUtf8WithoutBom() throws IOException {
        CsvFile csv = CsvFile.open(write(CHINESE.getBytes(StandardCharsets.UTF_8)), null, null);
        assertThat(csv.encoding()).isEqualTo(CsvEncoding.UTF_8);
        assertThat(values(csv)).containsExactly(List.of("姓名", "账号", "标签"), List.of("张伟", "zhangwei", "产品经理；转行"),
                List.of("李娜", "lina", "运营"));
    }

    @Test
    void readsUtf8WithBomAndDropsTheMark() throws IOException {
        byte[] text = CHINESE.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        CsvFile csv = CsvFile.open(write(withBom), null, null);
        assertThat(csv.encoding()).isEqualTo(CsvEncoding.UTF_8);
        assertThat(values(csv).getFirst()).containsExactly("姓名", "账号", "标签");
    }

    @Test
    void recognisesGbkAsChineseExcelSavesIt() throws IOException {
        CsvFile csv = CsvFile.open(write(CHINESE.getBytes(Charset.forName("GBK"))), null, null);
        assertThat(csv.encoding()).isEqualTo(CsvEncoding.GBK);
        assertThat(values(csv).get(1)).containsExactly("张伟", "zhangwei", "产品经理；转行");
    }

    @Test
    void theUserMayOverrideTheEncoding() throws IOException {
        Path file = write(CHINESE.getBytes(Charset.forName("GBK")));
        CsvFile csv = CsvFile.open(file, CsvEncoding.UTF_8, null);
        assertThat(csv.encoding()).isEqualTo(CsvEncoding.UTF_8);
        assertThat(values(csv).get(1).getFirst()).contains("\uFFFD");
    }

    @Test
    void aUtf8FileWithAFewBrokenBytesStaysUtf8SoOnlyThoseCellsAreWrong() throws IOException {
        StringBuilder text = new StringBuilder("姓名,账号\n");
        for (int i = 0; i < 50; i++) {
            text.append("成员").append(i).append(",member").append(i).append('\n');
        }
        byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] broken = "坏,bad\n".getBytes(StandardCharsets.UTF_8);
        broken[0] = (byte) 0xFF;
        byte[] file = new byte[good.length + broken.length];
        System.arraycopy(good, 0, file, 0, good.length);
        System.arraycopy(broken, 0, file, good.length, broken.length);

        CsvFile csv = CsvFile.open(write(file), null, null);
        assertThat(csv.encoding()).isEqualTo(CsvEncoding.UTF_8);
        List<List<String>> rows = values(csv);
        assertThat(rows.get(1)).containsExactly("成员0", "member0");
        assertThat(rows.getLast().getFirst()).contains("\uFFFD");
    }

    @Test
    void sniffsTabsAndCommasFromTheHeader() throws IOException {
        CsvFile tabs = CsvFile.open(write("name\thandle\tnotes\nAda\tada\t\"a, b\"\n".getBytes(StandardCharsets.UTF_8)), null, null);
        assertThat(tabs.delimiter()).isEqualTo(CsvDelimiter.TAB);
        assertThat(values(tabs).get(1)).containsExactly("Ada", "ada", "a, b");

        CsvFile commas = CsvFile.open(write("name,handle\n\"Tab\there\",x\n".getBytes(StandardCharsets.UTF_8)), null, null);
        assertThat(commas.delimiter()).isEqualTo(CsvDelimiter.COMMA);
        assertThat(values(commas).get(1)).containsExactly("Tab\there", "x");
    }

    @Test
    void theUserMayOverrideTheDelimiter() throws IOException {
        Path file = write("name,handle\tx\n".getBytes(StandardCharsets.UTF_8));
        CsvFile csv = CsvFile.open(file, null, CsvDelimiter.TAB);
        assertThat(values(csv).getFirst()).containsExactly("name,handle", "x");
    }

    @Test
    void quotedCellsKeepDelimitersQuotesAndLineBreaksAndRecordsKnowTheirLine() throws IOException {
        Path file = write("name,notes\r\n\"Ada \"\"the first\"\"\",\"line one\r\nline two\"\r\nBob,plain\r\n"
                .getBytes(StandardCharsets.UTF_8));
        try (CsvRecordReader records = CsvFile.open(file, null, null).records()) {
            assertThat(records.next().line()).isEqualTo(1);
            CsvRecord ada = records.next();
            assertThat(ada.line()).isEqualTo(2);
            assertThat(ada.value(0)).isEqualTo("Ada \"the first\"");
            assertThat(ada.value(1)).isEqualTo("line one\r\nline two");
            CsvRecord bob = records.next();
            assertThat(bob.line()).isEqualTo(4);
            assertThat(bob.value(1)).isEqualTo("plain");
            assertThat(records.next()).isNull();
        }
    }

    @Test
    void aHugeCellIsCutAtTheCapAndFlaggedAndTheNextRowsStillRead() throws IOException {
        Path file = dir.resolve("huge.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("name,notes\nAda,\"".getBytes(StandardCharsets.UTF_8));
            byte[] block = "x".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 160; i++) {
                out.write(block);
            }
            out.write("\"\nBob,short\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Files.size(file)).isGreaterThan(10_000_000);
        try (CsvRecordReader records = CsvFile.open(file, null, null).records()) {
            records.next();
            CsvRecord ada = records.next();
            assertThat(ada.oversized(1)).isTrue();
            assertThat(ada.value(1)).hasSize(CsvFile.MAX_CELL_CHARS);
            CsvRecord bob = records.next();
            assertThat(bob.line()).isEqualTo(3);
            assertThat(bob.value(1)).isEqualTo("short");
            assertThat(bob.oversized(1)).isFalse();
        }
    }

    @Test
    void anUnclosedQuoteIsReportedOnItsRecord() throws IOException {
        Path file = write("name,notes\nAda,\"never closed\nBob,x\n".getBytes(StandardCharsets.UTF_8));
        try (CsvRecordReader records = CsvFile.open(file, null, null).records()) {
            records.next();
            CsvRecord ada = records.next();
            assertThat(ada.unclosedQuote()).isTrue();
            assertThat(ada.line()).isEqualTo(2);
            assertThat(records.next()).isNull();
        }
    }

    @Test
    void mapsEnglishHeaders() {
        ColumnMapping mapping = ColumnMapping.auto(List.of("Name", "Nickname", "Handle", "Phone", "E-mail", "Tags",
                "Channel", "Tier", "Lifetime purchase", "Notes", "External ID", "Status", "Joined date", "Shoe size"));
        assertThat(mapping.columns()).containsExactly(ImportField.NAME, ImportField.NICKNAME, ImportField.HANDLE,
                ImportField.PHONE, ImportField.EMAIL, ImportField.TAGS, ImportField.CHANNEL, ImportField.TIER,
                ImportField.LIFETIME_PURCHASE, ImportField.NOTES, ImportField.EXTERNAL_ID, ImportField.STATUS,
                ImportField.JOINED, null);
    }

    @Test
    void mapsChineseHeaders() {
        ColumnMapping mapping = ColumnMapping.auto(List.of("姓名", "昵称", "微信号", "手机", "邮箱", "标签", "渠道", "等级",
                "累计消费", "备注", "外部编号", "状态", "入群日期"));
        assertThat(mapping.columns()).containsExactly(ImportField.NAME, ImportField.NICKNAME, ImportField.HANDLE,
                ImportField.PHONE, ImportField.EMAIL, ImportField.TAGS, ImportField.CHANNEL, ImportField.TIER,
                ImportField.LIFETIME_PURCHASE, ImportField.NOTES, ImportField.EXTERNAL_ID, ImportField.STATUS,
                ImportField.JOINED);
        assertThat(ColumnMapping.auto(List.of("账号", "姓名")).columns())
                .containsExactly(ImportField.HANDLE, ImportField.NAME);
    }

    @Test
    void aSecondColumnWithTheSameHeaderIsLeftUnmappedAndTheUserCanRemap() {
        ColumnMapping mapping = ColumnMapping.auto(List.of("name", "handle", "Name"));
        assertThat(mapping.columns()).containsExactly(ImportField.NAME, ImportField.HANDLE, null);
        ColumnMapping changed = mapping.with(2, ImportField.NOTES).with(0, null);
        assertThat(changed.missingRequired()).containsExactly(ImportField.NAME);
        assertThat(changed.with(0, ImportField.NOTES).mappedTwice()).containsExactly(ImportField.NOTES);
    }

    private Path write(byte[] bytes) throws IOException {
        Path file = Files.createTempFile(dir, "members", ".csv");
        Files.write(file, bytes);
        return file;
    }

    private static List<List<String>> values(CsvFile csv) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CsvRecordReader records = csv.records()) {
            for (@Nullable CsvRecord record = records.next(); record != null; record = records.next()) {
                rows.add(record.cells().stream().map(CsvRecord.Cell::value).toList());
            }
        }
        return rows;
    }
}
