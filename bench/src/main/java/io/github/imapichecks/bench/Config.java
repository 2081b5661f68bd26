package io.github.imapichecks.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** One way of compiling a corpus: the compiler, its plugins, and what is on its processor path. */
enum Config {
  JAVAC("javac", "plain javac"),
  EP_OFF("ep-off", "Error Prone, -XepDisableAllChecks"),
  EP_OFF_IMAPI("ep-off+imapi", "the same plus every imapi-check at WARN"),
  EP_DEFAULT("ep-default", "Error Prone's default checks"),
  EP_DEFAULT_IMAPI("ep-default+imapi", "Error Prone's default checks plus every imapi-check"),
  CF_FENUM("cf-fenum", "Checker Framework FenumChecker"),
  CF_IMAPI("cf-imapi", "Checker Framework ImapiHResultChecker");

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
      case EP_OFF_IMAPI -> EP_OFF;
      case EP_DEFAULT_IMAPI -> EP_DEFAULT;
      case CF_IMAPI -> CF_FENUM;
    };
  }

  /** Whether this configuration runs imapi-checks. */
  boolean runsImapi() {
    return this == EP_OFF_IMAPI || this == EP_DEFAULT_IMAPI || this == CF_IMAPI;
  }

  /**
   * The javac options of this configuration, before the common ones (output directory, classpath,
   * sources).
   *
   * @param imapiChecks the names of the registered imapi-checks
   */
  List<String> options(Layout layout, List<String> imapiChecks) throws IOException {
    List<String> options = new ArrayList<>();
    switch (this) {
      case JAVAC -> {}
      case EP_OFF, EP_OFF_IMAPI, EP_DEFAULT, EP_DEFAULT_IMAPI -> {
        // Error Prone must see each class fully attributed before the next.
        options.add("-XDcompilePolicy=simple");
        // Let Error Prone's flow-phase checks run although an earlier file has errors.
        options.add("--should-stop=ifError=FLOW");
        options.add("-processorpath");
        options.add(
            runsImapi()
                ? Layout.join(layout.errorPronePath(), layout.imapiPath())
                : Layout.join(layout.errorPronePath()));
        options.add(errorPronePlugin(imapiChecks));
      }
      case CF_FENUM, CF_IMAPI -> {
        options.add("-processorpath");
        options.add(
            this == CF_IMAPI
                ? Layout.join(layout.checkerFrameworkPath(), layout.imapiPath())
                : Layout.join(layout.checkerFrameworkPath()));
        options.add("-processor");
        options.add(
            this == CF_IMAPI
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
    if (this == EP_OFF || this == EP_OFF_IMAPI) {
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
    return this == CF_FENUM || this == CF_IMAPI;
  }
}
