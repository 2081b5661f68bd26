package io.github.imapichecks.usage;

import com.google.common.collect.ImmutableSet;
import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import io.github.imapichecks.recognition.ResultUses;
import io.github.imapichecks.tables.ImapiCodes;
import java.util.List;

/**
 * The calls that only write a value to a log or a stream, or turn it into text: reading a result
 * this way neither tests it nor hands it to code that could. {@link ResultInspection} reads them as
 * such; {@link #onlyLogged} says whether logging is all a result meets.
 */
public final class TextSinks {
  /** Classes whose methods write their arguments to a log or a stream and do nothing else. */
  private static final ImmutableSet<String> LOGGERS =
      ImmutableSet.of(
          "java.util.logging.Logger",
          "java.lang.System.Logger",
          "org.slf4j.Logger",
          "org.apache.logging.log4j.Logger",
          "org.apache.commons.logging.Log",
          "java.io.PrintStream",
          "java.io.PrintWriter");

  /** Classes whose methods turn a value into text, or build text, and do nothing else with it. */
  private static final ImmutableSet<String> FORMATTERS =
      ImmutableSet.of(
          "java.lang.String",
          "java.lang.Integer",
          "java.lang.Long",
          "java.lang.StringBuilder",
          "java.lang.StringBuffer",
          ImapiCodes.IMAPI_ERROR,
          ImapiCodes.IMAPI2_ERROR,
          ImapiCodes.IMAPI2_FS_ERROR);

  private TextSinks() {}

  /** Whether {@code method} only logs, prints, formats or converts its arguments to text. */
  static boolean isTextSink(MethodSymbol method) {
    Symbol owner = method.owner;
    if (owner == null) {
      return false;
    }
    String name = owner.getQualifiedName().toString();
    return LOGGERS.contains(name) || FORMATTERS.contains(name);
  }

  /**
   * Whether every read in {@code reads} (each the read of a local that holds a result, or the
   * result's own call) only writes the result to a log or a stream, or copies it into another local
   * (also read, or not, among {@code reads}), and at least one writes it: the result is only
   * logged, and nothing tests it.
   */
  public static boolean onlyLogged(List<TreePath> reads, VisitorState state) {
    boolean logged = false;
    for (TreePath read : reads) {
      TreePath value = ResultUses.outermost(read);
      if (logs(value, state)) {
        logged = true;
      } else if (ResultUses.storedInLocal(read) == null) {
        return false;
      }
    }
    return logged;
  }

  /**
   * Whether the value at {@code value} (see {@link ResultUses#outermost}) goes, as it is or as text
   * made of it, only into an argument of a logging or printing call: {@code log.info("burn: " +
   * hr)}, {@code System.out.println(hr)}, {@code log.warn(String.format("%x", hr))}, {@code
   * logger.warn("{}", hr)}, {@code log.info(ImapiError.nameOf(hr))}. Text kept in a variable,
   * returned, passed elsewhere or compared is not followed: that use is not (only) logging.
   */
  private static boolean logs(TreePath value, VisitorState state) {
    TreePath current = value;
    while (true) {
      Tree leaf = current.getLeaf();
      TreePath parentPath = current.getParentPath();
      Tree parent = parentPath.getLeaf();
      if (parent instanceof ParenthesizedTree) {
        current = parentPath;
      } else if (parent instanceof ConditionalExpressionTree conditional
          && conditional.getCondition() != leaf) {
        current = parentPath;
      } else if (parent instanceof BinaryTree binary
          && binary.getKind() == Tree.Kind.PLUS
          && isString(binary, state)) {
        current = parentPath;
      } else if (parent instanceof MemberSelectTree select
          && select.getExpression() == leaf
          && parentPath.getParentPath().getLeaf() instanceof MethodInvocationTree call
          && call.getMethodSelect() == select) {
        // hr.toString(), or text made of it trimmed or cut: more text.
        if (!(ASTHelpers.getSymbol(select) instanceof MethodSymbol method)
            || !isString(call, state)
            || !(method.getSimpleName().contentEquals("toString") || isTextSink(method))) {
          return false;
        }
        current = parentPath.getParentPath();
      } else if (parent instanceof MethodInvocationTree call
          && call.getArguments().contains(leaf)) {
        if (!(ASTHelpers.getSymbol(call.getMethodSelect()) instanceof MethodSymbol method)
            || method.owner == null) {
          return false;
        }
        String owner = method.owner.getQualifiedName().toString();
        if (LOGGERS.contains(owner)) {
          return true;
        }
        // String.format, String.valueOf, Integer.toHexString, ImapiError.nameOf: more text.
        if (!FORMATTERS.contains(owner) || !isString(call, state)) {
          return false;
        }
        current = parentPath;
      } else {
        return false;
      }
    }
  }

  private static boolean isString(Tree tree, VisitorState state) {
    return ASTHelpers.isSameType(ASTHelpers.getType(tree), state.getSymtab().stringType, state);
  }
}
