package io.github.imapichecks.e2e;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** A compilation's outcome and its diagnostics, read as findings. */
record Result(Path sourceRoot, Compilation compilation) {
  boolean succeeded() {
    return compilation.status() == Compilation.Status.SUCCESS;
  }

  /** Every diagnostic javac reported. */
  List<Finding> diagnostics() {
    return compilation.diagnostics().stream()
        .map(diagnostic -> Finding.of(diagnostic, sourceRoot))
        .collect(Collectors.toList());
  }

  /** The diagnostics of the imapi-checks the jar registers. */
  List<Finding> findings() {
    return diagnostics().stream()
        .filter(finding -> RegisteredChecks.names().contains(finding.check()))
        .collect(Collectors.toList());
  }

  /** Everything javac said, for assertion messages. */
  String log() {
    return diagnostics().stream()
        .map(finding -> finding.kind() + " " + finding.location() + " " + finding.message())
        .collect(Collectors.joining("\n", "\n", "\n"));
  }
}
