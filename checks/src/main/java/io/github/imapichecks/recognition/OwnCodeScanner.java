package io.github.imapichecks.recognition;

import com.google.common.collect.ImmutableList;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TryTree;
import com.sun.source.util.TreeScanner;

/**
 * Scans the code of one body only: a nested lambda or class is a body of its own, and is skipped.
 * Uses javac's own API only, so that the sound mode, which runs without Error Prone, can use it.
 *
 * @param <R> the scanner's result
 * @param <P> the scanner's parameter
 */
public class OwnCodeScanner<R, P> extends TreeScanner<R, P> {
  /** The code a {@code try} statement runs before its handlers: its resources, then its block. */
  public static ImmutableList<Tree> tried(TryTree tryTree) {
    return ImmutableList.<Tree>builder()
        .addAll(tryTree.getResources())
        .add(tryTree.getBlock())
        .build();
  }

  @Override
  public R visitLambdaExpression(LambdaExpressionTree tree, P unused) {
    return null;
  }

  @Override
  public R visitClass(ClassTree tree, P unused) {
    return null;
  }
}
