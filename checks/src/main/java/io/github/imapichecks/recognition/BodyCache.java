package io.github.imapichecks.recognition;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.util.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Answers about the bodies (methods, lambdas, initializers) of one compilation unit, under a
 * question, kept while Error Prone checks that unit and dropped with the trees they hold when it
 * moves on to the next. One instance per kind of answer and compilation, in javac's {@link
 * Context}.
 *
 * @param <Q> what is asked about a body besides the body itself
 * @param <A> the answer
 */
public final class BodyCache<Q, A> {
  private @Nullable CompilationUnitTree unit;
  private final Map<Tree, Map<Q, A>> bodies = new HashMap<>();

  private BodyCache() {}

  /** The cache of {@code key}'s answers for the compilation of {@code context}. */
  public static <Q, A> BodyCache<Q, A> instance(Context context, Context.Key<BodyCache<Q, A>> key) {
    BodyCache<Q, A> cache = context.get(key);
    if (cache == null) {
      cache = new BodyCache<>();
      context.put(key, cache);
    }
    return cache;
  }

  /** The answer to {@code question} about the body at {@code code}, computed if not yet known. */
  public A get(TreePath code, Q question, Function<Q, A> compute) {
    if (code.getCompilationUnit() != unit) {
      unit = code.getCompilationUnit();
      bodies.clear();
    }
    return bodies
        .computeIfAbsent(code.getLeaf(), c -> new HashMap<>())
        .computeIfAbsent(question, compute);
  }
}
