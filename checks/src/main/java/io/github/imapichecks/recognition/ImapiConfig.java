package io.github.imapichecks.recognition;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.ErrorProneFlags;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The options every imapi-check shares, parsed once from Error Prone's flags.
 *
 * <ul>
 *   <li>{@code -XepOpt:Imapi:BindingTypes=com.acme.Burner,com.acme.Recorder}: the user's own
 *       binding types. Their methods named like IMAPI methods, in COM or Java casing, and the
 *       methods of their subtypes, return IMAPI results.
 * </ul>
 */
public final class ImapiConfig {
  /** The flag naming the user's own binding types. */
  public static final String BINDING_TYPES_FLAG = "Imapi:BindingTypes";

  /** The configuration when no flag is given. */
  public static final ImapiConfig DEFAULT =
      new ImapiConfig("", ImmutableSet.of(), ImmutableList.of());

  private static final Pattern QUALIFIED_NAME =
      Pattern.compile(
          "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*"
              + "(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");

  private final String bindingTypesValue;
  private final ImmutableSet<String> bindingTypes;
  private final ImmutableList<String> problems;
  private final BindingStyles styles;

  private ImapiConfig(
      String bindingTypesValue, ImmutableSet<String> bindingTypes, ImmutableList<String> problems) {
    this.bindingTypesValue = bindingTypesValue;
    this.bindingTypes = bindingTypes;
    this.problems = problems;
    this.styles = BindingStyles.of(bindingTypes);
  }

  /**
   * Reads the shared flags. Never throws: Error Prone turns an exception from a checker's
   * constructor into a compiler crash report, so malformed values are kept as {@link #problems()},
   * which the checks reports as compilation errors.
   */
  public static ImapiConfig fromFlags(ErrorProneFlags flags) {
    Optional<String> value = flags.get(BINDING_TYPES_FLAG);
    if (value.isEmpty()) {
      return DEFAULT;
    }
    ImmutableSet.Builder<String> names = ImmutableSet.builder();
    ImmutableList.Builder<String> problems = ImmutableList.builder();
    for (String entry : Splitter.on(',').trimResults().split(value.get())) {
      if (QUALIFIED_NAME.matcher(entry).matches()) {
        names.add(entry);
      } else {
        problems.add(
            String.format(
                "-XepOpt:%s=%s: '%s' is not a fully qualified type name; list your binding"
                    + " types separated by commas, as in"
                    + " -XepOpt:%s=com.acme.imapi.Burner,com.acme.imapi.Recorder",
                BINDING_TYPES_FLAG, value.get(), entry, BINDING_TYPES_FLAG));
      }
    }
    return new ImapiConfig(value.get(), names.build(), problems.build());
  }

  /** What is wrong with the flags' values, one message per bad entry; empty when nothing is. */
  public ImmutableList<String> problems() {
    return problems;
  }

  /**
   * The warning for {@code entry}, one of {@link #bindingTypes()}, that names no type the
   * compilation can see, so that nothing is recognized through it; {@code canonicalName} is the
   * type's name with dots where {@code entry} names a nested type by its binary name.
   */
  public String unknownBindingType(String entry, Optional<String> canonicalName) {
    return String.format(
        "-XepOpt:%s=%s: '%s' names no type on this compilation's classpath or among its sources,"
            + " so no call through it is recognized; give the fully qualified name of a class or"
            + " interface on the classpath%s",
        BINDING_TYPES_FLAG,
        bindingTypesValue,
        entry,
        canonicalName.map(name -> ": a nested type is named with dots, as in " + name).orElse(""));
  }

  /** The fully qualified names of the user's own binding types. */
  public ImmutableSet<String> bindingTypes() {
    return bindingTypes;
  }

  /** The binding styles, the user's own binding types among them. */
  public BindingStyles styles() {
    return styles;
  }
}
