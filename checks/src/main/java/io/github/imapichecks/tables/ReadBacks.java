package io.github.imapichecks.tables;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;

/**
 * Our design: where a method's success-with-information codes report that it did not do all it was
 * asked, the property that tells what it did instead: {@code IDiscFormat2Data.SetWriteSpeed}'s
 * {@code S_IMAPI_SPEEDADJUSTED} has {@code get_CurrentWriteSpeed}. Bindings that throw on failure
 * drop every success code, and reading that property back is then the only way to learn it. Read
 * from {@code read-backs.tsv}.
 */
public final class ReadBacks {
  private static final ImmutableMap<String, ReadBack> BY_METHOD = load();

  /**
   * The property to read back, and what it tells.
   *
   * @param accessor the COM name of its getter: {@code get_CurrentWriteSpeed}
   * @param tells what its value is, for messages: "the speed the drive chose"
   */
  public record ReadBack(String accessor, String tells) {}

  private ReadBacks() {}

  /** The property that tells what {@code method} did, if our design names one. */
  public static Optional<ReadBack> of(ImapiMethod method) {
    return Optional.ofNullable(BY_METHOD.get(method.qualifiedName()));
  }

  private static ImmutableMap<String, ReadBack> load() {
    ImmutableMap.Builder<String, ReadBack> readBacks = ImmutableMap.builder();
    for (List<String> row : TsvResource.read("read-backs.tsv")) {
      String key = row.get(0) + "." + row.get(1);
      if (ImapiMethods.lookup(row.get(0), row.get(1)).isEmpty()
          || ImapiMethods.lookup(row.get(0), row.get(2)).isEmpty()) {
        throw new IllegalStateException("read-backs.tsv names no method in " + row);
      }
      readBacks.put(key, new ReadBack(row.get(2), row.get(3)));
    }
    return readBacks.buildOrThrow();
  }
}
