package io.github.imapichecks.recognition;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * For the sound mode, which runs without Error Prone and so without the recognizer: whether a call
 * reads the HRESULT of an exception-style binding's exception, and whether a call in a {@code try}
 * block is an IMAPI call of that binding, which throws that exception. Only javac's own API is used
 * here, and the body's locals are read off its trees ({@link BodyLocals}). Late-bound calls are
 * seen as the checks see them: JNA's ({@code invokeNoReply("Write")} in a {@code
 * COMLateBindingObject} of an IMAPI2 class) and JACOB's ({@code Dispatch.call(format, "Write")} on
 * a local created from an IMAPI2 ProgID).
 */
public final class CaughtFailures {
  private CaughtFailures() {}

  /**
   * Whether a call of {@code method} reads the HRESULT of an exception-style binding's exception:
   * {@code ComException.getHRESULT()}, {@code COMException.getHresult()}, {@code
   * ComFailException.getHResult()}.
   */
  public static boolean readsHResult(@Nullable Symbol method) {
    return method instanceof MethodSymbol accessor
        && ExceptionBindings.ofAccessor(accessor).isPresent();
  }

  /**
   * Whether {@code call}, of {@code called} through a receiver of {@code receiverType} if known, in
   * the code of the class {@code enclosing} if known, is an IMAPI call of the binding whose
   * exception {@code accessor} reads: its failures carry an IMAPI HRESULT there.
   */
  public static boolean throwsReadBy(
      MethodSymbol accessor,
      MethodInvocationTree call,
      MethodSymbol called,
      @Nullable Type receiverType,
      Site site,
      Types types) {
    Optional<ExceptionBindings> binding = ExceptionBindings.ofAccessor(accessor);
    if (binding.isEmpty()) {
      return false;
    }
    if (binding.get() == ExceptionBindings.JNA_COM && JnaLateBinding.isLateBindingMethod(called)) {
      return JnaLateBinding.lateBound(call, called, site.enclosingClass()).isPresent();
    }
    if (binding.get() == ExceptionBindings.JACOB
        && site.body() != null
        && JacobCalls.lateBound(call, called, new BodyLocals(site.body())).isPresent()) {
      return true;
    }
    return binding.get().typedCall(called, receiverType, types).isPresent();
  }

  /**
   * Where a {@code try} block's calls are made: the class whose code it is, and the method or
   * lambda body around it, each null if unknown.
   *
   * @param enclosingClass the class, whose late-bound calls JNA's {@code COMLateBindingObject}
   *     makes
   * @param body the method or lambda, whose locals JACOB's late-bound calls name objects by
   */
  public record Site(@Nullable ClassTree enclosingClass, @Nullable Tree body) {}
}
