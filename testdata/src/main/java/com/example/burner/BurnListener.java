package com.example.burner;

/** What the user interface hears of a burn. */
public interface BurnListener {
  /** IMAPI is preparing the image: {@code completed} of {@code total} steps. */
  void preparing(int completed, int total);

  /** {@code completed} of {@code total} blocks are on the disc. */
  void burning(int completed, int total);

  /** The disc is being closed, for about {@code seconds}. */
  void closingDisc(int seconds);

  /** Something the user should know, though the burn goes on. */
  void notice(String message);
}
