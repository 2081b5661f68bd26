package io.github.imapichecks.recognition;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Types;
import com.sun.tools.javac.util.Context;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * For code that has no {@link com.google.errorprone.VisitorState}, such as the sound mode's type
 * factory: the failure a caught exception of an exception-style binding carries, as {@link
 * ImapiResultRecognizer#recognize} answers it for {@code e.getHRESULT()}.
 */
public final class CaughtFailures {
  private CaughtFailures() {}

  /**
   * Whether a call of {@code method} reads the HRESULT of an exception-style binding's exception:
   * {@code ComException.getHRESULT()}, {@code COMException.getHresult()}, {@code
   * ComFailException.getHResult()}. Cheap: ask this before {@link #failureReadBy}.
   */
  public static boolean readsHResult(@Nullable Symbol method) {
    return method instanceof MethodSymbol accessor
        && ExceptionBindings.ofAccessor(accessor).isPresent();
  }

  /**
   * The IMAPI failure {@code call}, at {@code callPath}, reads from a caught exception: that of the
   * IMAPI calls of the {@code try} block whose {@code catch} declares the exception; empty if the
   * exception is no such catch parameter or the block makes no such call.
   */
  public static Optional<ImapiResult> failureReadBy(
      MethodInvocationTree call, TreePath callPath, Context context, Types types) {
    if (!(ASTHelpers.getSymbol(call.getMethodSelect()) instanceof MethodSymbol method)
        || !(call.getMethodSelect() instanceof MemberSelectTree select)) {
      return Optional.empty();
    }
    Optional<ExceptionBindings> binding = ExceptionBindings.ofAccessor(method);
    TreePath code = binding.isEmpty() ? null : ImapiResultRecognizer.enclosingCode(callPath);
    if (code == null) {
      return Optional.empty();
    }
    DeclaredValues values =
        new CarriedResults(SourceScan.instance(context), types, BindingStyles.DEFAULT)
            .valuesOf(code);
    return Optional.ofNullable(
        values.carried().thrownInto(select.getExpression(), binding.get(), values));
  }
}
