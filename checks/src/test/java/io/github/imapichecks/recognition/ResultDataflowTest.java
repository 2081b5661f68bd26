package io.github.imapichecks.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import com.google.errorprone.ErrorProneFlags;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.api.BasicJavacTask;
import com.sun.tools.javac.api.JavacTool;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.code.Symtab;
import com.sun.tools.javac.code.Types;
import com.sun.tools.javac.tree.TreeMaker;
import com.sun.tools.javac.util.Context;
import com.sun.tools.javac.util.Names;
import io.github.imapichecks.tables.ImapiMethod;
import io.github.imapichecks.tables.ImapiMethods;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dataflow lattice and the transfer's identity, which Error Prone's analysis cache keys on. */
final class ResultDataflowTest {
  private final Context context =
      ((BasicJavacTask) JavacTool.create().getTask(null, null, null, null, null, null))
          .getContext();
  private final Types types = Types.instance(context);
  private final VarSymbol hr = local("hr");
  private final VarSymbol other = local("other");

  private VarSymbol local(String name) {
    Symtab symtab = Symtab.instance(context);
    return new VarSymbol(0, Names.instance(context).fromString(name), symtab.intType, null);
  }

  private static ResultValue of(String interfaceName, String method) {
    return new ResultValue(
        ImapiResult.of(
            CalledMethod.asInHeader(ImapiMethods.lookup(interfaceName, method).orElseThrow())),
        Origins.NONE);
  }

  @Test
  void joinKeepsOnlyLocalsThatHoldAResultOnBothPaths() {
    ResultStore left = new ResultStore();
    left.set(hr, of("IDiscMaster", "Open"));
    left.set(other, of("IDiscMaster", "Open"));
    ResultStore right = new ResultStore();
    right.set(hr, of("IDiscRecorder", "Eject"));

    ResultStore joined = left.leastUpperBound(right);

    assertEquals(ResultValue.UNKNOWN_METHOD, joined.get(hr));
    assertNull(joined.get(other).result());
    assertEquals(joined, right.leastUpperBound(left));
    assertEquals(joined.hashCode(), right.leastUpperBound(left).hashCode());
    assertEquals(joined, joined.widenedUpperBound(joined.copy()));
  }

  @Test
  void originsAreKeptFromEveryPath() {
    Tree open = TreeMaker.instance(context).Skip();
    Tree eject = TreeMaker.instance(context).Skip();
    Origins.Numbering calls = new Origins.Numbering();
    ResultStore left = new ResultStore();
    left.set(hr, ResultValue.ofCall(ImapiResult.UNKNOWN_METHOD, open, calls));
    ResultStore right = new ResultStore();
    right.set(hr, ResultValue.ofCall(ImapiResult.UNKNOWN_METHOD, eject, calls));
    right.set(other, ResultValue.ofCall(ImapiResult.UNKNOWN_METHOD, eject, calls));

    ResultStore joined = left.leastUpperBound(right);

    assertEquals(List.of(open, eject), joined.get(hr).origins().calls());
    assertEquals(ImapiResult.UNKNOWN_METHOD, joined.get(hr).result());
    // On the left path, other holds no result: the join keeps where it may come from, no more.
    assertEquals(List.of(eject), joined.get(other).origins().calls());
    assertNull(joined.get(other).result());
  }

  @Test
  void originsShareTheSetThatAlreadyHoldsTheOther() {
    Origins.Numbering calls = new Origins.Numbering();
    List<Tree> trees = new java.util.ArrayList<>();
    for (int i = 0; i < 70; i++) {
      trees.add(TreeMaker.instance(context).Skip());
    }
    Origins first = Origins.of(trees.get(0), calls);
    Origins far = Origins.of(trees.get(69), calls);
    Origins both = first.union(far);
    assertEquals(List.of(trees.get(0), trees.get(69)), both.calls());
    assertEquals(both, far.union(first));
    assertEquals(both.hashCode(), far.union(first).hashCode());
    // A join that adds nothing keeps the very set, in either order.
    assertTrue(both.union(first) == both);
    assertTrue(first.union(both) == both);
    assertTrue(both.union(Origins.NONE) == both);
    assertTrue(Origins.NONE.union(both) == both);
    assertTrue(both.contains(trees.get(69)));
    assertFalse(both.contains(trees.get(1)));
    assertFalse(first.contains(trees.get(69)));
    assertFalse(Origins.NONE.contains(trees.get(0)));
    assertEquals(List.of(trees.get(0), trees.get(69)).toString(), both.toString());
    // The same number in another body's numbering is another call.
    Origins elsewhere = Origins.of(TreeMaker.instance(context).Skip(), new Origins.Numbering());
    assertNotEquals(first, elsewhere);
    assertNotEquals(first, far);
    assertNotEquals(first, List.of());
    assertEquals(Origins.NONE, new ResultValue(null, Origins.NONE).origins());
  }

  @Test
  void joiningTheSameMethodKeepsIt() {
    assertEquals(
        of("IDiscMaster", "Open"),
        of("IDiscMaster", "Open").leastUpperBound(of("IDiscMaster", "Open")));
  }

  @Test
  void oneMethodCalledUnderTwoNamesJoinsToItsHeaderName() {
    ImapiMethod open = ImapiMethods.lookup("IDiscMaster", "Open").orElseThrow();
    ImapiResult vendor = ImapiResult.of(new CalledMethod(open, "VendorMaster", "open"));
    ImapiResult other = ImapiResult.of(new CalledMethod(open, "OtherMaster", "open"));

    assertEquals(vendor, vendor.join(vendor));
    assertEquals(ImapiResult.of(CalledMethod.asInHeader(open)), vendor.join(other));
    assertEquals("IDiscMaster.Open", vendor.join(other).method().orElseThrow().qualifiedName());
    ImapiResult eject =
        ImapiResult.of(
            new CalledMethod(
                ImapiMethods.lookup("IDiscRecorder", "Eject").orElseThrow(),
                "VendorDrive",
                "eject"));
    assertEquals(ImapiResult.UNKNOWN_METHOD, vendor.join(eject));
    assertEquals(ImapiResult.UNKNOWN_METHOD, vendor.join(ImapiResult.UNKNOWN_METHOD));
    assertEquals(ImapiResult.UNKNOWN_METHOD, ImapiResult.UNKNOWN_METHOD.join(vendor));
  }

  @Test
  void storingANonResultForgetsTheLocal() {
    ResultStore store = new ResultStore();
    store.set(hr, of("IDiscMaster", "Open"));
    ResultStore copy = store.copy();
    store.set(hr, null);
    assertNull(store.get(hr));
    assertEquals(of("IDiscMaster", "Open"), copy.get(hr));
    assertNotEquals(store, copy);
    assertFalse(store.canAlias(null, null));
    assertTrue(copy.visualize(null).contains("hr"));
  }

  @Test
  void transfersWithTheSameConfigurationTypesAndBodyAreEqual() {
    ImapiConfig acme =
        ImapiConfig.fromFlags(
            ErrorProneFlags.fromMap(Map.of(ImapiConfig.BINDING_TYPES_FLAG, "com.acme.Burner")));
    Body body =
        new Body(
            new SourceScan.Facts(true, Map.of(), Map.of(), new Origins.Numbering()),
            ImmutableMap.of());
    ResultTransfer transfer = transfer(acme, types, body);
    assertEquals(transfer, transfer(acme, types, body));
    assertEquals(transfer.hashCode(), transfer(acme, types, body).hashCode());
    assertNotEquals(transfer, transfer(ImapiConfig.DEFAULT, types, body));
    Types otherTypes =
        Types.instance(
            ((BasicJavacTask) JavacTool.create().getTask(null, null, null, null, null, null))
                .getContext());
    assertNotEquals(transfer, transfer(acme, otherTypes, body));
    Body otherBody =
        new Body(
            new SourceScan.Facts(true, Map.of(), Map.of(), new Origins.Numbering()),
            ImmutableMap.of());
    assertNotEquals(transfer, transfer(acme, types, otherBody));
    Symbol parameter = Symtab.instance(context).intType.tsym;
    Body fed = new Body(body.facts(), ImmutableMap.of(parameter, ResultValue.UNKNOWN_METHOD));
    assertNotEquals(transfer, transfer(acme, types, fed));
    assertNotEquals(transfer, List.of());
  }

  private static ResultTransfer transfer(ImapiConfig config, Types types, Body body) {
    return new ResultTransfer(
        config,
        types,
        body,
        new CarriedResults(SourceScan.instance(new Context()), types, config.styles(), null));
  }

  @Test
  void nothingIsAnHResultHolderWithoutAType() {
    assertFalse(BindingStyles.canHoldHResult(null));
  }
}
