package io.github.imapichecks.recognition;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import io.github.imapichecks.tables.ImapiMethod;
import io.github.imapichecks.tables.ImapiMethods;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The user's own binding types, named with {@code -XepOpt:Imapi:BindingTypes}: their methods named
 * like an IMAPI method return that method's results, whatever the types are called.
 */
final class FlagBindingTypes implements BindingStyle {
  private final ImmutableSet<String> bindingTypes;

  FlagBindingTypes(ImmutableSet<String> bindingTypes) {
    this.bindingTypes = bindingTypes;
  }

  @Override
  public Optional<ImapiResult> resultOf(
      MethodSymbol method, @Nullable Type receiverType, Types types) {
    String name = method.getSimpleName().toString();
    if (!ImapiMethods.isMethodName(name)) {
      return Optional.empty();
    }
    for (Type type : NamedInterfaces.candidateTypes(method, receiverType, types)) {
      if (bindingTypes.contains(type.tsym.getQualifiedName().toString())) {
        ImmutableList<ImapiMethod> named = ImapiMethods.named(name);
        // Limitation: a flag-named binding's Close() may be IDiscMaster's or IDiscRecorder's.
        return Optional.of(
            named.size() == 1
                ? ImapiResult.of(NamedInterfaces.called(named.get(0), method, type))
                : ImapiResult.UNKNOWN_METHOD);
      }
    }
    return Optional.empty();
  }
}
