package io.github.imapichecks.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The compiler arguments testdata/pom.xml gives its executions, read so that the tests compile the
 * sample client exactly as Maven does and stay right when the POM changes.
 */
final class TestdataPom {
  /** Compiles the correct part with every imapi-check at ERROR. */
  static final String CORRECT = "default-compile";

  /** Compiles the classic bugs, every finding a warning. */
  static final String BUGGY = "compile-buggy-sample";

  private TestdataPom() {}

  /** The {@code -Xplugin:ErrorProne ...} argument of {@code execution}, whitespace normalised. */
  static String plugin(String execution) {
    return compilerArgs(execution).stream()
        .filter(arg -> arg.startsWith("-Xplugin:ErrorProne"))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(execution + " in testdata/pom.xml runs no Error Prone"));
  }

  static List<String> compilerArgs(String execution) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      NodeList executions =
          factory
              .newDocumentBuilder()
              .parse(UserBuild.TESTDATA.resolve("pom.xml").toFile())
              .getElementsByTagName("execution");
      for (int i = 0; i < executions.getLength(); i++) {
        Element candidate = (Element) executions.item(i);
        if (!execution.equals(text(candidate, "id"))) {
          continue;
        }
        List<String> args = new ArrayList<>();
        NodeList argElements = candidate.getElementsByTagName("arg");
        for (int j = 0; j < argElements.getLength(); j++) {
          args.add(argElements.item(j).getTextContent().trim().replaceAll("\\s+", " "));
        }
        return args;
      }
      throw new IllegalStateException("testdata/pom.xml has no execution " + execution);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(Element parent, String child) {
    NodeList children = parent.getElementsByTagName(child);
    return children.getLength() == 0 ? "" : children.item(0).getTextContent().trim();
  }
}
