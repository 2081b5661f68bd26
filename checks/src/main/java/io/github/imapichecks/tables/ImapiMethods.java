package io.github.imapichecks.tables;

import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.MultimapBuilder;
import java.util.List;
import java.util.Optional;

/**
 * The methods of the four IMAPI v1 interfaces whose results the checks follow: {@code IDiscMaster},
 * {@code IDiscRecorder}, {@code IJolietDiscMaster} and {@code IRedbookDiscMaster}.
 *
 * <p>{@code IDiscMasterProgressEvents} is left out on purpose: applications implement it, so its
 * methods' results go to IMAPI rather than come from it.
 */
public final class ImapiMethods {
  /** The simple names of the interfaces whose methods return IMAPI results. */
  public static final ImmutableSet<String> INTERFACES =
      ImmutableSet.of("IDiscMaster", "IDiscRecorder", "IJolietDiscMaster", "IRedbookDiscMaster");

  private static final ImmutableList<ImapiMethod> ALL = load();

  /** Every spelling, COM and Java casing, of every method name: a cheap first filter. */
  private static final ImmutableSet<String> SPELLINGS =
      ALL.stream()
          .flatMap(method -> List.of(method.name(), ImapiMethod.javaCasing(method.name())).stream())
          .collect(ImmutableSet.toImmutableSet());

  private ImapiMethods() {}

  /** Every method of the four interfaces, in table order. */
  public static ImmutableList<ImapiMethod> all() {
    return ALL;
  }

  /** Whether some IMAPI method is called {@code javaName}, in COM or Java casing. */
  public static boolean isMethodName(String javaName) {
    return SPELLINGS.contains(javaName);
  }

  /**
   * The method {@code javaName} (COM or Java casing) of the interface named {@code interfaceName}.
   */
  public static Optional<ImapiMethod> lookup(String interfaceName, String javaName) {
    return ALL.stream()
        .filter(m -> m.interfaceName().equals(interfaceName) && m.isNamed(javaName))
        .findFirst();
  }

  /** The methods of any of the four interfaces called {@code javaName}: {@code Close} has two. */
  public static ImmutableList<ImapiMethod> named(String javaName) {
    return ALL.stream().filter(m -> m.isNamed(javaName)).collect(toImmutableList());
  }

  private static ImmutableList<ImapiMethod> load() {
    ListMultimap<String, RequiredCode> required =
        MultimapBuilder.hashKeys().arrayListValues().build();
    for (List<String> row : TsvResource.read("required-codes.tsv")) {
      required.put(
          row.get(0) + "." + row.get(1),
          new RequiredCode(ImapiCodes.named(row.get(2)), row.get(3)));
    }
    ImmutableList.Builder<ImapiMethod> methods = ImmutableList.builder();
    for (List<String> row : TsvResource.read("imapi1-methods.tsv")) {
      String interfaceName = row.get(0);
      if (!INTERFACES.contains(interfaceName)) {
        continue;
      }
      String key = interfaceName + "." + row.get(1);
      methods.add(
          new ImapiMethod(
              interfaceName,
              row.get(1),
              knownCodes(row.get(2), row.get(5)),
              ImmutableList.copyOf(required.removeAll(key))));
    }
    if (!required.isEmpty()) {
      throw new IllegalStateException("required codes for unknown methods: " + required.keySet());
    }
    return methods.build();
  }

  private static ImmutableList<ImapiCode> knownCodes(String documented, String older) {
    return Splitter.on(',')
        .omitEmptyStrings()
        .trimResults()
        .splitToStream(documented + "," + older)
        // HRESULT_FROM_WIN32(...) codes are Win32 errors, not IMAPI codes: no check asks for one.
        .filter(name -> !name.startsWith("HRESULT_FROM_WIN32("))
        .distinct()
        .map(ImapiCodes::named)
        .collect(toImmutableList());
  }
}
