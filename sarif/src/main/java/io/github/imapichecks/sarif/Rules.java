package io.github.imapichecks.sarif;

import com.google.errorprone.BugCheckerInfo;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.scanner.BuiltInCheckerSuppliers;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The checks a compilation can report, by name: the plugin checks on the processor path
 * (imapi-checks' among them) and, for {@code findings=all}, Error Prone's built-in checks. A rule's
 * summary, docs link and default severity come from the check's {@code @BugPattern}.
 */
final class Rules {
  /** The package of imapi-checks' checks: their findings are written by default. */
  private static final String OUR_PACKAGE = "io.github.imapichecks.";

  private final Map<String, BugCheckerInfo> ours = new HashMap<>();
  private final Map<String, BugCheckerInfo> all = new HashMap<>();

  /**
   * The checks that {@code loader} registers as Error Prone does, and, if {@code withBuiltIns},
   * Error Prone's own.
   */
  static Rules load(ClassLoader loader, boolean withBuiltIns) {
    Rules rules = new Rules();
    // Provider.type() loads each class without instantiating it. A broken registration fails
    // Error Prone's own loading of the same services first.
    for (ServiceLoader.Provider<BugChecker> provider :
        ServiceLoader.load(BugChecker.class, loader).stream().toList()) {
      BugCheckerInfo info = BugCheckerInfo.create(provider.type());
      if (provider.type().getName().startsWith(OUR_PACKAGE)) {
        rules.ours.put(info.canonicalName(), info);
      }
      rules.all.put(info.canonicalName(), info);
    }
    if (withBuiltIns) {
      BuiltInCheckerSuppliers.allChecks()
          .getAllChecks()
          .values()
          .forEach(info -> rules.all.putIfAbsent(info.canonicalName(), info));
    }
    return rules;
  }

  /** Whether {@code check} is one of imapi-checks'. */
  boolean isOurs(String check) {
    return ours.containsKey(check);
  }

  /** What the check's {@code @BugPattern} says, or null for a check not known here. */
  BugCheckerInfo info(String check) {
    return all.get(check);
  }
}
