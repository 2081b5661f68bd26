package com.example.burner.v2;

/** How an erase ended, when it did not fail. */
public enum EraseOutcome {
  /** The disc is blank. */
  ERASED,
  /** There was no disc in the drive. */
  NO_DISC,
  /** The disc cannot be erased: it is not rewritable. */
  NOT_REWRITABLE,
  /** Another program holds the recorder. */
  DRIVE_IN_USE
}
