package app.communityops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The reader behind ModuleTablesTest finds tables in SQL however it is written, and only there. */
class SqlTableNamesTest {

    private static final Set<String> TABLES = Set.of("member", "membership", "red_line", "screening_policy",
            "money_order");

    @Test
    void findsTablesAfterEveryKeywordInLiteralsAndTextBlocks() {
        String source = "class MemberQueries {\n"
                + "    String a = \"select id from red_line where active\";\n"
                + "    String b = \"\"\"\n"
                + "            select m.id from member m\n"
                + "            JOIN membership ms on ms.member_id = m.id\"\"\";\n"
                + "    String c = \"insert into money_order (id) values (?)\";\n"
                + "    String d = \"update screening_policy set x = 1\";\n"
                + "}\n";

        assertThat(SqlTableNames.in(source, TABLES))
                .containsExactly("red_line", "member", "membership", "money_order", "screening_policy");
    }

    @Test
    void readsAStatementSplitOverConcatenatedLiterals() {
        String source = "String sql = \"select id from\"\n        + \" red_line where id = ?\";";

        assertThat(SqlTableNames.in(source, TABLES)).containsExactly("red_line");
    }

    @Test
    void ignoresCommentsCodeProseAndUnknownNames() {
        String source = """
                // select * from red_line
                /* delete from member */
                class X {
                    Object from = membership;
                    String note = "Pick a member from the list";
                    String sql = "select * from unnest(?) join some_view on true";
                    char quote = '"';
                    String after = "delete from money_order";
                }
                """;

        assertThat(SqlTableNames.in(source, TABLES)).containsExactly("money_order");
    }
}
