package io.github.imapichecks.sarif;

import com.google.auto.service.AutoService;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;

/**
 * The javac plugin {@code -Xplugin:ImapiSarif}: writes the Error Prone findings of the compilation
 * as a SARIF 2.1.0 file. Its arguments go into the same argument, separated by spaces, for instance
 * {@code -Xplugin:ImapiSarif findings=all}; {@link SarifOptions} lists them.
 *
 * <p>javac instantiates every plugin on the processor path as soon as any {@code -Xplugin} is
 * given, also when only the Checker Framework is there: this class names no Error Prone type, so
 * that it loads without Error Prone, and hands over to {@link SarifRun} only when it is switched
 * on.
 */
@AutoService(Plugin.class)
public final class SarifPlugin implements Plugin {
  /** The name that {@code -Xplugin:} switches the plugin on with. */
  public static final String NAME = "ImapiSarif";

  /** Creates the plugin; javac does, through {@link java.util.ServiceLoader}. */
  public SarifPlugin() {}

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public void init(JavacTask task, String... args) {
    SarifRun.start(task, args);
  }
}
