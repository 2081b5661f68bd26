package io.github.imapichecks.recognition;

import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.VariableElement;
import org.checkerframework.errorprone.dataflow.analysis.Store;
import org.checkerframework.errorprone.dataflow.cfg.visualize.CFGVisualizer;
import org.checkerframework.errorprone.dataflow.expression.JavaExpression;
import org.jspecify.annotations.Nullable;

/**
 * The local variables that hold, or may hold, an IMAPI result at a program point. A variable that
 * is absent holds no IMAPI result on any path; one whose value has no {@code result} holds one on
 * some paths only, and the checks do not treat it as a result.
 */
final class ResultStore implements Store<ResultStore> {
  private final Map<VariableElement, ResultValue> locals;

  ResultStore() {
    this(new HashMap<>());
  }

  private ResultStore(Map<VariableElement, ResultValue> locals) {
    this.locals = locals;
  }

  @Nullable ResultValue get(VariableElement local) {
    return locals.get(local);
  }

  void set(VariableElement local, @Nullable ResultValue value) {
    if (value == null) {
      locals.remove(local);
    } else {
      locals.put(local, value);
    }
  }

  @Override
  public ResultStore copy() {
    return new ResultStore(new HashMap<>(locals));
  }

  @Override
  public ResultStore leastUpperBound(ResultStore other) {
    Map<VariableElement, ResultValue> joined = new HashMap<>();
    locals.forEach(
        (local, value) -> {
          ResultValue otherValue = other.locals.get(local);
          joined.put(
              local, otherValue == null ? value.onSomePaths() : value.leastUpperBound(otherValue));
        });
    other.locals.forEach((local, value) -> joined.putIfAbsent(local, value.onSomePaths()));
    return new ResultStore(joined);
  }

  @Override
  public ResultStore widenedUpperBound(ResultStore previous) {
    // The lattice is finite and shallow (absent, one method, unknown method): no widening needed.
    return leastUpperBound(previous);
  }

  @Override
  public boolean canAlias(JavaExpression a, JavaExpression b) {
    // Only local variables of primitive or immutable types are tracked: nothing aliases.
    return false;
  }

  @Override
  public String visualize(CFGVisualizer<?, ResultStore, ?> visualizer) {
    return locals.toString();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ResultStore store && store.locals.equals(locals);
  }

  @Override
  public int hashCode() {
    return locals.hashCode();
  }
}
