package io.github.imapichecks.recognition;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.JCTree.JCExpression;
import com.sun.tools.javac.tree.JCTree.JCNewClass;
import com.sun.tools.javac.tree.TreeInfo;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * JACOB's late-bound calls of IMAPI v2: the member is named in a string, on an object created from
 * an IMAPI2 ProgID. {@code Dispatch.call(format, "Write", stream)}, {@code Dispatch.get(format,
 * "FreeSectorsOnMedia")} and {@code Dispatch.put(format, "Recorder", recorder)}, and their instance
 * forms on an {@code ActiveXComponent} ({@code invoke}, {@code getProperty}, {@code setProperty}),
 * where the object is {@code new ActiveXComponent("IMAPI2.MsftDiscFormat2Data")} or a local
 * declared with one and never written again. Any other object, or a member name that is not a
 * literal, makes no IMAPI call that the checks can name. Uses javac's API only, for the sound mode.
 */
final class JacobCalls {
  /** The class JACOB's objects and its late-bound calls belong to. */
  static final String DISPATCH = "com.jacob.com.Dispatch";

  private static final String ACTIVE_X = "com.jacob.activeX.ActiveXComponent";

  private JacobCalls() {}

  /** What the caller knows of the body's local variables. */
  interface Locals {
    /**
     * The initializer of the local variable {@code read} names, where that variable is declared
     * with it and never written again; null for anything else.
     */
    @Nullable ExpressionTree onlyValueOf(ExpressionTree read);
  }

  /** Whether {@code method} is one of JACOB's own. */
  static boolean isJacobMethod(MethodSymbol method) {
    return method.owner.getQualifiedName().toString().startsWith("com.jacob.");
  }

  /**
   * The IMAPI method the late-bound {@code call} of {@code method} names, on an object of a known
   * ProgID; empty for any other call.
   */
  static Optional<CalledMethod> lateBound(
      MethodInvocationTree call, MethodSymbol method, Locals locals) {
    String owner = method.owner.getQualifiedName().toString();
    List<? extends ExpressionTree> arguments = call.getArguments();
    ExpressionTree object;
    ExpressionTree member;
    String prefix;
    if (owner.equals(DISPATCH) && method.isStatic() && arguments.size() >= 2) {
      object = arguments.get(0);
      member = arguments.get(1);
      prefix =
          switch (method.getSimpleName().toString()) {
            case "call", "callN", "callSub", "invoke" -> "";
            case "get" -> "get_";
            case "put", "putRef" -> "put_";
            default -> null;
          };
    } else if (owner.equals(ACTIVE_X)
        && !arguments.isEmpty()
        && call.getMethodSelect() instanceof MemberSelectTree select) {
      object = select.getExpression();
      member = arguments.get(0);
      prefix =
          switch (method.getSimpleName().toString()) {
            case "invoke" -> "";
            case "getProperty", "getPropertyAsInt", "getPropertyAsString" -> "get_";
            case "setProperty" -> "put_";
            default -> null;
          };
    } else {
      return Optional.empty();
    }
    String interfaceName = prefix == null ? null : interfaceOf(object, locals, 0);
    return interfaceName == null
        ? Optional.empty()
        : LateBoundMembers.member(interfaceName, prefix, LateBoundMembers.constant(member));
  }

  /** The interface of the object {@code object} is: created from an IMAPI2 ProgID. */
  private static @Nullable String interfaceOf(ExpressionTree object, Locals locals, int depth) {
    ExpressionTree stripped = TreeInfo.skipParens((JCExpression) object);
    if (stripped instanceof NewClassTree created) {
      Symbol constructor = ((JCNewClass) created).constructor;
      return constructor != null
              && constructor.owner.getQualifiedName().contentEquals(ACTIVE_X)
              && created.getArguments().size() == 1
          ? progId(created.getArguments().get(0))
          : null;
    }
    if (stripped instanceof MethodInvocationTree factory) {
      Symbol method = TreeInfo.symbol((JCTree) factory.getMethodSelect());
      return method != null
              && method.owner.getQualifiedName().contentEquals(ACTIVE_X)
              && method.getSimpleName().contentEquals("createNewInstance")
              && factory.getArguments().size() == 1
          ? progId(factory.getArguments().get(0))
          : null;
    }
    ExpressionTree initializer = depth < 8 ? locals.onlyValueOf(stripped) : null;
    return initializer == null ? null : interfaceOf(initializer, locals, depth + 1);
  }

  private static @Nullable String progId(ExpressionTree argument) {
    return LateBoundMembers.interfaceOfProgId(LateBoundMembers.constant(argument));
  }
}
