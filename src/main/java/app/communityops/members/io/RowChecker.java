package app.communityops.members.io;

import app.communityops.members.MemberForm;
import app.communityops.members.MembershipStatus;
import app.communityops.shared.csv.CsvCells;
import app.communityops.shared.csv.CsvRecord;
import app.communityops.shared.csv.ImportProblem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks one record against the rules of {@link MemberForm} (the same Bean Validation the member form uses) and
 * the import's own: cells within their column's limit and correctly decoded, known channel and tier names, a
 * readable amount, status and date, and no handle or external id twice in the file. Every problem of a row is
 * reported, not only its first.
 */
final class RowChecker {

    static final int MAX_TAG_LENGTH = 40;

    private static final String TAG_SEPARATORS = ";；,，|、";
    private static final Pattern GROUPED_AMOUNT = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?(?:[ T].*)?");
    private static final Map<String, ImportField> PROPERTIES = Map.of(
            "name", ImportField.NAME, "nickname", ImportField.NICKNAME, "handle", ImportField.HANDLE,
            "phone", ImportField.PHONE, "email", ImportField.EMAIL, "tags", ImportField.TAGS,
            "lifetimePurchase", ImportField.LIFETIME_PURCHASE, "notes", ImportField.NOTES,
            "externalId", ImportField.EXTERNAL_ID);

    private final List<String> headers;
    private final Map<ImportField, Integer> columns;
    private final Map<String, UUID> channels;
    private final Map<String, UUID> tiers;
    private final Validator validator;
    private final LocalDate today;
    private final Map<String, Long> handles;
    private final Map<String, Long> externalIds;

    RowChecker(List<String> headers, ColumnMapping mapping, Map<String, UUID> channels, Map<String, UUID> tiers,
               Validator validator, LocalDate today, int expectedRows) {
        this.handles = HashMap.newHashMap(expectedRows);
        this.externalIds = HashMap.newHashMap(expectedRows);
        this.headers = headers;
        this.columns = mapping.byField();
        this.channels = channels;
        this.tiers = tiers;
        this.validator = validator;
        this.today = today;
    }

    /** The row when it is good; otherwise null, after reporting each of its problems. */
    @Nullable ImportRow check(CsvRecord record, Consumer<ImportProblem> problems) {
        Row row = new Row(record, problems);
        if (record.unclosedQuote()) {
            row.fileProblem("unclosedQuote");
        }
        if (record.extraCells() > 0 || hasExtraCells(record)) {
            row.fileProblem("extraCells", headers.size());
        }
        MemberForm form = new MemberForm();
        form.setName(nonNull(row.text(ImportField.NAME)));
        form.setNickname(row.text(ImportField.NICKNAME));
        form.setHandle(nonNull(row.text(ImportField.HANDLE)));
        form.setPhone(row.text(ImportField.PHONE));
        form.setEmail(row.text(ImportField.EMAIL));
        List<String> tags = tags(row);
        form.setTags(tags == null ? new LinkedHashSet<>() : new LinkedHashSet<>(tags));
        form.setChannelId(lookup(row, ImportField.CHANNEL, channels, "unknownChannel"));
        form.setTierId(lookup(row, ImportField.TIER, tiers, "unknownTier"));
        BigDecimal amount = amount(row);
        form.setLifetimePurchase(amount);
        form.setNotes(row.text(ImportField.NOTES));
        form.setExternalId(row.text(ImportField.EXTERNAL_ID));
        MembershipStatus status = status(row);
        Instant joinedAt = joined(row, status);

        for (ConstraintViolation<MemberForm> violation : validator.validate(form)) {
            ImportField field = PROPERTIES.get(violation.getPropertyPath().toString());
            if (field != null && !row.bad.contains(field)) {
                row.bad.add(field);
                row.problem(field, reason(violation), arguments(violation));
            }
        }
        unique(row, ImportField.HANDLE, form.getHandle(), handles, "duplicateHandle");
        unique(row, ImportField.EXTERNAL_ID, form.getExternalId(), externalIds, "duplicateExternalId");
        if (row.failed) {
            return null;
        }
        return new ImportRow(record.line(), form.getName(), form.getNickname(), form.getHandle(), form.getPhone(),
                form.getEmail(), tags, form.getChannelId(), form.getTierId(), amount, form.getNotes(),
                form.getExternalId(), status, joinedAt);
    }

    private boolean hasExtraCells(CsvRecord record) {
        for (int i = headers.size(); i < record.cells().size(); i++) {
            if (record.oversized(i) || !record.value(i).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private @Nullable List<String> tags(Row row) {
        String text = row.text(ImportField.TAGS);
        if (text == null) {
            return null;
        }
        Set<String> tags = new LinkedHashSet<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || TAG_SEPARATORS.indexOf(text.charAt(i)) >= 0) {
                String tag = text.substring(start, i).strip();
                if (tag.length() > MAX_TAG_LENGTH) {
                    row.fail(ImportField.TAGS, "tagTooLong", MAX_TAG_LENGTH);
                    return null;
                }
                if (!tag.isEmpty()) {
                    tags.add(tag);
                }
                start = i + 1;
            }
        }
        return List.copyOf(tags);
    }

    private @Nullable UUID lookup(Row row, ImportField field, Map<String, UUID> known, String reason) {
        String name = row.text(field);
        if (name == null) {
            return null;
        }
        UUID id = known.get(name.toLowerCase(Locale.ROOT));
        if (id == null) {
            row.fail(field, reason, name);
        }
        return id;
    }

    private @Nullable BigDecimal amount(Row row) {
        String text = row.text(ImportField.LIFETIME_PURCHASE);
        if (text == null) {
            return null;
        }
        String plain = text.replaceFirst("^[¥￥$]", "").replace(" ", "");
        if (plain.indexOf(',') >= 0 && GROUPED_AMOUNT.matcher(plain).matches()) {
            plain = plain.replace(",", "");
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            row.fail(ImportField.LIFETIME_PURCHASE, "notANumber", text);
            return null;
        }
    }

    private MembershipStatus status(Row row) {
        String text = row.text(ImportField.STATUS);
        if (text == null) {
            return MembershipStatus.JOINED;
        }
        String key = ImportField.normalise(text);
        return switch (key) {
            case "joined", "已入群", "已加入", "入群" -> MembershipStatus.JOINED;
            case "pendingreview", "pending", "review", "待审核", "审核中" -> MembershipStatus.PENDING_REVIEW;
            default -> {
                row.fail(ImportField.STATUS, "unknownStatus", text);
                yield MembershipStatus.JOINED;
            }
        };
    }

    private @Nullable Instant joined(Row row, MembershipStatus status) {
        String text = row.text(ImportField.JOINED);
        if (text == null) {
            return null;
        }
        Matcher matcher = DATE.matcher(text);
        LocalDate date;
        try {
            if (!matcher.matches()) {
                throw new IllegalArgumentException(text);
            }
            date = LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
        } catch (RuntimeException e) {
            row.fail(ImportField.JOINED, "badDate", text);
            return null;
        }
        if (date.isAfter(today) || date.getYear() < 1900) {
            row.fail(ImportField.JOINED, "dateOutOfRange", text);
            return null;
        }
        if (status != MembershipStatus.JOINED) {
            row.fail(ImportField.JOINED, "pendingWithDate");
            return null;
        }
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private void unique(Row row, ImportField field, @Nullable String value, Map<String, Long> seen, String reason) {
        if (value == null || value.isBlank() || row.bad.contains(field)) {
            return;
        }
        Long first = seen.putIfAbsent(value.toLowerCase(Locale.ROOT), row.record.line());
        if (first != null) {
            row.fail(field, reason, first);
        }
    }

    private static String reason(ConstraintViolation<?> violation) {
        Class<? extends Annotation> type = violation.getConstraintDescriptor().getAnnotation().annotationType();
        if (type == NotBlank.class) {
            return "required";
        }
        if (type == Size.class) {
            return "tags".equals(violation.getPropertyPath().toString()) ? "tooManyTags" : "tooLong";
        }
        if (type == Email.class) {
            return "email";
        }
        if (type == DecimalMin.class) {
            return "negative";
        }
        if (type == Digits.class) {
            return "money";
        }
        return "invalid";
    }

    private static Object[] arguments(ConstraintViolation<?> violation) {
        Object max = violation.getConstraintDescriptor().getAttributes().get("max");
        return max == null ? new Object[0] : new Object[] {max};
    }

    private static String nonNull(@Nullable String text) {
        return text == null ? "" : text;
    }

    /** One record being checked: its cells by field, and which fields already failed. */
    private final class Row {

        final CsvRecord record;
        final Consumer<ImportProblem> problems;
        final Set<ImportField> bad = EnumSet.noneOf(ImportField.class);
        boolean failed;

        Row(CsvRecord record, Consumer<ImportProblem> problems) {
            this.record = record;
            this.problems = problems;
        }

        /** The stripped cell, null when blank, not mapped or already refused for its length or encoding. */
        @Nullable String text(ImportField field) {
            Integer column = columns.get(field);
            if (column == null || bad.contains(field)) {
                return null;
            }
            String value = record.value(column);
            if (record.oversized(column) || value.length() > field.maxLength()) {
                fail(field, "tooLong", field.maxLength());
                return null;
            }
            if (value.indexOf('\uFFFD') >= 0 || value.indexOf('\u0000') >= 0) {
                fail(field, "badEncoding");
                return null;
            }
            String stripped = CsvCells.unescape(value.strip());
            return stripped.isEmpty() ? null : stripped;
        }

        void fail(ImportField field, String reason, Object... arguments) {
            bad.add(field);
            problem(field, reason, arguments);
        }

        void problem(ImportField field, String reason, Object... arguments) {
            failed = true;
            Integer column = columns.get(field);
            problems.accept(MemberProblems.of(record.line(), column == null ? null : header(column), reason, arguments));
        }

        void fileProblem(String reason, Object... arguments) {
            failed = true;
            problems.accept(MemberProblems.of(record.line(), null, reason, arguments));
        }

        private String header(int column) {
            String header = column < headers.size() ? headers.get(column).strip() : "";
            return header.isEmpty() ? "#" + (column + 1) : header;
        }
    }

    static List<String> headerNames(CsvRecord header) {
        List<String> names = new ArrayList<>();
        header.cells().forEach(cell -> names.add(cell.value().strip()));
        return names;
    }
}
