package io.github.imapichecks.usage;

import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.VariableElement;
import org.checkerframework.errorprone.dataflow.analysis.Store;
import org.checkerframework.errorprone.dataflow.cfg.visualize.CFGVisualizer;
import org.checkerframework.errorprone.dataflow.expression.JavaExpression;
import org.jspecify.annotations.Nullable;

/**
 * What the tests on the way to a program point have established about local variables: a variable
 * that is absent may hold any kind of HRESULT ({@link SuccessKinds#ANY}).
 */
final class SuccessKindStore implements Store<SuccessKindStore> {
  private final Map<VariableElement, SuccessKinds> locals;

  SuccessKindStore() {
    this(new HashMap<>());
  }

  private SuccessKindStore(Map<VariableElement, SuccessKinds> locals) {
    this.locals = locals;
  }

  SuccessKinds get(VariableElement local) {
    return locals.getOrDefault(local, SuccessKinds.ANY);
  }

  /** A copy in which {@code local} holds {@code kinds}. */
  SuccessKindStore with(VariableElement local, SuccessKinds kinds) {
    SuccessKindStore copy = copy();
    copy.set(local, kinds);
    return copy;
  }

  void set(VariableElement local, SuccessKinds kinds) {
    if (kinds.equals(SuccessKinds.ANY)) {
      locals.remove(local);
    } else {
      locals.put(local, kinds);
    }
  }

  @Override
  public SuccessKindStore copy() {
    return new SuccessKindStore(new HashMap<>(locals));
  }

  @Override
  public SuccessKindStore leastUpperBound(SuccessKindStore other) {
    SuccessKindStore joined = new SuccessKindStore();
    locals.forEach(
        (local, kinds) -> {
          SuccessKinds otherKinds = other.locals.get(local);
          if (otherKinds != null) {
            joined.set(local, kinds.leastUpperBound(otherKinds));
          }
        });
    return joined;
  }

  @Override
  public SuccessKindStore widenedUpperBound(SuccessKindStore previous) {
    // Each variable's value is one of 16: no widening needed.
    return leastUpperBound(previous);
  }

  @Override
  public boolean canAlias(JavaExpression a, JavaExpression b) {
    // Only local variables are tracked, and a test's refinement holds for the variable tested.
    return false;
  }

  @Override
  public String visualize(CFGVisualizer<?, SuccessKindStore, ?> visualizer) {
    return locals.toString();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SuccessKindStore store && store.locals.equals(locals);
  }

  @Override
  public int hashCode() {
    return locals.hashCode();
  }
}
