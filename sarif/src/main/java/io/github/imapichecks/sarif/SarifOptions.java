package io.github.imapichecks.sarif;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The plugin's arguments, {@code -Xplugin:ImapiSarif name=value ...}:
 *
 * <ul>
 *   <li>{@code output=<file>}: where to write the SARIF file. By default next to the compilation's
 *       class output directory ({@code -d}), named after it: {@code target/classes.sarif} and
 *       {@code target/test-classes.sarif} in Maven, {@code build/classes/java/main.sarif} in
 *       Gradle, so that the main and test compilations do not overwrite each other, and the file
 *       never lands in a jar. A relative path is relative to javac's working directory.
 *   <li>{@code srcroot=<directory>}: the base that the files' URIs are relative to, written as
 *       {@code %SRCROOT%}. By default the nearest directory above the SARIF file that holds {@code
 *       .git}, the repository's root; else javac's working directory.
 *   <li>{@code findings=imapi|all}: imapi-checks' findings only (the default), or every Error Prone
 *       finding of the compilation.
 * </ul>
 *
 * @param output the SARIF file
 * @param sourceRoot the base of the files' URIs
 * @param allFindings whether every Error Prone check's findings are written, not only ours
 */
record SarifOptions(Path output, Path sourceRoot, boolean allFindings) {
  static final String OUTPUT = "output";
  static final String SOURCE_ROOT = "srcroot";
  static final String FINDINGS = "findings";

  private static final String USAGE =
      "the options are output=<file>, srcroot=<directory> and findings=imapi|all";

  /**
   * Reads the plugin's arguments. {@code classOutput} is javac's class output directory, or null
   * when it has none; {@code workingDirectory} is what relative paths are relative to.
   *
   * @throws IllegalArgumentException naming the argument that is wrong, and why
   */
  static SarifOptions parse(String[] args, Path classOutput, Path workingDirectory) {
    Path output = null;
    Path sourceRoot = null;
    boolean all = false;
    for (String arg : args) {
      int equals = arg.indexOf('=');
      String name = equals < 0 ? arg : arg.substring(0, equals);
      String value = equals < 0 ? "" : arg.substring(equals + 1);
      if (equals < 0 || value.isEmpty()) {
        throw new IllegalArgumentException("'" + arg + "' has no value: " + USAGE);
      }
      switch (name) {
        case OUTPUT -> output = path(workingDirectory, arg, value);
        case SOURCE_ROOT -> sourceRoot = path(workingDirectory, arg, value);
        case FINDINGS -> all = findings(arg, value);
        default -> throw new IllegalArgumentException("unknown option '" + arg + "': " + USAGE);
      }
    }
    if (output == null) {
      if (classOutput == null || classOutput.getFileName() == null) {
        throw new IllegalArgumentException(
            "javac has no class output directory (-d) to put the SARIF file next to: give "
                + OUTPUT
                + "=<file>");
      }
      output = classOutput.resolveSibling(classOutput.getFileName() + ".sarif");
    }
    if (sourceRoot == null) {
      sourceRoot = repositoryRoot(output.getParent(), workingDirectory);
    }
    return new SarifOptions(output, sourceRoot, all);
  }

  private static Path path(Path workingDirectory, String arg, String value) {
    try {
      return workingDirectory.resolve(value).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("'" + arg + "' is not a path: " + e.getMessage(), e);
    }
  }

  private static boolean findings(String arg, String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "imapi" -> false;
      case "all" -> true;
      default ->
          throw new IllegalArgumentException(
              "'" + arg + "': " + FINDINGS + " is imapi (the default) or all");
    };
  }

  /** The nearest directory from {@code start} up that holds {@code .git}; else {@code fallback}. */
  private static Path repositoryRoot(Path start, Path fallback) {
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      // A directory in a clone, a file in a worktree or a submodule.
      if (Files.exists(dir.resolve(".git"))) {
        return dir;
      }
    }
    return fallback.toAbsolutePath().normalize();
  }
}
