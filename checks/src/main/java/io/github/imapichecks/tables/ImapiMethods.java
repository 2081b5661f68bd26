package io.github.imapichecks.tables;

import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.MultimapBuilder;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The methods of the interfaces of every {@link ImapiApi} whose results the checks follow, read
 * from each API's method table with the codes its design requires.
 */
public final class ImapiMethods {
  /** The simple names of the interfaces whose methods return IMAPI results, of every API. */
  public static final ImmutableSet<String> INTERFACES =
      Arrays.stream(ImapiApi.values())
          .flatMap(api -> api.interfaces().stream())
          .collect(ImmutableSet.toImmutableSet());

  private static final ImmutableList<ImapiMethod> ALL = load();

  /** Every spelling, COM and Java casing, of every method name: a cheap first filter. */
  private static final ImmutableSet<String> SPELLINGS =
      ALL.stream()
          .flatMap(method -> List.of(method.name(), ImapiMethod.javaCasing(method.name())).stream())
          .collect(ImmutableSet.toImmutableSet());

  private ImapiMethods() {}

  /** Every method of every API's interfaces, in table order. */
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

  /** The methods of any of the interfaces called {@code javaName}: {@code Close} has two. */
  public static ImmutableList<ImapiMethod> named(String javaName) {
    return ALL.stream().filter(m -> m.isNamed(javaName)).collect(toImmutableList());
  }

  private static ImmutableList<ImapiMethod> load() {
    ImmutableList.Builder<ImapiMethod> methods = ImmutableList.builder();
    for (ImapiApi api : ImapiApi.values()) {
      methods.addAll(load(api));
    }
    return methods.build();
  }

  private static ImmutableList<ImapiMethod> load(ImapiApi api) {
    ListMultimap<String, RequiredCode> required =
        MultimapBuilder.hashKeys().arrayListValues().build();
    for (List<String> row : TsvResource.read(api.requiredCodesResource())) {
      required.put(
          row.get(0) + "." + row.get(1),
          new RequiredCode(ImapiCodes.named(row.get(2)), row.get(3)));
    }
    ImmutableList.Builder<ImapiMethod> methods = ImmutableList.builder();
    for (List<String> row : TsvResource.read(api.methodsResource())) {
      String interfaceName = row.get(0);
      if (!api.interfaces().contains(interfaceName)) {
        continue;
      }
      String key = interfaceName + "." + row.get(1);
      methods.add(
          new ImapiMethod(
              api,
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
