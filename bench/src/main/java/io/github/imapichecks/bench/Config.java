package io.github.imapichecks.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One way of compiling a corpus: the compiler, its plugins, and what is on its processor path. The
 * {@code @base} configurations run the imapi-checks of the commit given with {@code --baseline}
 * (see {@link ImapiBuild}), each the twin of the configuration it is named after.
 */
enum Config {
  JAVAC("javac", "plain javac"),
  EP_OFF("ep-off", "Error Prone, -XepDisableAllChecks"),
  EP_OFF_IMAPI("ep-off+imapi", "the same plus every imapi-check at WARN"),
  EP_DEFAULT("ep-default", "Error Prone's default checks"),
  EP_DEFAULT_IMAPI("ep-default+imapi", "Error Prone's default checks plus every imapi-check"),
  CF_FENUM("cf-fenum", "Checker Framework FenumChecker"),
  CF_IMAPI("cf-imapi", "Checker Framework ImapiHResultChecker"),
  EP_OFF_IMAPI_BASE("ep-off+imapi@base", "ep-off+imapi with the baseline's imapi-checks"),
  EP_DEFAULT_IMAPI_BASE(
      "ep-default+imapi@base", "ep-default+imapi with the baseline's imapi-checks"),
  CF_IMAPI_BASE("cf-imapi@base", "cf-imapi with the baseline's ImapiHResultChecker");

  final String id;
  final String description;

  Config(String id, String description) {
    this.id = id;
    this.description = description;
  }

  static Config byId(String id) {
    for (Config config : values()) {
      if (config.id.equals(id)) {
        return config;
      }
    }
    throw new IllegalArgumentException("unknown configuration " + id);
  }

  /** The configuration this one's cost is compared with, or null for the plain javac baseline. */
  Config baseline() {
    return switch (this) {
      case JAVAC -> null;
      case EP_OFF, EP_DEFAULT, CF_FENUM -> JAVAC;
      case EP_OFF_IMAPI, EP_OFF_IMAPI_BASE -> EP_OFF;
      case EP_DEFAULT_IMAPI, EP_DEFAULT_IMAPI_BASE -> EP_DEFAULT;
      case CF_IMAPI, CF_IMAPI_BASE -> CF_FENUM;
    };
  }

  /**
   * The configuration whose twin this {@code @base} one is; this one if it is not {@code @base}.
   */
  Config current() {
    return switch (this) {
      case EP_OFF_IMAPI_BASE -> EP_OFF_IMAPI;
      case EP_DEFAULT_IMAPI_BASE -> EP_DEFAULT_IMAPI;
      case CF_IMAPI_BASE -> CF_IMAPI;
      default -> this;
    };
  }

  /** This configuration's {@code @base} twin, or null if it runs no imapi-checks. */
  Config atBase() {
    return switch (this) {
      case EP_OFF_IMAPI -> EP_OFF_IMAPI_BASE;
      case EP_DEFAULT_IMAPI -> EP_DEFAULT_IMAPI_BASE;
      case CF_IMAPI -> CF_IMAPI_BASE;
      default -> null;
    };
  }

  /** Whether this configuration runs the baseline's imapi-checks. */
  boolean isAtBase() {
    return current() != this;
  }

  /** Whether this configuration runs imapi-checks, the current ones or the baseline's. */
  boolean runsImapi() {
    Config current = current();
    return current == EP_OFF_IMAPI || current == EP_DEFAULT_IMAPI || current == CF_IMAPI;
  }

  /**
   * The javac options of this configuration, before the common ones (output directory, classpath,
   * sources).
   *
   * @param imapi the imapi-checks this configuration runs, if it runs any
   */
  List<String> options(Layout layout, ImapiBuild imapi) throws IOException {
    List<String> options = new ArrayList<>();
    switch (this) {
      case JAVAC -> {}
      case EP_OFF,
          EP_OFF_IMAPI,
          EP_OFF_IMAPI_BASE,
          EP_DEFAULT,
          EP_DEFAULT_IMAPI,
          EP_DEFAULT_IMAPI_BASE -> {
        // Error Prone must see each class fully attributed before the next.
        options.add("-XDcompilePolicy=simple");
        // Let Error Prone's flow-phase checks run although an earlier file has errors.
        options.add("--should-stop=ifError=FLOW");
        options.add("-processorpath");
        options.add(
            runsImapi()
                ? Layout.join(layout.errorPronePath(), imapi.processorPath())
                : Layout.join(layout.errorPronePath()));
        options.add(errorPronePlugin(imapi.checks()));
      }
      case CF_FENUM, CF_IMAPI, CF_IMAPI_BASE -> {
        options.add("-processorpath");
        options.add(
            runsImapi()
                ? Layout.join(layout.checkerFrameworkPath(), imapi.processorPath())
                : Layout.join(layout.checkerFrameworkPath()));
        options.add("-processor");
        options.add(
            runsImapi()
                ? "io.github.imapichecks.checker.ImapiHResultChecker"
                : "org.checkerframework.checker.fenum.FenumChecker");
        // Findings as warnings, so that both checkers go on to generate code.
        options.add("-Awarns");
      }
    }
    return options;
  }

  /**
   * The {@code -Xplugin:ErrorProne ...} argument of an Error Prone configuration.
   *
   * @param imapiChecks the names of the registered imapi-checks
   */
  String errorPronePlugin(List<String> imapiChecks) {
    StringBuilder plugin = new StringBuilder("-Xplugin:ErrorProne");
    if (current() == EP_OFF || current() == EP_OFF_IMAPI) {
      plugin.append(" -XepDisableAllChecks");
    } else {
      // An ERROR-level finding would stop the compilation early and shorten the run.
      plugin.append(" -XepAllErrorsAsWarnings");
    }
    if (runsImapi()) {
      for (String check : imapiChecks) {
        plugin.append(" -Xep:").append(check).append(":WARN");
      }
    }
    return plugin.toString();
  }

  /** Whether the corpus classpath needs the Checker Framework's annotations. */
  boolean isCheckerFramework() {
    return current() == CF_FENUM || current() == CF_IMAPI;
  }
}
