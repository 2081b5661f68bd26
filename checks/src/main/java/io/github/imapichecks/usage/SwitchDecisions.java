package io.github.imapichecks.usage;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.YieldTree;
import io.github.imapichecks.tables.ImapiCode;
import io.github.imapichecks.tables.ImapiCodes;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** How a switch on an IMAPI result decides success, read from its case labels and bodies. */
public final class SwitchDecisions {
  private SwitchDecisions() {}

  /**
   * The {@code case S_OK} (or {@code case 0}) of a switch whose {@code default} fails (throws, or
   * returns or yields {@code false} or a negative number) while {@code case S_OK} does not, and
   * which has no case for a success-with-information code: the switch sends {@code S_FALSE} and
   * {@code IMAPI_S_*} to the failure path.
   */
  public static Optional<CaseTree> successCaseWithFailingDefault(List<? extends CaseTree> cases) {
    CaseTree okCase = null;
    CaseTree defaultCase = null;
    for (CaseTree caseTree : cases) {
      List<? extends ExpressionTree> labels = caseTree.getExpressions();
      if (labels.isEmpty()) {
        defaultCase = caseTree;
      }
      for (ExpressionTree label : labels) {
        Object value = ASTHelpers.constValue(label);
        if (!(value instanceof Integer code)) {
          continue;
        }
        if (code == 0) {
          okCase = caseTree;
        } else if (ImapiCodes.byValue(code).filter(ImapiCode::isSuccessWithInfo).isPresent()) {
          return Optional.empty();
        }
      }
    }
    if (okCase == null || defaultCase == null || fails(okCase) || !fails(defaultCase)) {
      return Optional.empty();
    }
    return Optional.of(okCase);
  }

  /** Whether the case's body throws, or returns or yields {@code false} or a negative number. */
  private static boolean fails(CaseTree caseTree) {
    if (caseTree.getCaseKind() == CaseTree.CaseKind.RULE) {
      Tree body = caseTree.getBody();
      if (body instanceof BlockTree block) {
        return failsIn(block.getStatements());
      }
      return body instanceof ThrowTree
          || (body instanceof ExpressionTree value && isFailureValue(value));
    }
    return failsIn(caseTree.getStatements());
  }

  private static boolean failsIn(List<? extends StatementTree> statements) {
    for (StatementTree statement : statements) {
      if ((statement instanceof BlockTree block && failsIn(block.getStatements()))
          || statement instanceof ThrowTree
          || (statement instanceof ReturnTree returned && isFailureValue(returned.getExpression()))
          || (statement instanceof YieldTree yielded && isFailureValue(yielded.getValue()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isFailureValue(@Nullable ExpressionTree value) {
    if (value == null) {
      return false;
    }
    Object constant = ASTHelpers.constValue(value);
    return Boolean.FALSE.equals(constant)
        || (constant instanceof Integer number && number < 0)
        || (constant instanceof Long number && number < 0);
  }
}
