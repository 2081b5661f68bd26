package io.github.imapichecks.recognition;

import com.google.common.collect.ImmutableList;
import com.sun.source.tree.Tree;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The calls of one body whose results a value may be (see {@link ResultValue#origins}): a set of
 * the numbers the body's {@link Numbering} gives its calls, one bit each. The analysis joins these
 * sets at every branch; as bits, a join of sets of {@code k} calls costs {@code k / 64} words, and
 * a join that adds nothing returns the set it already had, which later compares equal at once. Hash
 * sets of trees cost a copy of {@code k} entries per join, which grew with the square of a method's
 * length.
 */
final class Origins {
  /** No call. */
  static final Origins NONE = new Origins(null, new long[0]);

  private final @Nullable Numbering numbering;

  /** The bits, without trailing zero words. */
  private final long[] words;

  private final int hash;

  private Origins(@Nullable Numbering numbering, long[] words) {
    this.numbering = numbering;
    this.words = words;
    this.hash = Arrays.hashCode(words);
  }

  /** {@code call}, a call of the body {@code numbering} numbers. */
  static Origins of(Tree call, Numbering numbering) {
    int number = numbering.numberOf(call);
    long[] words = new long[number / 64 + 1];
    words[number / 64] = 1L << number;
    return new Origins(numbering, words);
  }

  /** The calls of both sets; this set or {@code other} itself where it holds the other's calls. */
  @SuppressWarnings("ReferenceEquality") // The same set: nothing to add.
  Origins union(Origins other) {
    if (other == this || other.containedIn(this)) {
      return this;
    }
    if (containedIn(other)) {
      return other;
    }
    long[] longer = words.length >= other.words.length ? words : other.words;
    long[] shorter = longer == words ? other.words : words;
    long[] union = longer.clone();
    for (int i = 0; i < shorter.length; i++) {
      union[i] |= shorter[i];
    }
    return new Origins(numbering != null ? numbering : other.numbering, union);
  }

  private boolean containedIn(Origins other) {
    if (words.length > other.words.length) {
      return false;
    }
    for (int i = 0; i < words.length; i++) {
      if ((words[i] & ~other.words[i]) != 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code call} is one of the calls. */
  boolean contains(Tree call) {
    Integer number = numbering == null ? null : numbering.numbers.get(call);
    return number != null
        && number / 64 < words.length
        && (words[number / 64] & (1L << number)) != 0;
  }

  /** The calls, in the order the body's numbering met them. */
  ImmutableList<Tree> calls() {
    ImmutableList.Builder<Tree> calls = ImmutableList.builder();
    for (int i = 0; i < words.length; i++) {
      for (long bits = words[i]; bits != 0; bits &= bits - 1) {
        calls.add(numbering.calls.get(i * 64 + Long.numberOfTrailingZeros(bits)));
      }
    }
    return calls.build();
  }

  /** Equal where both hold the same calls. */
  @Override
  @SuppressWarnings("ReferenceEquality")
  public boolean equals(@Nullable Object other) {
    return other == this
        || (other instanceof Origins origins
            && origins.hash == hash
            && Arrays.equals(origins.words, words)
            && (words.length == 0 || origins.numbering == numbering));
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return calls().toString();
  }

  /**
   * The numbers of one body's calls whose results the recognition follows, given on first sight;
   * one per body for the compilation ({@link SourceScan.Facts}), so that the declarations' answers
   * and the analysis's number the same call alike.
   */
  static final class Numbering {
    private final Map<Tree, Integer> numbers = new HashMap<>();
    private final List<Tree> calls = new ArrayList<>();

    int numberOf(Tree call) {
      return numbers.computeIfAbsent(
          call,
          c -> {
            calls.add(c);
            return calls.size() - 1;
          });
    }
  }
}
