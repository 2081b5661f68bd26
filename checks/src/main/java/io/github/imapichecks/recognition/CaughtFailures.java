package io.github.imapichecks.recognition;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodInvocationTree;
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
 * here. Of late-bound calls, the sound mode sees JNA's ({@code invokeNoReply("Write")} in a {@code
 * COMLateBindingObject} of an IMAPI2 class) but not JACOB's ({@code Dispatch.call(obj, "Write")}),
 * whose object only the recognizer's look at the body's locals can tell.
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
      @Nullable ClassTree enclosing,
      Types types) {
    Optional<ExceptionBindings> binding = ExceptionBindings.ofAccessor(accessor);
    if (binding.isEmpty()) {
      return false;
    }
    if (binding.get() == ExceptionBindings.JNA_COM && JnaLateBinding.isLateBindingMethod(called)) {
      return JnaLateBinding.lateBound(call, called, enclosing).isPresent();
    }
    return binding.get().typedCall(called, receiverType, types).isPresent();
  }
}
