package app.communityops.members.io;

import app.communityops.shared.csv.ImportProblem;
import org.jspecify.annotations.Nullable;

/** Problems of a member file, their reasons in the member import's bundle. */
final class MemberProblems {

    private MemberProblems() {
    }

    static ImportProblem of(long line, @Nullable String column, String reason, Object... arguments) {
        return ImportProblem.of(line, column, "memberio.reason." + reason, arguments);
    }
}
