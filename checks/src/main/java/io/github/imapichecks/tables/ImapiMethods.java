package io.github.imapichecks.tables;

import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ListMultimap;
import com.google.common.collect.MultimapBuilder;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

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

  /** Codes the method pages spell otherwise than the headers: {@code IDiscRecorder2}'s page. */
  private static final ImmutableMap<String, String> DOCUMENTATION_SPELLINGS =
      ImmutableMap.of("E_ACCESS_DENIED", "E_ACCESSDENIED");

  /**
   * Codes the method pages name that are not IMAPI codes and that no check asks about: Win32 errors
   * ({@code HRESULT_FROM_WIN32(...)}), structured-storage and strsafe codes.
   */
  private static final ImmutableList<String> NOT_IMAPI_CODES =
      ImmutableList.of("HRESULT_FROM_WIN32(", "STG_E_", "STRSAFE_E_");

  /** How a required-code row says it has another method's reasons. */
  private static final String AS_FOR = "as for ";

  private static final ImmutableList<ImapiMethod> ALL = load();

  /**
   * Every method under each spelling of its name, COM and Java casing, in table order: what {@link
   * #lookup} and {@link #named} search, without a pass over the table per question.
   */
  private static final ImmutableListMultimap<String, ImapiMethod> BY_SPELLING = bySpelling();

  /**
   * The properties' names in Java casing, as com4j's tlbimp names both accessors of a property:
   * {@code freeSectorsOnMedia} for {@code get_FreeSectorsOnMedia}, {@code recorder} for {@code
   * put_Recorder}.
   */
  private static final ImmutableSet<String> BARE_PROPERTY_NAMES =
      ALL.stream()
          .map(method -> ImapiMethod.bareProperty(method.name()))
          .filter(Objects::nonNull)
          .collect(ImmutableSet.toImmutableSet());

  private ImapiMethods() {}

  /** Every method of every API's interfaces, in table order. */
  public static ImmutableList<ImapiMethod> all() {
    return ALL;
  }

  /**
   * Every name under which code may call an IMAPI method or name its interface: the methods'
   * spellings ({@link #isMethodName}), the properties' bare names ({@link #isBarePropertyName}) and
   * the interfaces' names.
   */
  public static ImmutableSet<String> allNames() {
    return ImmutableSet.<String>builder()
        .addAll(BY_SPELLING.keySet())
        .addAll(BARE_PROPERTY_NAMES)
        .addAll(INTERFACES)
        .build();
  }

  /** Whether some IMAPI method is called {@code javaName}, in COM or Java casing. */
  public static boolean isMethodName(String javaName) {
    return BY_SPELLING.containsKey(javaName);
  }

  /**
   * Whether some IMAPI property is called {@code javaName} in Java casing, as com4j names its
   * accessors: {@code freeSectorsOnMedia}.
   */
  public static boolean isBarePropertyName(String javaName) {
    return BARE_PROPERTY_NAMES.contains(javaName);
  }

  /**
   * The method {@code javaName} (COM name or Java spelling) of the interface named {@code
   * interfaceName}, or of the interface it derives from in COM: {@code IDiscFormat2Data} inherits
   * {@code get_MediaHeuristicallyBlank} from {@code IDiscFormat2}, whether or not a binding
   * declares it on its own {@code IDiscFormat2Data}.
   */
  public static Optional<ImapiMethod> lookup(String interfaceName, String javaName) {
    for (String name = interfaceName; name != null; name = comBase(name)) {
      String declaring = name;
      Optional<ImapiMethod> method =
          BY_SPELLING.get(javaName).stream()
              .filter(m -> m.interfaceName().equals(declaring))
              .findFirst();
      if (method.isPresent()) {
        return method;
      }
    }
    return Optional.empty();
  }

  private static @Nullable String comBase(String interfaceName) {
    for (ImapiApi api : ImapiApi.values()) {
      String base = api.comBase(interfaceName);
      if (base != null) {
        return base;
      }
    }
    return null;
  }

  /** The methods of any of the interfaces called {@code javaName}: {@code Close} has two. */
  public static ImmutableList<ImapiMethod> named(String javaName) {
    return BY_SPELLING.get(javaName);
  }

  private static ImmutableListMultimap<String, ImapiMethod> bySpelling() {
    ImmutableListMultimap.Builder<String, ImapiMethod> methods = ImmutableListMultimap.builder();
    for (ImapiMethod method : ALL) {
      for (String spelling : ImapiMethod.spellings(method.name())) {
        methods.put(spelling, method);
      }
    }
    return methods.build();
  }

  private static ImmutableList<ImapiMethod> load() {
    ImmutableList.Builder<ImapiMethod> methods = ImmutableList.builder();
    for (ImapiApi api : ImapiApi.values()) {
      methods.addAll(load(api));
    }
    return methods.build();
  }

  private static ImmutableList<ImapiMethod> load(ImapiApi api) {
    ListMultimap<String, RequiredCode> required = requiredCodes(api);
    // The codes a method is known to return: those its page documents, and those an older list
    // names (IMAPI v1) or the page names as successes beyond S_OK (IMAPI v2).
    ImmutableList<String> header = TsvResource.header(api.methodsResource());
    ImmutableList<Integer> codeColumns =
        Stream.of("documented_return_codes", "other_known_codes", "success_codes_beyond_S_OK")
            .filter(header::contains)
            .map(header::indexOf)
            .collect(toImmutableList());
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
              knownCodes(codeColumns.stream().map(row::get).collect(Collectors.joining(","))),
              ImmutableList.copyOf(required.removeAll(key))));
    }
    if (!required.isEmpty()) {
      throw new IllegalStateException("required codes for unknown methods: " + required.keySet());
    }
    return methods.build();
  }

  /**
   * The required codes of {@code api}'s methods, by {@code Interface.Method}. A row names one code
   * or several, separated by commas, with one reason for all of them or one per code, separated by
   * semicolons; a reason "as for Interface.Method" takes that method's reasons.
   */
  private static ListMultimap<String, RequiredCode> requiredCodes(ImapiApi api) {
    ImmutableList<List<String>> rows = TsvResource.read(api.requiredCodesResource());
    Map<String, List<String>> reasons = new HashMap<>();
    for (List<String> row : rows) {
      reasons.putIfAbsent(
          row.get(0) + "." + row.get(1), Splitter.on(';').trimResults().splitToList(row.get(3)));
    }
    ListMultimap<String, RequiredCode> required =
        MultimapBuilder.linkedHashKeys().arrayListValues().build();
    for (List<String> row : rows) {
      if (!api.interfaces().contains(row.get(0))) {
        continue;
      }
      List<String> names =
          Splitter.on(',').trimResults().omitEmptyStrings().splitToList(row.get(2));
      List<String> why = Splitter.on(';').trimResults().splitToList(row.get(3));
      if (why.size() == 1 && why.get(0).startsWith(AS_FOR)) {
        String other = why.get(0).substring(AS_FOR.length());
        why = reasons.get(other.contains(".") ? other : row.get(0) + "." + other);
        if (why == null) {
          throw new IllegalStateException("required codes of " + row + " refer to no method");
        }
      }
      for (int i = 0; i < names.size(); i++) {
        String reason = why.size() == names.size() ? why.get(i) : String.join("; ", why);
        required.put(
            row.get(0) + "." + row.get(1),
            new RequiredCode(ImapiCodes.named(names.get(i)), reason));
      }
    }
    return required;
  }

  private static ImmutableList<ImapiCode> knownCodes(String names) {
    return Splitter.on(',')
        .omitEmptyStrings()
        .trimResults()
        .splitToStream(names)
        .map(name -> DOCUMENTATION_SPELLINGS.getOrDefault(name, name))
        .filter(name -> NOT_IMAPI_CODES.stream().noneMatch(name::startsWith))
        .distinct()
        .map(ImapiCodes::named)
        .collect(toImmutableList());
  }
}
