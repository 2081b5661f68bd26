package io.github.imapichecks.usage;

import com.google.errorprone.VisitorState;
import com.google.errorprone.dataflow.DataFlow;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import io.github.imapichecks.recognition.ImapiResultRecognizer;
import org.jspecify.annotations.Nullable;

/** What the tests on every path to a read of a result have established about it. */
final class SuccessGuards {
  private SuccessGuards() {}

  /**
   * The kinds of code that may reach {@code operand}, which must lie below {@code state}'s path:
   * where it reads a local variable (also through {@code intValue()}), what the tests of that
   * variable on every path there leave; {@link SuccessKinds#ANY} otherwise.
   */
  static SuccessKinds kindsAt(ExpressionTree operand, VisitorState state) {
    ExpressionTree read = localRead(operand);
    // Limitation: a field or a call tested twice is judged test by test.
    if (read == null) {
      return SuccessKinds.ANY;
    }
    TreePath path = TreePath.getPath(state.getPath(), read);
    TreePath code = path == null ? null : ImapiResultRecognizer.enclosingCode(path);
    if (code == null) {
      return SuccessKinds.ANY;
    }
    SuccessKinds known = withoutAnalysis(path, code, state);
    return known != null ? known : byAnalysis(path, state);
  }

  /**
   * What the analysis would answer at the read of a local at {@code read}, in the body at {@code
   * code}, where the body's syntax decides it ({@link LocalTests}, {@link SyntacticGuards}); null
   * where only the analysis can tell.
   */
  static @Nullable SuccessKinds withoutAnalysis(TreePath read, TreePath code, VisitorState state) {
    Symbol local = ASTHelpers.getSymbol(read.getLeaf());
    if (local == null) {
      return null;
    }
    return LocalTests.noneReaches(read, local, code, state.context)
        ? SuccessKinds.ANY
        : SyntacticGuards.kindsAt(read.getLeaf(), local, code, state.context);
  }

  /** The analysis's answer at the read of a local at {@code read}. */
  static SuccessKinds byAnalysis(TreePath read, VisitorState state) {
    SuccessKinds kinds =
        DataFlow.expressionDataflow(read, state.context, SuccessKindTransfer.INSTANCE);
    return kinds == null ? SuccessKinds.ANY : kinds;
  }

  /**
   * The kinds of code that may reach the expression at {@code operand}'s leaf, which is to say
   * {@link #kindsAt(ExpressionTree, VisitorState)} asked there.
   */
  static SuccessKinds kindsAt(TreePath operand, VisitorState state) {
    return operand.getLeaf() instanceof ExpressionTree expression
        ? kindsAt(expression, state.withPath(operand))
        : SuccessKinds.ANY;
  }

  /** The read of a local variable {@code operand} is, through parentheses and intValue(). */
  private static @Nullable ExpressionTree localRead(ExpressionTree operand) {
    ExpressionTree stripped = DecisionContext.unwrapped(operand);
    return stripped instanceof IdentifierTree
            && ASTHelpers.getSymbol(stripped) instanceof VarSymbol variable
            && variable.owner instanceof MethodSymbol
        ? stripped
        : null;
  }
}
