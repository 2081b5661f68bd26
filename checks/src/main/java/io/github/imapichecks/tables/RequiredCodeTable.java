package io.github.imapichecks.tables;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The codes each IMAPI method's caller must tell apart: the project's table ({@code
 * required-codes.tsv}), replaced or extended per method by a flag value such as {@code
 * IDiscMaster.RecordDisc+=IMAPI_E_DEVICE_NOTACCESSIBLE,IDiscMaster.Open=}.
 *
 * <p>The value is a comma-separated list of entries. {@code Interface.Method=CODE|CODE} replaces
 * the method's required codes ({@code Interface.Method=} with nothing after it requires none);
 * {@code Interface.Method+=CODE|CODE} adds to them. Methods are named in COM casing as in {@code
 * imapi.h}, codes by their {@code ImapiError} names.
 */
public final class RequiredCodeTable {
  private static final Pattern ENTRY =
      Pattern.compile("(\\w+)\\.(\\w+)\\s*(\\+?=)\\s*([\\w|\\s]*)");

  private final ImmutableMap<ImapiMethod, ImmutableList<RequiredCode>> overrides;
  private final ImmutableList<String> problems;

  private RequiredCodeTable(
      ImmutableMap<ImapiMethod, ImmutableList<RequiredCode>> overrides,
      ImmutableList<String> problems) {
    this.overrides = overrides;
    this.problems = problems;
  }

  /**
   * The table as {@code flag}'s value, if given, changes it. Never throws: malformed entries are
   * kept as {@link #problems()}, each naming the flag, the entry and the expected form.
   */
  public static RequiredCodeTable parse(String flag, Optional<String> value) {
    Map<ImapiMethod, ImmutableList<RequiredCode>> overrides = new LinkedHashMap<>();
    ImmutableList.Builder<String> problems = ImmutableList.builder();
    if (value.isPresent()) {
      for (String entry : Splitter.on(',').trimResults().omitEmptyStrings().split(value.get())) {
        String problem = parseEntry(flag, entry, overrides);
        if (problem != null) {
          problems.add(
              String.format(
                  "-XepOpt:%s=%s: '%s' %s; write Interface.Method=CODE|CODE to replace a"
                      + " method's required codes or Interface.Method+=CODE to add to them, as in"
                      + " -XepOpt:%s=IDiscMaster.RecordDisc+=IMAPI_E_DEVICE_NOTACCESSIBLE",
                  flag, value.get(), entry, problem, flag));
        }
      }
    }
    return new RequiredCodeTable(ImmutableMap.copyOf(overrides), problems.build());
  }

  /** Applies one entry to {@code overrides}; returns what is wrong with it, or null. */
  private static String parseEntry(
      String flag, String entry, Map<ImapiMethod, ImmutableList<RequiredCode>> overrides) {
    Matcher matcher = ENTRY.matcher(entry);
    if (!matcher.matches()) {
      return "is not of the form Interface.Method=CODE|CODE";
    }
    Optional<ImapiMethod> method =
        ImapiMethods.lookup(matcher.group(1), matcher.group(2))
            .filter(m -> m.name().equals(matcher.group(2)));
    if (method.isEmpty()) {
      return "names no method of an IMAPI interface (in COM naming, as IDiscMaster.RecordDisc,"
          + " IDiscFormat2Data.Write or IFileSystemImage.put_FileSystemsToCreate)";
    }
    ImmutableList.Builder<RequiredCode> codes = ImmutableList.builder();
    if (matcher.group(3).equals("+=")) {
      codes.addAll(overrides.getOrDefault(method.get(), method.get().requiredCodes()));
    }
    for (String name : Splitter.on('|').trimResults().omitEmptyStrings().split(matcher.group(4))) {
      Optional<ImapiCode> code = ImapiCodes.byName(name);
      if (code.isEmpty()) {
        return "names " + name + ", which is no code of ImapiError, Imapi2Error or Imapi2FsError";
      }
      if (!method.get().api().returns(code.get().family())) {
        return String.format(
            "names %s, an %s code, which %s never returns",
            name, code.get().family().displayName(), method.get().qualifiedName());
      }
      codes.add(new RequiredCode(code.get(), "required by your -XepOpt:" + flag));
    }
    overrides.put(method.get(), codes.build());
    return null;
  }

  /** The codes a caller of {@code method} must tell apart. */
  public List<RequiredCode> requiredFor(ImapiMethod method) {
    return overrides.getOrDefault(method, method.requiredCodes());
  }

  /** What is wrong with the flag's value, one message per bad entry; empty when nothing is. */
  public ImmutableList<String> problems() {
    return problems;
  }
}
