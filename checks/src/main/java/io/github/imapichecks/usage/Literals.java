package io.github.imapichecks.usage;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;

/** What counts as "a number written in the source" rather than a named constant. */
public final class Literals {
  private Literals() {}

  /**
   * Whether {@code expression} is made only of numeric literals: {@code 0x8004021C}, {@code
   * -2147220964}, {@code 0x8004021CL}, {@code (int) 0x8004021CL}, {@code (0x80040000 | 0x21C)}.
   */
  public static boolean isNumber(ExpressionTree expression) {
    return switch (expression.getKind()) {
      case INT_LITERAL, LONG_LITERAL -> true;
      case PARENTHESIZED -> isNumber(((ParenthesizedTree) expression).getExpression());
      case TYPE_CAST -> isNumber(((TypeCastTree) expression).getExpression());
      case UNARY_MINUS, UNARY_PLUS, BITWISE_COMPLEMENT ->
          isNumber(((UnaryTree) expression).getExpression());
      case PLUS,
          MINUS,
          MULTIPLY,
          DIVIDE,
          REMAINDER,
          AND,
          OR,
          XOR,
          LEFT_SHIFT,
          RIGHT_SHIFT,
          UNSIGNED_RIGHT_SHIFT -> {
        BinaryTree binary = (BinaryTree) expression;
        yield isNumber(binary.getLeftOperand()) && isNumber(binary.getRightOperand());
      }
      default -> false;
    };
  }
}
